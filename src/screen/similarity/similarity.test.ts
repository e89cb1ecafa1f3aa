import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocx, buildPdf } from '../documents/fixture-builders.js';
import { parseDocument } from '../documents/parse-document.js';
import {
  clusterResumes, createMinHasher, estimateJaccard, exactJaccardPairs, findNearDuplicates, jaccard, layoutFingerprint, layoutSimilarity,
  resumeClusterAlerts, sharedPassages, shingleSet, words,
} from './index.js';

const SOURCE = `Daniel Morgan
daniel.morgan.dev@gmail.com | +1 415 555 0134
PROFESSIONAL SUMMARY
Full-stack engineer with eight years building React and Node.js products for fintech and healthcare clients.
WORK EXPERIENCE
Senior Software Engineer at Brightwave Technologies, Jan 2020 – Present
• Led a team of five engineers delivering a payment reconciliation platform processing two million transactions a day.
• Cut page load times by forty percent by moving rendering to the server and caching GraphQL responses.
• Designed the event-driven billing service in TypeScript on AWS Lambda and DynamoDB.
Software Engineer at Northwind Solutions LLC, 06/2016 – 12/2019
• Migrated a PHP monolith to Node.js microservices behind an API gateway with zero downtime.
• Built the patient scheduling interface in React with accessibility audits passing WCAG 2.1 AA.
EDUCATION
University of Texas at Austin, B.S. Computer Science, 2012 – 2016
SKILLS
React, Node.js, TypeScript, GraphQL, PostgreSQL, AWS, Docker, Kubernetes`;

// The same document with the persona swapped: new name, contacts and one employer renamed.
const REUSED = SOURCE.replace('Daniel Morgan', 'Kevin Walsh').replace('daniel.morgan.dev@gmail.com', 'kwalsh.codes@outlook.com')
  .replace('+1 415 555 0134', '+1 312 555 0188').replace('Northwind Solutions LLC', 'Bluepeak Systems Inc');

// Same template (headings, bullets, shape), entirely different person and content.
const SAME_TEMPLATE = `Aiko Tanaka
aiko.tanaka@fastmail.com | +81 90 1234 5678
PROFESSIONAL SUMMARY
Data engineer focused on streaming pipelines and warehouse modelling for retail and logistics companies.
WORK EXPERIENCE
Data Engineer at Sakura Logistics Co, Apr 2019 – Present
• Rebuilt the nightly inventory batch as a Kafka and Flink stream feeding Snowflake within minutes.
• Introduced dbt models and data contracts that halved broken dashboard incidents across merchandising.
• Owned the Airflow platform upgrade and wrote the on-call runbooks for twenty pipelines.
Analyst at Kanto Retail Group, 04/2015 – 03/2019
• Automated weekly sales forecasting in Python replacing spreadsheets maintained by hand.
• Partnered with store operations to define shrinkage metrics adopted in every region.
EDUCATION
Osaka University, M.Sc. Information Science, 2013 – 2015
SKILLS
Python, SQL, Kafka, Flink, Snowflake, dbt, Airflow, Tableau`;

test('shingles, exact and estimated Jaccard agree', () => {
  const a = shingleSet(words(SOURCE), 4);
  const b = shingleSet(words(REUSED), 4);
  const c = shingleSet(words(SAME_TEMPLATE), 4);
  const j = jaccard(a, b);
  assert.ok(j > 0.6 && j < 1, `reused J=${j}`);
  assert.ok(jaccard(a, c) < 0.05);
  const mh = createMinHasher({ bands: 32, rows: 8, scheme: 'kperm' });
  const oph = createMinHasher({ bands: 10, rows: 5, scheme: 'oph' });
  assert.ok(Math.abs(estimateJaccard(oph.signature(a), oph.signature(b)) - j) < 0.2);
  assert.ok(estimateJaccard(oph.signature(a), oph.signature(c)) < 0.15);
  assert.ok(Math.abs(estimateJaccard(mh.signature(a), mh.signature(b)) - j) < 0.15);
});

test('layout fingerprint: same template = same hash regardless of content', () => {
  const fa = layoutFingerprint(SOURCE);
  const fc = layoutFingerprint(SAME_TEMPLATE);
  assert.deepEqual(fa.sectionOrder, ['summary', 'experience', 'education', 'skills']);
  assert.deepEqual(fa.bullets, ['•']);
  assert.equal(fa.hash, fc.hash);
  assert.ok(layoutSimilarity(fa, fc) >= 0.85);
  const other = layoutFingerprint(SOURCE.replace('WORK EXPERIENCE', 'Employment History').replace(/• /g, '- '));
  assert.notEqual(other.hash, fa.hash);
  assert.ok(layoutSimilarity(fa, other) < 0.85);
});

test('a reused resume with changed names clusters with its source; a same-template resume does not', async () => {
  const docs = [
    { docId: 'd-src', subjectId: 'cand-1', text: SOURCE },
    { docId: 'd-reuse', subjectId: 'cand-2', text: REUSED },
    { docId: 'd-legit', subjectId: 'cand-3', text: SAME_TEMPLATE },
  ];
  const clusters = clusterResumes(docs);
  assert.equal(clusters.length, 1);
  const c = clusters[0];
  assert.ok(c);
  assert.deepEqual(c.subjects, ['cand-1', 'cand-2']);
  const e = c.edges[0];
  assert.ok(e && e.kinds.includes('text') && e.textJaccard > 0.6);
  assert.ok(e.passages.some((p) => p.text.includes('payment reconciliation platform')));
  const p = e.passages[0];
  assert.ok(p && SOURCE.slice(p.a[0], p.a[1]) === p.text);
  const alerts = resumeClusterAlerts(clusters);
  assert.deepEqual(alerts.map((a) => a.subjectId).sort(), ['cand-1', 'cand-2']);
  assert.ok(alerts.every((a) => a.signals.includes('H2') && a.severity !== 'info'));
  // The same candidate's two versions are not "reuse".
  assert.deepEqual(clusterResumes([{ docId: 'v1', subjectId: 'x', text: SOURCE }, { docId: 'v2', subjectId: 'x', text: REUSED }]), []);
});

test('shared authoring metadata links documents even when the text differs', async () => {
  const created = new Date('2024-01-15T08:30:00Z');
  const a = await parseDocument(await buildDocx(SOURCE.split('\n'), { author: 'Jin Hyok', created, modified: created }), 'a.docx');
  const b = await parseDocument(await buildPdf(SAME_TEMPLATE.split('\n'), { author: 'Jin Hyok', created, modified: created }), 'b.pdf');
  const generic = await parseDocument(await buildDocx(SAME_TEMPLATE.split('\n'), { author: 'Microsoft Office User', created, modified: created, application: 'X' }), 'c.docx');
  const clusters = clusterResumes([
    { docId: 'a', subjectId: 'cand-a', text: a.text, meta: a.meta },
    { docId: 'b', subjectId: 'cand-b', text: b.text, meta: b.meta },
    { docId: 'c', subjectId: 'cand-c', text: 'Unrelated Person\nSKILLS\nCOBOL, mainframe batch scheduling, JCL and CICS maintenance for insurers', meta: { ...generic.meta, created: '2020-01-01T00:00:00.000Z' } },
  ]);
  assert.equal(clusters.length, 1);
  assert.deepEqual(clusters[0]?.subjects, ['cand-a', 'cand-b']);
  assert.ok(clusters[0]?.edges[0]?.sharedMetadata.some((k) => k.startsWith('author+created:jin hyok')));
});

test('shared passages are located in both documents', () => {
  const ps = sharedPassages(SOURCE, REUSED);
  assert.ok(ps.length >= 2);
  assert.ok(ps.reduce((n, p) => n + p.words, 0) > words(SOURCE).length * 0.8);
  for (const p of ps) assert.equal(REUSED.slice(p.b[0], p.b[1]).toLowerCase().replace(/\W+/g, ' '), p.text.toLowerCase().replace(/\W+/g, ' '));
  assert.deepEqual(sharedPassages(SOURCE, SAME_TEMPLATE, 6), []);
});

test('LSH near-duplicates agree with the exact prefix-filter join on a small corpus', () => {
  const vocab = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`);
  let seed = 7;
  const rnd = () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed / 2 ** 32; };
  const texts: string[] = [];
  for (let f = 0; f < 60; f++) {
    const base = Array.from({ length: 150 }, () => vocab[Math.floor(rnd() * vocab.length)] ?? '');
    texts.push(base.join(' '));
    for (let v = 0; v < 3; v++) texts.push(base.map((w) => (rnd() < 0.02 * v ? vocab[Math.floor(rnd() * vocab.length)] : w)).join(' '));
  }
  const nd = findNearDuplicates(texts, { threshold: 0.8 });
  const truth = exactJaccardPairs(nd.shingles, 0.8);
  // Brute force check of the exact join itself.
  let brute = 0;
  for (let i = 0; i < nd.shingles.length; i++) for (let j = i + 1; j < nd.shingles.length; j++) if (jaccard(nd.shingles[i] as Uint32Array, nd.shingles[j] as Uint32Array) >= 0.8) brute++;
  assert.equal(truth.length, brute);
  assert.ok(truth.length > 50);
  const found = truth.filter(([i, j]) => nd.labels[i] === nd.labels[j]).length;
  assert.ok(found / truth.length >= 0.95, `recall ${found}/${truth.length}`);
  // Different families never merge.
  for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) if (Math.floor(i / 4) !== Math.floor(j / 4)) assert.notEqual(nd.labels[i], nd.labels[j]);
});
