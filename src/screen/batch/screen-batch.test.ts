import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEnricher } from '../../enrich/index.js';
import { candidateRecord, idvRecord, interviewRecord, referenceRecord } from '../alerts/test-records.js';
import { buildDocx, buildPdf } from '../documents/fixture-builders.js';
import { parseDocument } from '../documents/parse-document.js';
import { createWatchlistIndex, parseOfacCsv } from '../watchlist/index.js';
import { screenBatch } from './index.js';

const enricher = createEnricher();
const BODY = [
  'PROFESSIONAL EXPERIENCE',
  'Blockchain Engineer at Solace Labs Inc, Feb 2021 – Present',
  '• Wrote Solidity contracts for a cross-chain bridge and audited them with Slither and Echidna.',
  '• Built the React dashboard showing validator health and liquidity across five networks.',
  'Backend Developer at Orbit Systems Ltd, 03/2018 – 01/2021',
  '• Scaled the Go matching engine to fifty thousand orders per second with sharded Redis.',
  'EDUCATION', 'National University of Singapore, B.Comp., 2014 – 2018', 'SKILLS', 'Solidity, Go, React, Redis, Kubernetes',
];

test('screenBatch: one actor with two personas, and an honest applicant left alone', async () => {
  const candidates = [
    candidateRecord({ candidate_id: 'a1', requisition_id: 'R7', full_name: 'Wei Tan', email: 'wei.tan.dev@outlook.com', phone: '+65 8123 4567', claimed_country: 'SG', nationality: 'SG', applied_at: '2025-02-03T04:00:00Z', application_ip: '73.162.10.1' }),
    candidateRecord({ candidate_id: 'a2', requisition_id: 'R8', full_name: 'Lukas Novak', email: 'lukas.novak.dev@gmail.com', phone: '+420 601 123 456', claimed_country: 'CZ', nationality: 'CZ', applied_at: '2025-02-10T10:00:00Z', application_ip: '73.162.10.1' }),
    candidateRecord({ candidate_id: 'h1', requisition_id: 'R7', full_name: 'Ana Ruiz', email: 'ana.ruiz@gmail.com', phone: '+34 612 345 678', claimed_country: 'ES', nationality: 'ES', applied_at: '2025-02-04T10:00:00Z', application_ip: '80.58.61.250' }),
  ];
  const created = new Date('2024-11-20T08:00:00Z');
  const documents = [
    { candidateId: 'a1', doc: await parseDocument(await buildPdf(['Wei Tan', ...BODY], { author: 'Pak Song Il', created }), 'wei.pdf') },
    { candidateId: 'a2', doc: await parseDocument(await buildDocx(['Lukas Novak', ...BODY.map((l) => l.replace('National University of Singapore', 'Czech Technical University'))], { author: 'Pak Song Il', created }), 'lukas.docx') },
    { candidateId: 'h1', doc: await parseDocument(Buffer.from('Ana Ruiz\nEXPERIENCE\nNurse at Hospital Clinic Group, 2015 – Present\nEDUCATION\nUniversity of Barcelona, 2011 – 2015'), 'ana.txt') },
  ];
  const result = screenBatch({
    candidates, documents,
    references: [referenceRecord({ candidate_id: 'a2', referee_name: 'J. Lim', referee_email: 'jlim.ref@gmail.com', referee_company: 'Orbit Systems Ltd' })],
    interviews: [interviewRecord({ candidate_id: 'a1', mode: 'video', camera_on: 'false', residence_knowledge: 'poor', ip_address: '175.45.176.1' })],
    idv: [idvRecord({ subject_id: 'h1', document_country: 'ES', name_on_document: 'RUIZ, Ana' })],
    watchlist: createWatchlistIndex(parseOfacCsv({ sdn: '77,"PAK, Song Il","individual","DPRK2","-0-","-0-","-0-","-0-","-0-","-0-","-0-","-0-"' })),
  }, enricher);
  const rulesFor = (id: string) => [...new Set(result.alerts.filter((a) => a.subjectId === id).map((a) => a.ruleId))].sort();
  assert.deepEqual(rulesFor('h1'), []);
  assert.deepEqual(rulesFor('a1'), ['screen.doc.author-mismatch', 'screen.interview.ip-mismatch', 'screen.interview.red-flags', 'screen.linkage.persona', 'screen.profile.inconsistent', 'screen.resume.reused']);
  assert.ok(rulesFor('a2').includes('screen.reference.unverifiable'));
  assert.equal(result.resumeClusters.length, 1);
  assert.deepEqual(result.resumeClusters[0]?.subjects, ['a1', 'a2']);
  const persona = result.personaClusters[0];
  assert.deepEqual(persona?.candidates, ['a1', 'a2']);
  assert.deepEqual([...new Set(persona?.edges.map((e) => e.kind))].sort(), ['document-author', 'ip', 'resume']);
  assert.equal(result.callbackTasks.length, 1);
  // The document author is not screened against the watch-list (only the applicant's own identifiers are).
  assert.ok(!result.alerts.some((a) => a.ruleId === 'screen.watchlist.match'));
  assert.equal(new Set(result.alerts.map((a) => a.id)).size, result.alerts.length);
  assert.ok(result.alerts.every((a) => a.signals.length > 0 && a.summary.ja.length > 0));
});
