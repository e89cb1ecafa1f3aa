import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PeopleCsv } from './person.js';

const row = (over: Record<string, string> = {}) => ({
  employee_id: 'E1', email: 'Alice@Example.com ', full_name: 'Alice Smith', employment_type: 'Employee', hire_date: '2024-01-15',
  termination_date: '', job_title: '', department: 'R&D', residence_country: 'us', residence_region: '', residence_city: 'San Jose',
  residence_postal_code: '', residence_address: '', phone: '', timezone: 'America/Los_Angeles', manager_email: '', ...over,
});

test('a valid row becomes a typed person: e-mail lower-cased, country upper-cased, empty cells null, extra columns kept', () => {
  const p = PeopleCsv.schema.parse({ ...row(), badge: 'B-7', note: '' });
  assert.equal(p.email, 'alice@example.com');
  assert.equal(p.residenceCountry, 'US');
  assert.equal(p.employmentType, 'employee');
  assert.equal(p.terminationDate, null);
  assert.deepEqual(p.extra, { badge: 'B-7' });
});

test('each bad field is reported by its column name', () => {
  const cases: [Record<string, string>, string][] = [
    [{ hire_date: '2024-02-30' }, 'hire_date'],
    [{ hire_date: '15/01/2024' }, 'hire_date'],
    [{ email: '' }, 'email'],
    [{ email: 'not-an-email' }, 'email'],
    [{ employment_type: 'intern' }, 'employment_type'],
    [{ residence_country: 'USA' }, 'residence_country'],
    [{ timezone: 'Mars/Olympus' }, 'timezone'],
  ];
  for (const [over, field] of cases) {
    const r = PeopleCsv.schema.safeParse(row(over));
    assert.equal(r.success, false, JSON.stringify(over));
    assert.deepEqual(r.error?.issues.map((i) => i.path[0]), [field], JSON.stringify(over));
  }
});
