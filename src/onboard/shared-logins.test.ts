import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveConfig } from './config.js';
import { checkMissingNamedAccounts, checkSharedAccountMappings, checkSharedLogins } from './shared-logins.js';
import { indexPeople } from './types.js';
import { account, event, person } from './test-builders.js';

const people = indexPeople([
  person({ employee_id: 'C1', full_name: 'Vendor Team', employment_type: 'vendor' }),
  person({ employee_id: 'E1', full_name: 'Normal Person' }),
  person({ employee_id: 'C2', full_name: 'Ghost Contractor', employment_type: 'contractor' }),
]);
const config = resolveConfig();

test('one vendor account from three devices in two countries within an hour is a shared login; one person roaming is not', () => {
  const team = [
    event({ personId: 'C1', actor: 'vendor-ops@example.com', time: '2025-05-06T09:00:00Z', ip: '81.2.69.160', deviceId: 'd1', ipMore: { country: 'GB', city: 'London' } }),
    event({ personId: 'C1', actor: 'vendor-ops@example.com', time: '2025-05-06T09:20:00Z', ip: '49.205.12.8', deviceId: 'd2', ipMore: { country: 'IN', city: 'Pune' } }),
    event({ personId: 'C1', actor: 'vendor-ops@example.com', time: '2025-05-06T09:40:00Z', ip: '49.205.12.9', deviceId: 'd3', ipMore: { country: 'IN', city: 'Pune' } }),
  ];
  const normal = [
    event({ personId: 'E1', time: '2025-05-06T09:00:00Z', ip: '73.2.2.2', deviceId: 'laptop', ipMore: { city: 'Austin' } }),
    event({ personId: 'E1', time: '2025-05-06T09:30:00Z', ip: '198.51.100.10', net: 'corporate', deviceId: 'laptop' }),
    event({ personId: 'E1', time: '2025-05-06T09:50:00Z', ip: '172.56.3.4', net: 'mobile', deviceId: 'phone', ipMore: { city: 'Dallas' } }),
  ];
  const alerts = checkSharedLogins([...team, ...normal], people, config);
  assert.deepEqual(alerts.map((a) => [a.ruleId, a.subjectId, a.severity]), [['onboard.shared_login', 'C1', 'high']]);
  assert.ok(alerts[0]!.signals.includes('O5'));
});

test('a login registered for two people is flagged; contractors with no named account are reported', () => {
  const accounts = [account('C1', 'okta', 'vendor-ops@example.com'), account('E1', 'okta', 'Vendor-Ops@example.com'), account('E1', 'github', 'normal-p')];
  assert.deepEqual(checkSharedAccountMappings(accounts).map((a) => a.subjectId), ['C1', 'E1']);
  assert.deepEqual(checkMissingNamedAccounts(people, accounts, []).map((a) => a.subjectId), ['C2']);
  assert.deepEqual(checkMissingNamedAccounts(people, [], []), [], 'no data, no judgement');
});
