import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveConfig } from './config.js';
import { checkLeastPrivilege } from './least-privilege.js';
import { indexPeople } from './types.js';
import { account, event, person } from './test-builders.js';

const people = indexPeople([
  person({ employee_id: 'N1', full_name: 'Sam Carter', hire_date: '2025-04-01' }),
  person({ employee_id: 'C1', full_name: 'Ivan Petrov', employment_type: 'contractor', hire_date: '2025-04-01' }),
  person({ employee_id: 'V1', full_name: 'Old Timer', hire_date: '2019-01-07' }),
]);
const accounts = [account('C1', 'github', 'ipetrov-dev')];
const grant = (target: string, time: string, role: string) =>
  event({ personId: 'ADMIN', actor: 'it-admin@example.com', time, category: 'iam.privilege_grant', target, attrs: { role } });

test('privileged roles in the first N days are listed; later grants, old staff and plain roles are not', () => {
  const alerts = checkLeastPrivilege([
    grant('n1@example.com', '2025-04-10T09:00:00Z', 'Global Administrator'), // day 9 — flagged
    grant('n1@example.com', '2025-06-10T09:00:00Z', 'Global Administrator'), // day 70 > 30 — not
    grant('ipetrov-dev', '2025-06-10T09:00:00Z', 'Organization owner'), // contractor day 70 ≤ 90 — flagged
    grant('v1@example.com', '2025-04-10T09:00:00Z', 'Super Admin'), // hired 2019 — not
    grant('n1@example.com', '2025-04-11T09:00:00Z', 'Directory Readers'), // not privileged
  ], people, accounts, resolveConfig());
  assert.deepEqual(alerts.map((a) => [a.subjectId, a.evidence.facts.daysAfterHire, a.severity]), [['N1', 9, 'medium'], ['C1', 70, 'high']]);
  assert.ok(alerts.every((a) => a.signals.includes('O3')));
  const strict = checkLeastPrivilege([grant('n1@example.com', '2025-04-10T09:00:00Z', 'Global Administrator')], people, accounts, resolveConfig({ leastPrivilege: { employeeDays: 5 } }));
  assert.deepEqual(strict, []);
});
