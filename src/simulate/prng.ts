// Seeded pseudo-random streams: the only source of randomness in the simulator, so a seed fixes every byte.

/** cyrb128: spreads a string over four 32-bit words to seed sfc32. */
function hash128(str: string): [number, number, number, number] {
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0; i < str.length; i++) {
    const k = str.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4; h2 ^= h1; h3 ^= h1; h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number;
  float(min: number, max: number): number;
  bool(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  shuffle<T>(items: readonly T[]): T[];
  sample<T>(items: readonly T[], k: number): T[];
  normal(mean: number, sd: number): number;
  logNormal(mu: number, sigma: number): number;
  /** Beta(a, b) via two gamma draws (a, b ≥ 1 keeps it simple and exact enough). */
  beta(a: number, b: number): number;
  poisson(lambda: number): number;
  hex(length: number): string;
  digits(length: number): string;
  uuid(): string;
  /** An independent stream named by `label`: adding draws in one stream never shifts another. */
  fork(label: string | number): Rng;
}

export function createRng(seed: string | number): Rng {
  const seedText = String(seed);
  let [a, b, c, d] = hash128(seedText);
  const next = (): number => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const r = (t + d) | 0;
    c = (c + r) | 0;
    return (r >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const gamma = (k: number): number => {
    // Marsaglia–Tsang for k ≥ 1.
    const dd = k - 1 / 3, cc = 1 / Math.sqrt(9 * dd);
    for (;;) {
      let x: number, v: number;
      do { x = rng.normal(0, 1); v = 1 + cc * x; } while (v <= 0);
      v = v * v * v;
      const u = next();
      if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + dd * (1 - v + Math.log(v))) return dd * v;
    }
  };
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    float: (min, max) => min + next() * (max - min),
    bool: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted: (items) => {
      const total = items.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [item, w] of items) { r -= w; if (r < 0) return item; }
      const last = items[items.length - 1];
      if (!last) throw new Error('weighted pick from empty list');
      return last[0];
    },
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j] as (typeof out)[number], out[i] as (typeof out)[number]];
      }
      return out;
    },
    sample: (items, k) => rng.shuffle(items).slice(0, Math.max(0, k)),
    normal: (mean, sd) => {
      const u = 1 - next(), v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    logNormal: (mu, sigma) => Math.exp(rng.normal(mu, sigma)),
    beta: (x, y) => { const g1 = gamma(x), g2 = gamma(y); return g1 / (g1 + g2); },
    poisson: (lambda) => {
      const l = Math.exp(-lambda);
      let k = 0, p = 1;
      do { k++; p *= next(); } while (p > l);
      return k - 1;
    },
    hex: (length) => { let s = ''; for (let i = 0; i < length; i++) s += Math.floor(next() * 16).toString(16); return s; },
    digits: (length) => { let s = ''; for (let i = 0; i < length; i++) s += String(Math.floor(next() * 10)); return s; },
    uuid: () => {
      const h = rng.hex(32);
      const variant = (8 + Math.floor(next() * 4)).toString(16);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
    fork: (label) => createRng(`${seedText}/${String(label)}`),
  };
  return rng;
}
