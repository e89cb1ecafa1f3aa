import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEnricher } from '../../enrich/index.js';
import { candidateRecord, idvRecord, interviewRecord } from '../alerts/test-records.js';
import { extractResumeFacts } from '../documents/resume-facts.js';
import { idvFindings } from '../idv/index.js';
import { interviewFindings, parseInterviewRecord } from '../interviews/index.js';
import { handleMatchesName, profileFindings, profileItems } from './index.js';

const enricher = createEnricher();

const honest = candidateRecord({
  candidate_id: 'ok-1', full_name: 'Daniel Morgan', email: 'daniel.morgan@gmail.com', phone: '+1 415 555 0134', claimed_country: 'US', nationality: 'US',
  linkedin_url: 'https://www.linkedin.com/in/dmorgan', github_url: 'https://github.com/danmorgan', applied_at: '2025-03-01T18:00:00Z', application_ip: '73.162.10.1',
});
const suspect = candidateRecord({
  candidate_id: 'bad-1', full_name: 'Kevin Walsh', email: 'devstar.pro88@outlook.com', phone: '+86 131 2345 6789', claimed_country: 'US', nationality: 'US',
  github_url: 'https://github.com/cryptoninja', applied_at: '2025-03-01T09:00:00Z', application_ip: '175.45.176.1',
});

test('names in handles', () => {
  assert.equal(handleMatchesName('daniel.morgan87', 'Daniel Morgan'), 'matches');
  assert.equal(handleMatchesName('dmorgan', 'Daniel Morgan'), 'matches');
  assert.equal(handleMatchesName('gim.jongun', 'Kim Jong Un'), 'matches');
  assert.equal(handleMatchesName('devstar.pro88', 'Kevin Walsh'), 'unrelated');
  assert.equal(handleMatchesName('jd12', 'John Doe'), 'unknown');
});

test('profile: honest applicant is clean; inconsistent one is explained', () => {
  const resume = extractResumeFacts('Daniel Morgan\nEXPERIENCE\nEngineer at Brightwave Technologies, Jan 2020 – Present\nEDUCATION\nUniversity of Texas, 2012 – 2016');
  assert.deepEqual(profileFindings({ candidate: honest, resume }, enricher), []);
  const badResume = extractResumeFacts('Kevin Walsh\nEXPERIENCE\nEngineer at Acme Corp, Jan 2019 – Present\nDeveloper at Globex Inc, Mar 2019 – Dec 2022\nLead at Initech LLC, 2023 – 2021');
  const items = profileItems({ candidate: suspect, resume: badResume, idv: [idvRecord({ subject_id: 'bad-1', name_on_document: 'Ri Chol Jin' })] }, enricher);
  assert.deepEqual(items.map((i) => i.key).sort(), ['date-reversed', 'email-name', 'github-name', 'idv-name', 'ip-country', 'jobs-overlap', 'night-activity', 'phone-country']);
  const [alert] = profileFindings({ candidate: suspect, resume: badResume }, enricher);
  assert.equal(alert?.severity, 'high');
  assert.deepEqual(alert?.signals, ['H3', 'H4']);
});

test('interviews: weak single flag stays low; strong pattern and IP changes are raised', () => {
  const mild = interviewFindings(honest, [interviewRecord({ candidate_id: 'ok-1', round: '1', mode: 'video', camera_on: 'true', connection_quality: 'very_poor', ip_address: '73.162.10.1' })], enricher);
  assert.equal(mild.length, 1);
  assert.equal(mild[0]?.severity, 'low');
  assert.deepEqual(interviewFindings(honest, [interviewRecord({ candidate_id: 'ok-1', mode: 'video', camera_on: 'true', ip_address: '24.5.10.1' })], enricher), []);
  const rounds = [
    interviewRecord({ candidate_id: 'bad-1', round: '1', mode: 'video', camera_on: 'false', background_filter: 'true', response_lag: 'severe', ip_address: '45.76.1.1' }),
    interviewRecord({ candidate_id: 'bad-1', round: '2', held_at: '2025-03-08T15:00:00Z', mode: 'video', camera_on: 'true', different_person_suspected: 'true', refused_in_person: 'true', ip_address: '175.45.176.1' }),
  ];
  const alerts = interviewFindings(suspect, rounds, enricher);
  const flags = alerts.find((a) => a.ruleId === 'screen.interview.red-flags');
  assert.equal(flags?.severity, 'high');
  assert.deepEqual(flags?.signals, ['H6']);
  const ip = alerts.find((a) => a.ruleId === 'screen.interview.ip-mismatch');
  assert.ok(ip && ip.signals.includes('H4'));
  assert.match(ip.summary.en, /KP/);
  assert.match(ip.summary.en, /VPN\/hosting/);
  const rec = parseInterviewRecord({ candidateId: 'x', heldAt: '2025-01-01T10:00:00+09:00', cameraOn: false, mode: 'video' });
  assert.equal(rec.heldAt, '2025-01-01T01:00:00.000Z');
  assert.equal(rec.cameraOn, false);
  assert.throws(() => parseInterviewRecord({ candidateId: 'x', heldAt: 'yesterday' }));
});

test('IDV: failures, sanctioned documents, name and DOB mismatches; a clean pass is silent', () => {
  assert.deepEqual(idvFindings(honest, [idvRecord({ subject_id: 'ok-1', document_country: 'US', name_on_document: 'MORGAN, Daniel', date_of_birth: '1990-02-03' })]), []);
  const alerts = idvFindings(suspect, [
    idvRecord({ subject_id: 'bad-1', result: 'fail', document_country: 'KP', name_on_document: 'Ri Chol Jin', date_of_birth: '1990-01-01' }),
    idvRecord({ subject_id: 'bad-1', checked_at: '2025-04-01T10:00:00Z', document_country: 'US', name_on_document: 'Kevin Walsh', date_of_birth: '1988-07-07' }),
  ]);
  const first = alerts.find((a) => a.ruleId === 'screen.idv.problem');
  assert.equal(first?.severity, 'critical');
  assert.ok(first?.signals.includes('H8') && first.signals.includes('B2'));
  const dob = alerts.find((a) => a.ruleId === 'screen.idv.conflicting-dob');
  assert.equal(dob?.evidence.facts.distinctDatesOfBirth, 2);
  assert.ok(!/1990-01-01|1988-07-07/.test(JSON.stringify(alerts)), 'alerts are stored in clear: they never carry a date of birth');
  assert.equal(alerts.filter((a) => a.ruleId === 'screen.idv.problem').length, 1);
});

test('B2/H3: one name spelled two ways across application and ID, or a mailbox under another given name; case and order are not spelling', async () => {
  const { givenNameVocabulary, otherGivenNameInMailbox, spellingVariant } = await import('./name-variants.js');
  const vocabulary = givenNameVocabulary(['Michael Brown', 'Sarah Lee', 'Daniel Morgan', 'Emily Clark', 'James Wright', 'Olivia Hall', 'David King', 'Laura Scott',
    'Robert Young', 'Jessica Adams', 'Kevin Walsh', 'Megan Nelson', 'Brian Turner', 'Rachel Green', 'Jason Hill', 'Amanda Baker', 'Ryan Carter', 'Nicole Evans',
    'Eric Collins', 'Hannah Reed', 'Yui Sasaki', 'Kim Jong Un']);
  assert.ok(spellingVariant('Kevin Walshh', 'Kevin Walsh'));
  assert.equal(spellingVariant('Kevin WALSH', 'Kevin Walsh'), null, 'upper-case family name is a convention, not a spelling');
  assert.equal(spellingVariant('Walsh Kevin', 'Kevin Walsh'), null);
  assert.equal(spellingVariant('Kevin Walsh', 'Kevin Patrick Walsh'), null, 'a middle name is not a misspelling');
  assert.equal(spellingVariant('Kevin Walsh', 'Ri Chol Jin'), null, 'a different name is another check (idv-name)');
  assert.equal(otherGivenNameInMailbox('michael.walsh77', 'Kevin Walsh', vocabulary), 'michael');
  assert.equal(otherGivenNameInMailbox('michaelwalsh', 'Kevin Walsh', vocabulary), 'michael');
  for (const own of ['kevin.walsh', 'kwalsh', 'walsh.kevin88', 'kevinwalsh_dev', 'walshdev', 'devstar.pro88']) assert.equal(otherGivenNameInMailbox(own, 'Kevin Walsh', vocabulary), null, own);
  assert.equal(otherGivenNameInMailbox('michael.walsh', 'Kevin Walsh', new Set(['michael'])), null, 'too little vocabulary to call a word a name');

  const applicant = candidateRecord({ candidate_id: 'b2-1', full_name: 'Kevin Walshh', email: 'michael.walsh77@gmail.com', claimed_country: 'US', applied_at: '2025-03-01T18:00:00Z' });
  const items = profileItems({ candidate: applicant, idv: [idvRecord({ subject_id: 'b2-1', name_on_document: 'Kevin Walsh' })], givenNames: vocabulary }, enricher);
  assert.deepEqual(items.filter((i) => i.b2).map((i) => i.key).sort(), ['email-other-name', 'name-spelling']);
  const [alert] = profileFindings({ candidate: applicant, idv: [idvRecord({ subject_id: 'b2-1', name_on_document: 'Kevin Walsh' })], givenNames: vocabulary }, enricher);
  assert.deepEqual(alert?.signals, ['H3', 'B2']);
  assert.equal(alert?.severity, 'medium');

  const consistent = candidateRecord({ candidate_id: 'b2-2', full_name: 'Kevin WALSH', email: 'kevin.walsh77@gmail.com', claimed_country: 'US', applied_at: '2025-03-01T18:00:00Z' });
  const clean = profileItems({ candidate: consistent, idv: [idvRecord({ subject_id: 'b2-2', name_on_document: 'Kevin Walsh' })], givenNames: vocabulary }, enricher);
  assert.deepEqual(clean.filter((i) => i.b2), []);
});
