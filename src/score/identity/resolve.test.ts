// Entity resolution: accounts, log actors, candidate records, payroll and shipments linked with confidence and reason;
// ambiguous and weak matches never merge; analyst confirm/split decisions override.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PayrollCsv, ShipmentsCsv } from '../../model/index.js';
import { account, candidate, person } from '../test-builders.js';
import { actorsFromEvents, resolveIdentities, type ResolutionDecision } from './index.js';

const people = [
  person({ employee_id: 'E1', email: 'jane.doe@corp.example', full_name: 'Jane Doe', phone: '+1 408 555 0101', residence_country: 'US' }),
  person({ employee_id: 'E2', email: 'kim.lee@corp.example', full_name: 'Kim Lee', residence_country: 'JP' }),
  person({ employee_id: 'E3', email: 'alex.smith@corp.example', full_name: 'Alex Smith' }),
  person({ employee_id: 'E4', email: 'alex.smith2@corp.example', full_name: 'Alex Smith' }),
];
const accounts = [account('E2', 'github', 'kimcodes'), account('E2', 'okta', 'klee')];

test('accounts.csv, e-mail/UPN, GitHub login and device user link actors to people with confidence and reason', () => {
  const candidates = [candidate({ candidate_id: 'C1', hired_employee_id: 'E1', github_url: 'https://github.com/JDoe-dev/' })];
  const res = resolveIdentities({
    people, candidates, accounts,
    actors: [
      { source: 'okta', actor: 'Jane.Doe@corp.example' },
      { source: 'github', actor: 'kimcodes' },
      { source: 'github', actor: 'jdoe-dev' },
      { source: 'defender', actor: 'CORP\\klee' },
      { source: 'entra', actor: 'jane.doe@corp.onmicrosoft.com' },
      { source: 'vpn', actor: 'nobody-known' },
    ],
  });
  const idx = res.actorIndex;
  assert.equal(idx.get('okta:jane.doe@corp.example'), 'employee:E1');
  assert.equal(idx.get('github:kimcodes'), 'employee:E2');
  assert.equal(idx.get('github:jdoe-dev'), 'employee:E1', 'GitHub login from the hired candidate record');
  assert.equal(idx.get('defender:corp\\klee'), 'employee:E2', 'device user part = accounts.csv okta login');
  assert.equal(idx.get('entra:jane.doe@corp.onmicrosoft.com'), 'employee:E1', 'UPN local part at another domain');
  assert.equal(idx.has('vpn:nobody-known'), false);
  const e1 = res.persons.find((p) => p.personId === 'employee:E1')!;
  const okta = e1.links.find((l) => l.system === 'okta')!;
  assert.equal(okta.confidence, 0.95);
  assert.match(okta.reason, /e-mail/);
  const upn = e1.links.find((l) => l.system === 'entra')!;
  assert.ok(upn.confidence < okta.confidence);
  assert.equal(e1.links.find((l) => l.kind === 'candidate')!.value, 'c1'.toUpperCase());
});

test('candidates merge by hired_employee_id, e-mail or E.164 phone; a name alone only suggests', () => {
  const candidates = [
    candidate({ candidate_id: 'C1', email: 'KIM.LEE@corp.example' }),
    candidate({ candidate_id: 'C2', phone: '(408) 555-0101', claimed_country: 'US' }),
    candidate({ candidate_id: 'C3', full_name: 'Kim Lee' }),
    candidate({ candidate_id: 'C4', full_name: 'Alex Smith' }),
  ];
  const res = resolveIdentities({ people, candidates, accounts: [] });
  assert.equal(res.subjectIndex.get('C1'), 'employee:E2');
  assert.equal(res.subjectIndex.get('C2'), 'employee:E1');
  assert.equal(res.subjectIndex.get('C3'), 'candidate:C3', 'name alone does not merge');
  assert.ok(res.suggestions.some((s) => s.personId === 'employee:E2' && s.link.value === 'C3' && s.link.confidence < 0.6));
  assert.equal(res.subjectIndex.get('C4'), 'candidate:C4', 'two employees share the name: no suggestion either way');
  assert.ok(!res.suggestions.some((s) => s.link.value === 'C4'));
  const e1 = res.persons.find((p) => p.personId === 'employee:E1')!;
  assert.deepEqual(e1.phones, ['+14085550101']);
  assert.deepEqual(e1.candidateIds, ['C2']);
});

test('an actor matching two people by weak evidence links nobody', () => {
  const res = resolveIdentities({ people, candidates: [], accounts: [], actors: [{ source: 'vpn', actor: 'asmith', actorName: 'Alex Smith' }] });
  assert.equal(res.actorIndex.has('vpn:asmith'), false);
});

test('analyst decisions: split removes an automatic link for good; confirm links what automation would not', () => {
  const candidates = [candidate({ candidate_id: 'C1', hired_employee_id: 'E1' }), candidate({ candidate_id: 'C3', full_name: 'Kim Lee' })];
  const decisions: ResolutionDecision[] = [
    { decision: 'split', personId: 'employee:E1', kind: 'candidate', system: 'ats', value: 'C1' },
    { decision: 'confirm', personId: 'employee:E2', kind: 'candidate', system: 'ats', value: 'C3' },
    { decision: 'split', personId: 'employee:E2', kind: 'account', system: 'okta', value: 'klee' },
    { decision: 'confirm', personId: 'employee:E3', kind: 'actor', system: 'vpn', value: 'asmith' },
  ];
  const res = resolveIdentities({ people, candidates, accounts, actors: [{ source: 'vpn', actor: 'asmith' }] }, decisions);
  assert.equal(res.subjectIndex.get('C1'), 'candidate:C1');
  assert.ok(res.suggestions.some((s) => s.split && s.link.value === 'C1'));
  assert.equal(res.subjectIndex.get('C3'), 'employee:E2');
  const c3 = res.persons.find((p) => p.personId === 'employee:E2')!.links.find((l) => l.value === 'C3')!;
  assert.equal(c3.confidence, 1);
  assert.equal(c3.decision, 'confirmed');
  assert.equal(res.actorIndex.has('okta:klee'), false);
  assert.equal(res.actorIndex.get('vpn:asmith'), 'employee:E3');
  // Without the decisions the same input links the other way.
  const auto = resolveIdentities({ people, candidates, accounts, actors: [{ source: 'vpn', actor: 'asmith' }] });
  assert.equal(auto.subjectIndex.get('C1'), 'employee:E1');
  assert.equal(auto.actorIndex.get('okta:klee'), 'employee:E2');
  assert.equal(auto.actorIndex.has('vpn:asmith'), false);
});

test('payroll and shipments link by employee id; actorsFromEvents collects distinct actors', () => {
  const payroll = [PayrollCsv.schema.parse({ employee_id: 'E1', effective_date: '2025-01-01', method: 'bank', bank_name: '', bank_country: '', bic: '', account_number: '', account_holder: '', currency: '', wallet_address: '' })];
  const shipments = [ShipmentsCsv.schema.parse({ asset_id: 'A1', employee_id: 'E2', asset_type: '', serial_number: '', shipped_at: '', ship_to_name: '', ship_to_address: '', ship_to_city: '', ship_to_region: '', ship_to_postal_code: '', ship_to_country: '', managed: '' })];
  const res = resolveIdentities({ people, candidates: [], accounts: [], payroll, shipments });
  assert.ok(res.persons.find((p) => p.personId === 'employee:E1')!.links.some((l) => l.kind === 'payroll'));
  assert.ok(res.persons.find((p) => p.personId === 'employee:E2')!.links.some((l) => l.kind === 'shipment' && l.value === 'A1'));
  assert.ok(!res.persons.find((p) => p.personId === 'employee:E3')!.links.length);
  const actors = actorsFromEvents([{ source: 'okta', actor: 'A@x.example' }, { source: 'okta', actor: 'a@x.example' }, { source: 'github', actor: null }]);
  assert.deepEqual(actors, [{ source: 'okta', actor: 'a@x.example', actorName: null, actorId: null }]);
});
