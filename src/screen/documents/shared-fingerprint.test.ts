import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyMeta, type DocumentMeta } from './types.js';
import { authoringFingerprint, sharedFingerprintAlerts, type FingerprintInput } from './shared-fingerprint.js';

const meta = (m: Partial<DocumentMeta>): DocumentMeta => ({ ...emptyMeta(), ...m });
const doc = (candidateId: string, candidateName: string, m: Partial<DocumentMeta>): FingerprintInput => ({ candidateId, candidateName, fileName: `${candidateId}.pdf`, meta: meta(m) });
/** A pool of ordinary resumes: own-name authors, blank authors and Mac Office's default, in the usual tools. */
function pool(n: number): FingerprintInput[] {
  const tools = [['Microsoft® Word for Microsoft 365', 'Microsoft® Word for Microsoft 365'], ['Google Docs Renderer', 'Skia/PDF m128 Google Docs Renderer'], ['Pages', 'Quartz PDFContext']];
  return Array.from({ length: n }, (_, i) => {
    const name = `Person${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))} Example${i}`;
    const [creatorTool, producer] = tools[i % 3]!;
    const author = i % 4 === 0 ? '' : i % 4 === 1 ? 'Microsoft Office User' : name;
    return doc(`C${i}`, name, { author, creatorTool, producer });
  });
}

test('H1/H9: one machine account and tool on differently named applicants\' resumes is flagged on each of them', () => {
  const docs = [...pool(100), doc('X1', 'Kevin Walsh', { author: 'dev', creatorTool: 'WPS Writer', producer: 'WPS Writer' }),
    doc('X2', 'Maria Lopez', { author: 'dev', creatorTool: 'WPS Writer', producer: 'WPS Writer' })];
  const alerts = sharedFingerprintAlerts(docs);
  assert.deepEqual(alerts.map((a) => a.subjectId).sort(), ['X1', 'X2']);
  assert.deepEqual(alerts[0]!.signals, ['H1', 'H9']);
  assert.equal(alerts[0]!.severity, 'low');
  assert.deepEqual(alerts.find((a) => a.subjectId === 'X1')!.evidence.facts['otherCandidates'], ['X2']);
});

test('a software-default author counts only with a tool or template few others in the pool use', () => {
  const rare = (id: string, name: string) => doc(id, name, { author: 'Microsoft Office User', creatorTool: 'Microsoft Office Word 16.0000', template: 'Resume (Color).dotx' });
  const alerts = sharedFingerprintAlerts([...pool(100), rare('R1', 'Ava Evans'), rare('R2', 'Jacob Roy')]);
  assert.deepEqual(alerts.map((a) => a.subjectId).sort(), ['R1', 'R2']);
  // The same default author with the pool's everyday Word build is how a quarter of the pool looks.
  const common = (id: string, name: string) => doc(id, name, { author: 'Microsoft Office User', creatorTool: 'Microsoft® Word for Microsoft 365', producer: 'Microsoft® Word for Microsoft 365' });
  assert.deepEqual(sharedFingerprintAlerts([...pool(100), common('W1', 'Ava Evans'), common('W2', 'Jacob Roy')]), []);
});

test('not flagged: own-name authors, fingerprints common in the pool, one person twice, a lone document', () => {
  assert.equal(authoringFingerprint(meta({ author: 'Microsoft Office User', creatorTool: 'Word' }), 'Kevin Walsh')?.softwareDefault, true);
  assert.equal(authoringFingerprint(meta({ author: 'Kevin', creatorTool: 'Word' }), 'Kevin Walsh'), null);
  assert.equal(authoringFingerprint(meta({ author: 'kwalsh', creatorTool: 'Word' }), 'Kevin Walsh'), null);
  assert.equal(authoringFingerprint(meta({ author: 'Admin' }), 'Kevin Walsh'), null, 'no tool: nothing to compare');
  assert.deepEqual(sharedFingerprintAlerts(pool(100)), [], 'an ordinary pool raises nothing');
  // "Admin" with Word on 8 of 100 resumes is how that pool's machines look, not one actor.
  const common = [...pool(100), ...Array.from({ length: 8 }, (_, i) => doc(`A${i}`, `Applicant${i} Other`, { author: 'Admin', creatorTool: 'Microsoft Word 2016' }))];
  assert.deepEqual(sharedFingerprintAlerts(common), []);
  const twice = [...pool(100), doc('Y1', 'Kevin Walsh', { author: 'dev', creatorTool: 'WPS Writer' }), doc('Y2', 'Kevin Walsh', { author: 'dev', creatorTool: 'WPS Writer' })];
  assert.deepEqual(sharedFingerprintAlerts(twice), [], 'the same name twice is the linkage check\'s');
  assert.deepEqual(sharedFingerprintAlerts([...pool(100), doc('Z1', 'Kevin Walsh', { author: 'dev', creatorTool: 'WPS Writer' })]), []);
});
