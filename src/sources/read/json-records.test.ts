// JSON record reader: JSONL, arrays, wrappers (one per line or pretty), concatenated objects, errors with lines.
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { it } from 'node:test';
import { readJsonRecords, sampleRecords, type JsonRecordItem } from './json-records.js';

async function read(text: string, chunk = 7): Promise<JsonRecordItem[]> {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += chunk) parts.push(text.slice(i, i + chunk));
  const out: JsonRecordItem[] = [];
  for await (const it of readJsonRecords(Readable.from(parts.map((p) => Buffer.from(p))))) out.push(it);
  return out;
}
const summary = (items: JsonRecordItem[]) => items.map((i) => (i.ok ? [i.line, i.value.n ?? null, i.wrapper] : [i.line, 'ERR']));

it('reads JSON lines, reporting a bad line and continuing', async () => {
  const items = await read('{"n":1}\n\n{"n":2,\n{"n":3}\n[1]\n');
  assert.deepEqual(summary(items), [[1, 1, null], [3, 'ERR'], [4, 3, null], [5, 'ERR']]);
});

it('expands wrapper objects one per line with the wrapper key', async () => {
  const items = await read('{"records":[{"n":1},{"n":2}]}\n{"value":[{"n":3}],"@odata.nextLink":"x"}\n');
  assert.deepEqual(summary(items), [[1, 1, 'records'], [1, 2, 'records'], [2, 3, 'value']]);
});

it('streams a pretty-printed array with each element at its own line', async () => {
  const text = '[\n  {\n    "n": 1,\n    "s": "a ] } , \\" tricky"\n  },\n  {"n": 2},\n  {"n": 3, bad}\n]\n';
  assert.deepEqual(summary(await read(text)), [[2, 1, null], [6, 2, null], [7, 'ERR']]);
});

it('streams pretty-printed wrappers, skipping non-record keys like Schema', async () => {
  const text = '{\n "Schema": [{"Name":"x"}],\n "Results": [\n  {"n": 1},\n  {"n": 2}\n ],\n "items": [{"n":3}]\n}\n';
  assert.deepEqual(summary(await read(text, 3)), [[4, 1, 'Results'], [5, 2, 'Results'], [7, 3, 'items']]);
});

it('reads concatenated pretty objects (jq output) and reports a truncated document', async () => {
  assert.deepEqual(summary(await read('{\n "n": 1\n}\n{\n "n": 2\n}\n')), [[1, 1, null], [4, 2, null]]);
  const cut = await read('[\n {"n": 1},\n {"n": 2, "x": "abc');
  assert.deepEqual(summary(cut), [[2, 1, null], [3, 'ERR']]);
  assert.match((cut[1] as { reason: string }).reason, /truncated/);
});

it('samples the first records of a head cut mid-record', () => {
  assert.deepEqual(sampleRecords('{"n":1}\n{"n":2}\n{"n":'), [{ n: 1 }, { n: 2 }]);
  assert.deepEqual(sampleRecords('{"value":[{"n":1},{"n":2},{"n"'), [{ n: 1 }, { n: 2 }]);
});
