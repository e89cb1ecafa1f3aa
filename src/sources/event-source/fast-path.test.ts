// The import hot path must give exactly what the plain path gives: compiled checks vs zod, line batches vs readline.
import assert from 'node:assert/strict';
import { createReadStream, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import type { NormalizedEvent } from '../../model/event.js';
import { toUtcIso } from '../../model/fields.js';
import { defenderSpec } from '../defender/defender-source.js';
import { entraAuditSpec } from '../entra-audit/entra-audit-source.js';
import { entraSignInSpec } from '../entra-signin/entra-signin-source.js';
import { githubSpec } from '../github/github-source.js';
import { googleSpec } from '../google/google-source.js';
import { oktaSpec } from '../okta/okta-source.js';
import { readJsonRecords } from '../read/json-records.js';
import { readLines } from '../read/lines.js';
import type { ParsedItem } from '../types.js';
import { compileFastCheck } from './fast-check.js';
import { eventTime } from './fast-time.js';
import { buildEvent, mapRecordInto, type JsonEventSourceSpec } from './json-event-source.js';
import { zodProblems } from './problems.js';

const fixtures = fileURLToPath(new URL('../../../test/fixtures/', import.meta.url));
const specs: [string, JsonEventSourceSpec<never>][] = [
  ['okta', oktaSpec], ['entra-signin', entraSignInSpec], ['entra-audit', entraAuditSpec],
  ['google', googleSpec], ['github', githubSpec], ['defender', defenderSpec],
] as never;

/** The plain path: zod parses, the mapping reads zod's output. */
function slowItems(spec: JsonEventSourceSpec<never>, raw: Record<string, unknown>, line: number): ParsedItem<NormalizedEvent>[] {
  const parsed = spec.schema.safeParse(raw);
  if (!parsed.success) return [{ ok: false, line, problems: zodProblems(line, parsed.error), raw: '' }];
  const drafts = spec.map(parsed.data, { wrapper: null });
  return (Array.isArray(drafts) ? drafts : [drafts]).map((d) => {
    const b = buildEvent(spec.source, d, raw, line);
    return b.ok ? { ok: true, line, record: b.event } : { ok: false, line, problems: b.problems, raw: '' };
  });
}
const fastItems = (spec: JsonEventSourceSpec<never>, raw: Record<string, unknown>, line: number) => {
  const out: ParsedItem<NormalizedEvent>[] = [];
  mapRecordInto(spec, raw, line, { wrapper: null }, out);
  return out.map((i) => (i.ok ? i : { ...i, raw: '' }));
};

// Deterministic mutations: wrong types, nulls and missing keys anywhere in a record.
let seed = 7;
const rnd = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed % n; };
const ODD: unknown[] = [null, 42, 'text', true, {}, [], [1], { x: 1 }, Number.MAX_VALUE];
function mutate(v: unknown): unknown {
  if (Array.isArray(v)) { if (v.length === 0) return v; const c = [...v]; const i = rnd(c.length); c[i] = rnd(3) ? mutate(c[i]) : ODD[rnd(ODD.length)]; return c; }
  if (v && typeof v === 'object') {
    const c = { ...(v as Record<string, unknown>) };
    const keys = Object.keys(c);
    if (keys.length === 0) return c;
    const k = keys[rnd(keys.length)]!;
    const r = rnd(4);
    if (r === 0) delete c[k]; else if (r === 1) c[k] = ODD[rnd(ODD.length)]; else c[k] = mutate(c[k]);
    return c;
  }
  return ODD[rnd(ODD.length)];
}

describe('compiled vendor checks', () => {
  for (const [name, spec] of specs) {
    it(`${name}: every schema compiles, and fixtures map exactly as through zod`, async () => {
      const fast = compileFastCheck(spec.schema);
      assert.ok(fast, 'schema compiles to a fast check');
      let records = 0, mutants = 0, fastAccepted = 0, zodOnly = 0;
      for (const f of readdirSync(join(fixtures, name)).filter((n) => /\.jsonl?$/.test(n))) {
        for await (const it of readJsonRecords(createReadStream(join(fixtures, name, f)))) {
          if (!it.ok) continue;
          records++;
          assert.equal(fast(it.value), true, `${f}:${it.line} takes the fast path`);
          assert.deepEqual(fastItems(spec, it.value, it.line), slowItems(spec, it.value, it.line));
          for (let m = 0; m < 40; m++) {
            const v = mutate(it.value) as Record<string, unknown>;
            mutants++;
            const zodOk = spec.schema.safeParse(v).success;
            // Never accept what zod rejects; what the fast check declines, zod still decides.
            if (fast(v)) { fastAccepted++; assert.equal(zodOk, true, `${f}:${it.line} mutant ${JSON.stringify(v).slice(0, 300)}`); }
            else if (zodOk) zodOnly++;
            assert.deepEqual(fastItems(spec, v, it.line), slowItems(spec, v, it.line));
          }
        }
      }
      assert.ok(records > 0 && mutants > 0 && fastAccepted > 0, `${records} records, ${fastAccepted} mutants accepted`);
      assert.ok(zodOnly <= mutants / 4, `fast check declines few records zod accepts (${zodOnly}/${mutants})`);
    });
  }

  it('a wrong type is still explained by zod with its field path', () => {
    const out: ParsedItem<NormalizedEvent>[] = [];
    mapRecordInto(oktaSpec as JsonEventSourceSpec<never>, { uuid: 'u1', published: '2024-05-14T01:46:40.137Z', eventType: 'user.session.start', client: { ipAddress: 7 } }, 12, { wrapper: null }, out);
    assert.equal(out.length, 1);
    assert.equal(out[0]!.ok, false);
    assert.deepEqual(!out[0]!.ok && out[0]!.problems.map((p) => [p.line, p.field]), [[12, 'client.ipAddress']]);
  });
});

describe('event time fast path', () => {
  it('matches toUtcIso on canonical, offset, impossible and odd timestamps', () => {
    const cases = ['2024-05-14T01:46:40.137Z', '2024-05-14T23:59:59.999Z', '2024-02-29T10:00:00.000Z', '2023-02-29T10:00:00.000Z',
      '2024-04-31T00:00:00.000Z', '2024-05-14T24:00:00.000Z', '2024-05-14T10:60:00.000Z', '2024-05-14T01:46:40.137+09:00',
      '2024-05-14T01:46:40Z', '2024-05-14', '1715650000000', 1715650000000, '', null, 'yes', '2024-13-01T00:00:00.000Z'];
    for (const c of [...cases, ...cases]) assert.equal(eventTime(c), toUtcIso(c), String(c));
    // toUtcIso throws on epochs beyond the Date range; here they are simply not a time.
    assert.throws(() => toUtcIso(Number.MAX_VALUE));
    assert.equal(eventTime(Number.MAX_VALUE), null);
    assert.equal(eventTime(-1e300), null);
  });
});

describe('line batches', () => {
  const viaReadline = async (chunks: string[]) => {
    const out: string[] = [];
    for await (const l of createInterface({ input: Readable.from(chunks), crlfDelay: Infinity })) out.push(out.length === 0 ? l.replace(/^\uFEFF/, '') : l);
    return out;
  };
  const viaBatches = async (chunks: string[]) => {
    const out: { line: number; text: string }[] = [];
    for await (const l of readLines(Readable.from(chunks))) out.push(l);
    return out;
  };
  it('splits exactly like node:readline at any chunk boundary (\\n, \\r\\n, lone \\r, BOM, no final newline)', async () => {
    const texts = ['\uFEFF{"a":1}\n{"b":2}\n', 'a\r\nb\r\n\r\nc', 'a\rb\r\r\nc\r', '\n\nx\n\n', 'one line only', '', 'é€😀\r\n中文\n'];
    for (const t of texts) {
      for (let cut = 0; cut <= t.length; cut++) {
        const chunks = [t.slice(0, cut), t.slice(cut)].filter((c) => c !== '');
        const got = await viaBatches(chunks);
        assert.deepEqual(got.map((l) => l.text), await viaReadline(chunks), `${JSON.stringify(t)} cut at ${cut}`);
        assert.deepEqual(got.map((l) => l.line), got.map((_, i) => i + 1));
      }
    }
  });
  it('decodes UTF-8 split across byte chunks', async () => {
    const bytes = Buffer.from('ä😀\nz\n', 'utf8');
    const got = await viaBatches([bytes.subarray(0, 1), bytes.subarray(1, 3), bytes.subarray(3)] as unknown as string[]);
    assert.deepEqual(got.map((l) => l.text), ['ä😀', 'z']);
  });
});
