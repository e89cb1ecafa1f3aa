import { test } from 'node:test';
import assert from 'node:assert/strict';
import { proseSentences, sharedProseAlerts, type ProseInput } from './shared-prose.js';

// The text a PDF resume yields (lines wrapped at the page width) and the one a DOCX yields (one paragraph per line).
const pdfResume = (name: string, summary: string[], employer: string) => [
  name, 'Senior Software Engineer', `${name.toLowerCase().replace(' ', '.')}@proton.me | +1 595 792 8499 | Austin, US`,
  'Summary', ...summary,
  'Experience', `Senior Software Engineer, ${employer} (2022 - present)`,
  '- Automated monthly reconciliation', '- Reduced cloud spend by moving batch jobs to spot instances',
  'Education', 'B.Sc. Computer Science, Georgia Institute of Technology', 'Skills', 'TypeScript, React, Node.js, AWS',
].join('\n');
const docxResume = (name: string, summary: string, employer: string) => [
  name, '', 'Full-Stack Developer', '', `${name.toLowerCase().replace(' ', '_')}@gmail.com | +49 152 22801886 | Berlin, DE`, '', '', 'PROFILE', '', summary, '', '',
  'Work history', '', `Full-Stack Developer, ${employer} (2021 – 2024)`, '', '- Automated monthly reconciliation', '',
  '- Reduced cloud spend by moving batch jobs to spot instances', '', 'Education', '', 'B.Sc. Computer Science, TU München',
].join('\n');

const BLURB = 'Seasoned engineer specializing in React, Next.js, Node.js and AWS, with a strong background in fintech and Web3 projects. Committed to writing clean, efficient code and continuously learning emerging technologies.';
const BLURB_WRAPPED = ['Seasoned engineer specializing in React, Next.js, Node.js and AWS, with a strong background', 'in fintech and Web3 projects. Committed to writing clean, efficient code and continuously', 'learning emerging technologies.'];

const doc = (subjectId: string, name: string, text: string): ProseInput => ({ docId: `${subjectId}.pdf`, subjectId, name, text });

test('prose is read across PDF line wraps; bullets, headings, contact and role lines are not prose', () => {
  const s = proseSentences(pdfResume('Tomasz Jankowski', BLURB_WRAPPED, 'Accenture'));
  assert.deepEqual(s, [
    'seasoned engineer specializing in react next js node js and aws with a strong background in fintech and web3 projects',
    'committed to writing clean efficient code and continuously learning emerging technologies',
  ]);
  assert.deepEqual(proseSentences(docxResume('Anna Wagner', BLURB, 'Shopify')), s, 'the same paragraph from a DOCX reads the same');
});

test('one polished summary pasted into two differently named applicants\' resumes: a low H2 finding on each', () => {
  const alerts = sharedProseAlerts([
    doc('C1', 'Tomasz Jankowski', pdfResume('Tomasz Jankowski', BLURB_WRAPPED, 'Accenture')),
    doc('C2', 'Anna Wagner', docxResume('Anna Wagner', BLURB, 'Shopify')),
    doc('C3', 'Priya Nair', pdfResume('Priya Nair', ['Developer with six years building payments and billing systems. Has led two platform', 'migrations.'], 'Stripe')),
  ]);
  assert.deepEqual(alerts.map((a) => a.subjectId), ['C1', 'C2']);
  for (const a of alerts) {
    assert.equal(a.ruleId, 'screen.resume.shared-passage');
    assert.equal(a.severity, 'low');
    assert.deepEqual(a.signals, ['H2']);
    assert.equal(a.evidence.facts['sharedWords'], 31);
  }
  assert.deepEqual(alerts[0]!.evidence.facts['otherCandidates'], ['C2']);
  assert.match(alerts[0]!.summary.en, /differently named/);
});

test('shared achievement bullets, degree and role lines, a short shared sentence, or one name applying twice: nothing', () => {
  const short = 'Engineer with five years building backend services in Go and Java. Prefers small, well-tested changes.';
  const alerts = sharedProseAlerts([
    // Identical bullets, education and role lines, and the same 17-word individual summary.
    doc('C1', 'Lucas Martin', docxResume('Lucas Martin', short, 'Stripe')),
    doc('C2', 'Maya Morin', docxResume('Maya Morin', short, 'Stripe')),
    // The same person under two candidate ids (a re-application) is the linkage check's, not reuse across people.
    doc('C3', 'Anna Wagner', docxResume('Anna Wagner', BLURB, 'Shopify')),
    doc('C4', 'Anna  WAGNER', pdfResume('Anna WAGNER', BLURB_WRAPPED, 'Shopify')),
  ]);
  assert.deepEqual(alerts, []);
});

test('a passage most of the pool carries is boilerplate (a popular template), not one writer', () => {
  const names = ['Lucas Martin', 'Maya Morin', 'Anna Wagner', 'Priya Nair', 'Kenji Sato', 'Olivia Brown', 'Jakub Nowak', 'Emma Schulz',
    'Rafael Souza', 'Chloe Tremblay', 'Arjun Mehta', 'Hannah Fischer'];
  const pool = names.map((n, i) => doc(`C${i}`, n, docxResume(n, BLURB, 'Acme')));
  assert.equal(sharedProseAlerts(pool).length, 0, '12 of 12 share it');
  assert.equal(sharedProseAlerts(pool, { commonFloor: 20 }).length, 12, 'the cap is what keeps it quiet');
});

test('the same whole work history under two names is reuse; one shared employer and stock bullets are not', () => {
  const history = (first: string) => [
    `Support Engineer, Salesforce (${first} – present)`, '- Shipped a self-serve onboarding flow', '- Reduced cloud spend by moving batch jobs to spot instances',
    'Support Engineer, Shopify (2019 – 2022)', '- Cut p95 latency by a third by reworking caching', '- Built dashboards used by the exec team',
    'Support Engineer, Salesforce (2018 – 2019)', '- Automated monthly reconciliation', '- Migrated CI to GitHub Actions',
  ].join('\n');
  const withHistory = (id: string, name: string, summary: string, first: string): ProseInput => ({ ...doc(id, name, docxResume(name, summary, 'Salesforce')), experience: history(first) });
  const reused = sharedProseAlerts([
    withHistory('C1', 'Rachel Walker', 'Highly motivated engineer who loves shipping.', '2022'),
    withHistory('C2', 'Daniel Kim', 'Support specialist focused on customers.', '2022'),
  ]);
  assert.deepEqual(reused.map((a) => a.subjectId), ['C1', 'C2']);
  assert.ok((reused[0]!.evidence.facts['sharedWords'] as number) >= 40);
  // Same employers and bullets, another start year: the histories differ, and bullets alone are not prose.
  const similar = sharedProseAlerts([
    withHistory('C1', 'Rachel Walker', 'Highly motivated engineer who loves shipping.', '2022'),
    withHistory('C2', 'Daniel Kim', 'Support specialist focused on customers.', '2023'),
  ]);
  assert.deepEqual(similar, []);
});

test('a pair another check already tied together (whole-document reuse) is not reported twice', () => {
  const inputs = [
    doc('C1', 'Tomasz Jankowski', pdfResume('Tomasz Jankowski', BLURB_WRAPPED, 'Accenture')),
    doc('C2', 'Anna Wagner', docxResume('Anna Wagner', BLURB, 'Shopify')),
  ];
  assert.equal(sharedProseAlerts(inputs).length, 2);
  assert.deepEqual(sharedProseAlerts(inputs, {}, (a, b) => [a, b].sort().join() === 'C1,C2'), []);
});
