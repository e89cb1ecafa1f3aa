// Parses IPv4/IPv6 text into numbers fast (no allocation for IPv4), and CIDR blocks into ranges.

/** IPv6 as four big-endian 32-bit words, so ranges compare with plain numbers, not BigInt. */
export type V6Words = [number, number, number, number];
export type ParsedIp = { version: 4; v4: number } | { version: 6; v6: V6Words };

/** Dotted quad → unsigned 32-bit number, or -1. Hand-rolled: this runs once per event. */
export function parseIpv4(s: string, from = 0, to = s.length): number {
  let value = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      part = part * 10 + (c - 48);
      digits++;
      if (digits > 3 || part > 255) return -1;
    } else if (c === 46) {
      if (digits === 0 || dots === 3) return -1;
      value = value * 256 + part;
      part = 0;
      digits = 0;
      dots++;
    } else return -1;
  }
  if (dots !== 3 || digits === 0) return -1;
  return value * 256 + part;
}

function hexGroup(s: string): number {
  if (s.length === 0 || s.length > 4) return -1;
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let d: number;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 97 && c <= 102) d = c - 87;
    else if (c >= 65 && c <= 70) d = c - 55;
    else return -1;
    v = v * 16 + d;
  }
  return v;
}

/** Groups of one side of "::" → 16-bit values; an embedded IPv4 tail counts as two groups. */
function groupsOf(side: string): number[] | null {
  if (side === '') return [];
  const parts = side.split(':');
  const out: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (i === parts.length - 1 && p.includes('.')) {
      const v4 = parseIpv4(p);
      if (v4 < 0) return null;
      out.push(Math.floor(v4 / 65536), v4 % 65536);
    } else {
      const g = hexGroup(p);
      if (g < 0) return null;
      out.push(g);
    }
  }
  return out;
}

export function parseIpv6(input: string): V6Words | null {
  let s = input;
  if (s.startsWith('[') && s.endsWith(']')) s = s.slice(1, -1);
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  const dbl = s.indexOf('::');
  let groups: number[];
  if (dbl >= 0) {
    if (s.indexOf('::', dbl + 1) >= 0) return null;
    const head = groupsOf(s.slice(0, dbl));
    const tail = groupsOf(s.slice(dbl + 2));
    if (!head || !tail || head.length + tail.length > 7) return null;
    groups = [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
  } else {
    const all = groupsOf(s);
    if (!all || all.length !== 8) return null;
    groups = all;
  }
  const w = (i: number): number => groups[i]! * 65536 + groups[i + 1]!;
  return [w(0), w(2), w(4), w(6)];
}

/** IPv4-mapped IPv6 (::ffff:a.b.c.d) is returned as IPv4, since that is the address that was used. */
export function parseIp(s: string): ParsedIp | null {
  const t = s.trim();
  if (t.indexOf(':') < 0) {
    const v4 = parseIpv4(t);
    return v4 < 0 ? null : { version: 4, v4 };
  }
  const v6 = parseIpv6(t);
  if (!v6) return null;
  if (v6[0] === 0 && v6[1] === 0 && v6[2] === 0xffff) return { version: 4, v4: v6[3] };
  return { version: 6, v6 };
}

export function formatIpv4(n: number): string {
  return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

export function formatIpv6(w: V6Words): string {
  const g: string[] = [];
  for (const word of w) g.push((word >>> 16).toString(16), (word & 0xffff).toString(16));
  // Compress the longest run of zero groups, as RFC 5952 asks.
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (g[i] !== '0') { i++; continue; }
    let j = i;
    while (j < 8 && g[j] === '0') j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
    i = j;
  }
  if (best < 0) return g.join(':');
  return `${g.slice(0, best).join(':')}::${g.slice(best + bestLen).join(':')}`;
}

export type Cidr4 = { version: 4; start: number; end: number };
export type Cidr6 = { version: 6; start: V6Words; end: V6Words };

/** "a.b.c.d/n", "x::/n" or a bare address → inclusive range; null when malformed. */
export function parseCidr(text: string): Cidr4 | Cidr6 | null {
  const t = text.trim();
  const slash = t.indexOf('/');
  const ip = parseIp(slash < 0 ? t : t.slice(0, slash));
  if (!ip) return null;
  const bitsText = slash < 0 ? '' : t.slice(slash + 1);
  if (bitsText !== '' && !/^\d{1,3}$/.test(bitsText)) return null;
  if (ip.version === 4) {
    // An IPv4-mapped CIDR like ::ffff:1.2.3.0/120 counts its prefix over 128 bits.
    let bits = bitsText === '' ? 32 : Number(bitsText);
    if (t.includes(':') && bitsText !== '') bits -= 96;
    if (bits < 0 || bits > 32) return null;
    const size = 2 ** (32 - bits);
    const start = Math.floor(ip.v4 / size) * size;
    return { version: 4, start, end: start + size - 1 };
  }
  const bits = bitsText === '' ? 128 : Number(bitsText);
  if (bits > 128) return null;
  const start = [...ip.v6] as V6Words;
  const end = [...ip.v6] as V6Words;
  for (let i = 0; i < 4; i++) {
    const keep = Math.min(32, Math.max(0, bits - i * 32));
    const hostMask = keep === 32 ? 0 : keep === 0 ? 0xffffffff : (0xffffffff >>> keep);
    start[i] = (start[i]! & ~hostMask) >>> 0;
    end[i] = (end[i]! | hostMask) >>> 0;
  }
  return { version: 6, start, end };
}
