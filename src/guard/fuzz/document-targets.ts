// Fuzz properties of the resume parsers (PDF via unpdf, DOCX via jszip+mammoth): mutated real documents and
// random bytes end in a ParsedDocument or a DocumentError with a known code — nothing else.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DocumentError, buildDocx, buildPdf, parseDocument } from '../../screen/documents/index.js';
import { assertClearError, runOpts, type FuzzTarget } from './parser-targets.js';

const CODES = new Set(['too_large', 'zip_bomb', 'timeout', 'unsupported', 'corrupt']);
const LIMITS = { timeoutMs: 5_000, maxBytes: 2 * 1024 * 1024 };

/** Byte-level mutations: flips, cuts, splices, and duplicated ranges of a valid document. */
function mutatedBytes(seed: Uint8Array): fc.Arbitrary<Uint8Array> {
  const n = seed.length;
  return fc.oneof(
    fc.array(fc.tuple(fc.nat({ max: n - 1 }), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 16 }).map((flips) => {
      const b = new Uint8Array(seed);
      for (const [i, x] of flips) b[i] = b[i]! ^ x;
      return b;
    }),
    fc.nat({ max: n }).map((i) => seed.slice(0, i)),
    fc.tuple(fc.nat({ max: n }), fc.uint8Array({ maxLength: 64 })).map(([i, s]) => new Uint8Array([...seed.subarray(0, i), ...s, ...seed.subarray(i)])),
    fc.tuple(fc.nat({ max: n }), fc.nat({ max: n })).map(([a, b]) => new Uint8Array([...seed.subarray(0, Math.max(a, b)), ...seed.subarray(Math.min(a, b))])),
  );
}

async function check(bytes: Uint8Array, name: string): Promise<void> {
  try {
    const doc = await parseDocument(bytes, name, LIMITS);
    assert.equal(typeof doc.text, 'string');
    assert.ok(['pdf', 'docx', 'text'].includes(doc.format));
  } catch (e) {
    if (e instanceof assert.AssertionError) throw e;
    assertClearError(e, `parseDocument(${name})`);
    assert.ok(e instanceof DocumentError, `parseDocument(${name}) threw ${(e as Error).name}: ${(e as Error).message}`);
    assert.ok(CODES.has(e.code), `unknown code ${e.code}`);
  }
}

export async function documentTargets(): Promise<FuzzTarget[]> {
  const lines = ['Jane Q. Doe', 'jane@example.com · +1 415 555 0100', 'Experience', 'Acme Corp — Senior Engineer, Jan 2019 – Present', 'Education', 'MIT, 2012 – 2016'];
  const pdf = await buildPdf(lines, { author: 'Jane', creator: 'Microsoft Word' }, 1);
  const docx = await buildDocx(lines, { author: 'Jane', lastModifiedBy: 'J' });
  return [
    { name: 'PDF parser', property: (numRuns) => fc.assert(fc.asyncProperty(mutatedBytes(pdf), (b) => check(b, 'resume.pdf')), runOpts(numRuns)) },
    { name: 'DOCX parser', property: (numRuns) => fc.assert(fc.asyncProperty(mutatedBytes(docx), (b) => check(b, 'resume.docx')), runOpts(numRuns)) },
    {
      name: 'document format sniffing on random bytes',
      property: (numRuns) => fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom('a.pdf', 'a.docx', 'a.txt', 'a.bin', 'a'), (b, n) => check(b, n)), runOpts(numRuns)),
    },
  ];
}
