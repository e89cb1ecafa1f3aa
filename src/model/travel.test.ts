import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TravelCsv } from './travel.js';

const row = (over: Record<string, string> = {}) => ({ employee_id: 'E1', start: '2026-09-03', end: '2026-09-07', country: 'fr', city: 'Paris', ...over });

test('a declared trip: country upper-cased, city optional, extra columns kept', () => {
  const t = TravelCsv.schema.parse({ ...row({ city: '' }), purpose: 'customer visit' });
  assert.deepEqual({ ...t }, { employeeId: 'E1', start: '2026-09-03', end: '2026-09-07', country: 'FR', city: null, extra: { purpose: 'customer visit' } });
  assert.equal(TravelCsv.schema.parse(row({ end: '2026-09-03' })).end, '2026-09-03', 'a one-day trip');
});

test('bad trips are reported by column: end before start, missing or non-ISO country, bad dates', () => {
  const cases: [Record<string, string>, string][] = [
    [{ end: '2026-09-01' }, 'end'],
    [{ country: '' }, 'country'],
    [{ country: 'France' }, 'country'],
    [{ start: '03/09/2026' }, 'start'],
    [{ employee_id: '' }, 'employee_id'],
  ];
  for (const [over, field] of cases) {
    const r = TravelCsv.schema.safeParse(row(over));
    assert.equal(r.success, false, JSON.stringify(over));
    assert.equal(r.error?.issues[0]?.path[0], field, JSON.stringify(over));
  }
});
