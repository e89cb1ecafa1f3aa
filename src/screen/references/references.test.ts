import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEnricher } from '../../enrich/index.js';
import { candidateRecord, referenceRecord } from '../alerts/test-records.js';
import { callbackTasks, domainMatchesCompany, referenceFindings, registrableLabel } from './index.js';

const enricher = createEnricher();

test('company domain matching', () => {
  assert.equal(registrableLabel('mail.eu.acme.co.uk'), 'acme');
  assert.ok(domainMatchesCompany('brightwave.io', 'Brightwave Technologies Inc'));
  assert.ok(domainMatchesCompany('ibm.com', 'International Business Machines'));
  assert.ok(domainMatchesCompany('northwind-solutions.com', 'Northwind Solutions LLC'));
  assert.ok(!domainMatchesCompany('talent-hub.net', 'Brightwave Technologies Inc'));
  assert.ok(!domainMatchesCompany('techsolutions.com', 'Brightwave Technologies'));
});

test('reference findings: free-mail, disposable, wrong domain, self, shared; corporate referee is clean', () => {
  const cands = [
    candidateRecord({ candidate_id: 'c1', full_name: 'Kevin Walsh', email: 'kwalsh@outlook.com', phone: '+1 312 555 0188', claimed_country: 'US' }),
    candidateRecord({ candidate_id: 'c2', full_name: 'Daniel Morgan', email: 'dmorgan@gmail.com', claimed_country: 'US' }),
    candidateRecord({ candidate_id: 'c3', full_name: 'Ana Ruiz', email: 'ana.ruiz@gmail.com', claimed_country: 'ES' }),
  ];
  const refs = [
    referenceRecord({ candidate_id: 'c1', referee_name: 'Tom Hale', referee_email: 'tom.hale.ref@gmail.com', referee_company: 'Brightwave Technologies' }),
    referenceRecord({ candidate_id: 'c2', referee_name: 'T. Hale', referee_email: 'tomhale.ref+x@gmail.com', referee_company: 'Northwind Solutions' }),
    referenceRecord({ candidate_id: 'c1', referee_name: 'Amy Lo', referee_email: 'amy@mailinator.com', referee_company: 'Brightwave Technologies' }),
    referenceRecord({ candidate_id: 'c2', referee_name: 'Joe Park', referee_email: 'joe.park@talent-hub.net', referee_company: 'Northwind Solutions' }),
    referenceRecord({ candidate_id: 'c1', referee_name: 'Self', referee_phone: '(312) 555-0188', referee_company: 'Brightwave Technologies' }),
    referenceRecord({ candidate_id: 'c3', referee_name: 'Marta Gil', referee_email: 'marta.gil@telefonica.com', referee_company: 'Telefónica S.A.' }),
  ];
  const alerts = referenceFindings(cands, refs, enricher);
  const by = (name: string) => alerts.find((a) => a.summary.en.includes(name));
  // Gmail folds dots and +tags: the two "Tom Hale" addresses are one mailbox given by two candidates.
  assert.equal(by('Tom Hale')?.severity, 'high');
  assert.deepEqual(by('Tom Hale')?.evidence.facts.otherCandidates, ['c2']);
  assert.ok(by('Tom Hale')?.signals.includes('H9'));
  assert.equal(by('Amy Lo')?.severity, 'high');
  assert.match(by('Amy Lo')?.summary.en ?? '', /disposable/);
  assert.equal(by('Joe Park')?.severity, 'medium');
  assert.match(by('Joe Park')?.summary.en ?? '', /not the claimed employer/);
  assert.match(by('Self')?.summary.en ?? '', /candidate's own/);
  assert.equal(by('Marta Gil'), undefined);
  assert.ok(alerts.every((a) => a.signals.includes('H5')));
  assert.ok(!JSON.stringify(alerts).includes('tom.hale.ref@gmail.com'));
  const tasks = callbackTasks('c1', refs);
  assert.equal(tasks.length, 3);
  assert.match(tasks[0]?.instruction.en ?? '', /main number/);
});
