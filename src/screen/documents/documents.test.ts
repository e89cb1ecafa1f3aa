import { test } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { buildDocx, buildPdf, documentFindings, DocumentError, extractResumeFacts, parseDocument, withTimeout } from './index.js';

const RESUME = [
  'Daniel Morgan',
  'daniel.morgan.dev@gmail.com | +1 415 555 0134 | github.com/dmorgan-dev | https://www.linkedin.com/in/dmorgan',
  'SUMMARY',
  'Full-stack engineer with eight years of React and Node.js experience.',
  'EXPERIENCE',
  'Senior Software Engineer at Brightwave Technologies, Jan 2020 – Present',
  '• Built payment reconciliation services in TypeScript.',
  'Northwind Solutions LLC | Software Engineer | 06/2016 - 12/2019',
  '• Migrated a monolith to microservices on AWS.',
  'EDUCATION',
  'University of Texas at Austin, B.S. Computer Science, 2012 – 2016',
  'SKILLS',
  'React, Node.js, TypeScript, PostgreSQL, AWS',
];

test('resume facts: sections, employers, schools, dates, contacts', () => {
  const f = extractResumeFacts(RESUME.join('\n'));
  assert.deepEqual(f.sectionOrder, ['summary', 'experience', 'education', 'skills']);
  assert.deepEqual(f.employers, ['Brightwave Technologies', 'Northwind Solutions LLC']);
  assert.deepEqual(f.schools, ['University of Texas at Austin']);
  assert.deepEqual(f.dateRanges.map((d) => [d.start, d.end]), [['2020-01', null], ['2016-06', '2019-12'], ['2012-01', '2016-01']]);
  assert.deepEqual(f.emails, ['daniel.morgan.dev@gmail.com']);
  assert.deepEqual(f.phones, ['+14155550134']);
  assert.ok(f.urls.includes('github.com/dmorgan-dev'));
  assert.equal(f.nameLine, 'Daniel Morgan');
  assert.deepEqual(f.skills, ['React', 'Node.js', 'TypeScript', 'PostgreSQL', 'AWS']);
});

test('PDF: text, Info/XMP metadata and incremental updates', async () => {
  const created = new Date('2024-03-01T09:00:00Z');
  const bytes = await buildPdf(RESUME, { title: 'Resume', author: 'Kwang Ho', creator: 'Microsoft Word', producer: 'ilovepdf.com', created, modified: new Date('2024-03-02T09:00:00Z'), revision: 3 }, 2);
  const doc = await parseDocument(bytes, 'dm.pdf');
  assert.equal(doc.format, 'pdf');
  assert.match(doc.text, /Brightwave Technologies/);
  assert.equal(doc.meta.author, 'Kwang Ho');
  assert.equal(doc.meta.creatorTool, 'Microsoft Word');
  assert.equal(doc.meta.created, created.toISOString());
  assert.equal(doc.meta.incrementalUpdates, 2);
  assert.equal(doc.meta.startxrefCount, 3);
  assert.equal(doc.meta.xmpHistoryEvents, 3);
  assert.deepEqual(doc.facts.employers, ['Brightwave Technologies', 'Northwind Solutions LLC']);
  const alerts = documentFindings(doc, { candidateId: 'c1', candidateName: 'Daniel Morgan' });
  assert.deepEqual(alerts.map((a) => a.ruleId).sort(), ['screen.doc.author-mismatch', 'screen.doc.edited']);
  assert.equal(alerts.find((a) => a.ruleId === 'screen.doc.edited')?.severity, 'medium');
  assert.ok(alerts.every((a) => a.signals.includes('H1') && a.subjectKind === 'candidate'));
});

test('PDF written by the candidate, never edited: no findings', async () => {
  const bytes = await buildPdf(RESUME, { author: 'Morgan, Daniel', creator: 'Microsoft Word', producer: 'Microsoft: Print To PDF', created: new Date('2024-03-01T09:00:00Z'), modified: new Date('2024-03-01T09:00:00Z') });
  const doc = await parseDocument(bytes, 'dm.pdf');
  assert.equal(doc.meta.incrementalUpdates, 0);
  assert.deepEqual(documentFindings(doc, { candidateId: 'c1', candidateName: 'Daniel Morgan', appliedAt: '2024-03-05T00:00:00Z' }), []);
});

test('DOCX: text via mammoth, core.xml and app.xml properties', async () => {
  const bytes = await buildDocx(RESUME, {
    title: 'CV', author: 'Ri Chol Man', lastModifiedBy: 'Daniel Morgan', revision: 57, totalTime: 2, template: 'ModernResume.dotx',
    application: 'Microsoft Office Word', created: new Date('2023-05-01T10:00:00Z'), modified: new Date('2024-02-01T10:00:00Z'),
  });
  const doc = await parseDocument(bytes, 'dm.docx');
  assert.equal(doc.format, 'docx');
  assert.match(doc.text, /Northwind Solutions LLC/);
  assert.equal(doc.meta.author, 'Ri Chol Man');
  assert.equal(doc.meta.lastModifiedBy, 'Daniel Morgan');
  assert.equal(doc.meta.revision, 57);
  assert.equal(doc.meta.totalEditMinutes, 2);
  assert.equal(doc.meta.template, 'ModernResume.dotx');
  assert.equal(doc.meta.creatorTool, 'Microsoft Office Word 16.0000');
  assert.equal(doc.meta.created, '2023-05-01T10:00:00.000Z');
  assert.deepEqual(doc.facts.sectionOrder, ['summary', 'experience', 'education', 'skills']);
  const rules = documentFindings(doc, { candidateId: 'c1', candidateName: 'Daniel Morgan' }).map((a) => a.ruleId).sort();
  assert.deepEqual(rules, ['screen.doc.author-mismatch', 'screen.doc.inherited-history']);
});

test('plain text and hostile files fail with clear errors', async () => {
  const txt = await parseDocument(Buffer.from(RESUME.join('\n')), 'cv.txt');
  assert.equal(txt.format, 'text');
  assert.equal(txt.facts.schools.length, 1);
  await assert.rejects(parseDocument(new Uint8Array(2048), 'big.pdf', { maxBytes: 1024 }), (e: unknown) => e instanceof DocumentError && e.code === 'too_large');
  await assert.rejects(parseDocument(Buffer.from('%PDF-1.7 garbage'), 'bad.pdf'), (e: unknown) => e instanceof DocumentError && e.code === 'corrupt');
  await assert.rejects(parseDocument(Buffer.from('PK\u0003\u0004 not a zip'), 'bad.docx'), (e: unknown) => e instanceof DocumentError && e.code === 'corrupt');
  // Zip bomb: one highly compressible entry far above the per-entry cap.
  const bomb = new JSZip();
  bomb.file('word/document.xml', 'a'.repeat(8 * 1024 * 1024));
  const bombBytes = await bomb.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  await assert.rejects(parseDocument(bombBytes, 'bomb.docx', { maxZipEntryBytes: 1024 * 1024 }), (e: unknown) => e instanceof DocumentError && e.code === 'zip_bomb');
  const many = new JSZip();
  for (let i = 0; i < 50; i++) many.file(`x/${i}.xml`, 'x');
  many.file('word/document.xml', '<w:document/>');
  await assert.rejects(parseDocument(await many.generateAsync({ type: 'uint8array' }), 'many.docx', { maxZipEntries: 20 }), (e: unknown) => e instanceof DocumentError && e.code === 'zip_bomb');
  await assert.rejects(parseDocument(new Uint8Array([0, 1, 2, 3]), 'x.bin'), (e: unknown) => e instanceof DocumentError && e.code === 'unsupported');
});

test('parsing that never finishes is cut off by the time limit', async () => {
  // The limit's own timer is unref'd (it must never hold the CLI open), so hold the loop open here.
  const hold = setTimeout(() => undefined, 5000);
  await assert.rejects(withTimeout(new Promise<never>(() => undefined), 20, 'slow.pdf'), (e: unknown) => e instanceof DocumentError && e.code === 'timeout');
  clearTimeout(hold);
  assert.equal(await withTimeout(Promise.resolve(7), 20, 'fast.pdf'), 7);
});
