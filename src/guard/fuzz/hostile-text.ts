// fast-check arbitraries for hostile parser input: real-format seeds cut, flipped, re-typed, padded with
// BOMs, CRLFs, NULs, huge fields and deep nesting, or pure binary — split into chunks at arbitrary bytes.
import fc from 'fast-check';

const BOM = '\uFEFF';

/** Replaces JSON scalar values with values of the wrong type. */
function retype(text: string, pick: number): string {
  const wrong = ['null', '[]', '{}', '-1e309', '"\\u0000"', 'true', '[{"a":[{}]}]', '99999999999999999999999', '"\\ud800"'];
  let n = 0;
  return text.replace(/:\s*("(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*|true|false|null)/g, (m) => ((n++ + pick) % 3 === 0 ? `:${wrong[(n + pick) % wrong.length]}` : m));
}

/** One mutation of a seed text. */
const mutation = (seed: string): fc.Arbitrary<string> => fc.oneof(
  fc.constant(seed),
  fc.nat({ max: seed.length }).map((i) => seed.slice(0, i)),
  fc.tuple(fc.nat({ max: seed.length }), fc.nat({ max: seed.length })).map(([a, b]) => seed.slice(0, Math.min(a, b)) + seed.slice(Math.max(a, b))),
  fc.tuple(fc.nat({ max: seed.length }), fc.string({ unit: 'binary', maxLength: 20 })).map(([i, s]) => seed.slice(0, i) + s + seed.slice(i)),
  fc.nat().map((p) => retype(seed, p)),
  fc.constant(BOM + seed),
  fc.constant(seed.replace(/\n/g, '\r\n')),
  fc.constant(seed.replace(/\n/g, '\r')),
  fc.nat({ max: seed.length }).map((i) => `${seed.slice(0, i)}\u0000${seed.slice(i)}`),
  fc.integer({ min: 100_000, max: 2_000_000 }).map((n) => seed.replace(/"([^"\\]{1,40})"/, `"${'A'.repeat(n)}"`)),
  fc.integer({ min: 1, max: 50 }).map((n) => Array.from({ length: n }, () => seed).join('\n')),
);

const deepJson = fc.integer({ min: 100, max: 200_000 }).chain((d) => fc.constantFrom(
  '['.repeat(d) + ']'.repeat(d), '{"a":'.repeat(d) + '1' + '}'.repeat(d), '['.repeat(d), `{"records":${'['.repeat(d)}`,
));

const oddJson = fc.oneof(
  fc.json({ maxDepth: 6 }),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify({ value: v })),
  fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 10 }).map((a) => a.map((v) => JSON.stringify(v)).join('\n')),
  fc.constantFrom('[', ']', '{', '}', '[,]', '{"value":[', '{"items":[{},', '"\\', '[{"a":1},', '{"records": 5}', 'null', '[]\n[]', '{}{}{}'),
);

const oddCsv = fc.tuple(
  fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 8 }),
  fc.array(fc.array(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('"', '""', '"a""b', '\r', '\n', '=cmd|x', ',', 'null')), { maxLength: 9 }), { maxLength: 20 }),
).map(([h, rows]) => [h.join(','), ...rows.map((r) => r.join(','))].join('\n'));

/** Hostile text or bytes built around real-format seeds. */
export function hostileInput(seeds: string[]): fc.Arbitrary<Uint8Array> {
  const text = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...seeds).chain(mutation) },
    { weight: 1, arbitrary: deepJson },
    { weight: 2, arbitrary: oddJson },
    { weight: 2, arbitrary: oddCsv },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  ).map((s) => new Uint8Array(Buffer.from(s, 'utf8')));
  return fc.oneof(
    { weight: 8, arbitrary: text },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 4096 }) },
    // Invalid UTF-8 spliced into real text.
    { weight: 1, arbitrary: fc.tuple(text, fc.uint8Array({ minLength: 1, maxLength: 8 }).map((b) => b.map((x) => x | 0x80))).map(([t, b]) => {
      const at = Math.floor(t.length / 2);
      return new Uint8Array([...t.subarray(0, at), ...b, ...t.subarray(at)]);
    }) },
  );
}

/** Split points for the stream, so chunk boundaries fall inside lines, quotes and UTF-8 sequences. */
export const chunkSizes = fc.array(fc.integer({ min: 1, max: 70_000 }), { minLength: 1, maxLength: 6 });

export function chunk(bytes: Uint8Array, sizes: number[]): Buffer[] {
  const out: Buffer[] = [];
  let i = 0, k = 0;
  while (i < bytes.length) {
    const n = sizes[k++ % sizes.length]!;
    out.push(Buffer.from(bytes.subarray(i, i + n)));
    i += n;
  }
  return out;
}
