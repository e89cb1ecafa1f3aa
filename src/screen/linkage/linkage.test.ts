import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEnricher } from '../../enrich/index.js';
import { candidateRecord, personRecord, referenceRecord } from '../alerts/test-records.js';
import { emailDomainless, emailPatternOf } from './test-helpers.js';
import { buildLinkage, linkageAlerts, normUrl } from './index.js';

const enricher = createEnricher();

test('one actor behind many personas is one cluster; strangers on a VPN exit are not', () => {
  const candidates = [
    candidateRecord({ candidate_id: 'p1', full_name: 'Kevin Walsh', email: 'kevin.walsh.dev91@outlook.com', phone: '+1 (312) 555-0188', claimed_country: 'US', application_ip: '45.76.1.1', requisition_id: 'R1' }),
    candidateRecord({ candidate_id: 'p2', full_name: 'Marco Rossi', email: 'm.ar.co.rossi@gmail.com', phone: '312-555-0188', claimed_country: 'US', requisition_id: 'R2' }),
    candidateRecord({ candidate_id: 'p3', full_name: 'Lukas Novak', email: 'marcorossi+jobs@gmail.com', claimed_country: 'CZ', requisition_id: 'R3' }),
    candidateRecord({ candidate_id: 'p4', full_name: 'Wei Tan', email: 'weitan@proton.me', claimed_country: 'SG', github_url: 'https://github.com/weitan-dev', requisition_id: 'R1' }),
    candidateRecord({ candidate_id: 'p5', full_name: 'Hiro Sato', email: 'hsato@yahoo.co.jp', phone: '+81 90 1234 5678', claimed_country: 'JP', application_ip: '73.162.10.1', github_url: 'http://www.github.com/weitan-dev/' }),
    candidateRecord({ candidate_id: 'x1', full_name: 'Ana Ruiz', email: 'ana.ruiz@gmail.com', claimed_country: 'ES', application_ip: '45.76.1.1' }),
    candidateRecord({ candidate_id: 'x2', full_name: 'John Smith', email: 'jsmith@acme.com', claimed_country: 'US', requisition_id: 'R5' }),
    candidateRecord({ candidate_id: 'x3', full_name: 'John Smith', email: 'john.smith@globex.com', claimed_country: 'US', requisition_id: 'R6' }),
    candidateRecord({ candidate_id: 'k1', full_name: 'Kim Jong Un', email: 'kju.dev@gmail.com', claimed_country: 'KR', requisition_id: 'R9' }),
    candidateRecord({ candidate_id: 'k2', full_name: 'Gim Jeong-eun', email: 'gje.eng@outlook.com', claimed_country: 'KR', requisition_id: 'R9' }),
    candidateRecord({ candidate_id: 'h1', full_name: 'Tom Reed', email: 'tom.reed@initech.com', claimed_country: 'US', application_ip: '24.5.10.1' }),
  ];
  const references = [
    referenceRecord({ candidate_id: 'p3', referee_email: 'boss.ref@gmail.com' }),
    referenceRecord({ candidate_id: 'p4', referee_email: 'bossref@gmail.com' }),
  ];
  const people = [personRecord({ employee_id: 'e1', email: 'hiro.s@corp.example', full_name: 'Hiro Sato', phone: '090-1234-5678', residence_country: 'JP' })];
  const clusters = buildLinkage({ candidates, references, people, extra: [{ node: 'candidate:h1', kind: 'ip', value: '24.5.10.1' }] }, enricher);
  const main = clusters.find((c) => c.candidates.includes('p1'));
  assert.ok(main);
  assert.deepEqual(main.candidates, ['p1', 'p2', 'p3', 'p4', 'p5']);
  assert.deepEqual(main.employees, ['e1']);
  assert.deepEqual([...new Set(main.edges.map((e) => e.kind))].sort(), ['email', 'email-base', 'phone', 'portfolio-url', 'referee']);
  assert.deepEqual(main.repeatedRequisitions, [{ requisitionId: 'R1', candidates: ['p1', 'p4'] }]);
  assert.ok(main.score > 0.99);
  // The VPN/hosting exit shared with x1 is too weak to join; different John Smiths for different jobs stay apart.
  assert.ok(!clusters.some((c) => c.candidates.includes('x1') || c.candidates.includes('x2')));
  const kim = clusters.find((c) => c.candidates.includes('k1'));
  assert.deepEqual(kim?.candidates, ['k1', 'k2']);
  assert.deepEqual(kim?.edges.map((e) => e.kind), ['name-requisition']);
  const alerts = linkageAlerts(clusters);
  assert.ok(alerts.some((a) => a.ruleId === 'screen.linkage.cluster' && a.subjectKind === 'cluster' && a.severity === 'high'));
  assert.equal(alerts.filter((a) => a.ruleId === 'screen.linkage.persona' && a.evidence.facts.clusterId === main.id).length, 5);
  assert.equal(alerts.filter((a) => a.ruleId === 'screen.linkage.repeat-application').length, 2);
  assert.ok(!JSON.stringify(alerts).includes('kevin.walsh.dev91'));
  assert.ok(alerts.every((a) => a.signals.includes('H9')));
});

test('identifier normalisation', () => {
  assert.equal(normUrl('https://www.GitHub.com/WeiTan-dev/'), 'github.com/weitan-dev');
  assert.equal(normUrl('https://github.com'), null);
  assert.equal(emailDomainless(enricher, 'Kevin.Walsh91@outlook.com'), 'kevinwalsh');
  assert.equal(emailPatternOf(enricher, 'kevin.walsh.dev91@outlook.com', 'Kevin Walsh'), '{n}.{n}.dev##@outlook.com');
  assert.equal(emailPatternOf(enricher, 'kevin.walsh@outlook.com', 'Kevin Walsh'), null);
});
