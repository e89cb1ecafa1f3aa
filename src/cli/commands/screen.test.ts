import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { buildDocx, buildPdf } from '../../screen/documents/fixture-builders.js';
import { register, type ScreenStore } from './screen.js';

const LINES = [
  'Kevin Walsh', 'kwalsh.dev@outlook.com', 'WORK EXPERIENCE',
  'Senior Software Engineer at Brightwave Technologies, Jan 2020 – Present',
  '• Led a team of five engineers delivering a payment reconciliation platform processing two million transactions a day.',
  '• Cut page load times by forty percent by moving rendering to the server and caching GraphQL responses.',
  'Software Engineer at Northwind Solutions LLC, 06/2016 – 12/2019',
  '• Migrated a PHP monolith to Node.js microservices behind an API gateway with zero downtime.',
  'EDUCATION', 'University of Texas at Austin, 2012 – 2016', 'SKILLS', 'React, Node.js, TypeScript, GraphQL',
];

async function run(args: string[], store?: ScreenStore) {
  let out = '';
  const program = new Command().exitOverride();
  register(program, { write: (t) => { out += t; }, openStore: store ? async () => store : undefined });
  await program.parseAsync(['node', 'trustline', 'screen', ...args]);
  return out;
}

test('trustline screen: flags, reuse cluster, watch-list hit and unreadable files', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'screen-cli-'));
  try {
    await mkdir(join(dir, 'batch'));
    await writeFile(join(dir, 'batch', 'walsh.pdf'), await buildPdf(LINES, { author: 'Ri Chol Jin', producer: 'sejda', created: new Date('2024-01-01T00:00:00Z') }, 1));
    const reused = LINES.map((l) => l.replace('Kevin Walsh', 'Marco Rossi').replace('kwalsh.dev@outlook.com', 'mrossi.dev@gmail.com'));
    await writeFile(join(dir, 'batch', 'rossi.docx'), await buildDocx(reused, { author: 'Marco Rossi', created: new Date('2024-02-01T00:00:00Z') }));
    await writeFile(join(dir, 'batch', 'other.txt'), 'Ana Ruiz\nSKILLS\nCOBOL and JCL batch maintenance for insurance mainframes since 1998.');
    await writeFile(join(dir, 'batch', 'broken.pdf'), '%PDF-1.4 not really');
    await writeFile(join(dir, 'sdn.csv'), '900,"RI, Chol Jin","individual","DPRK3","-0-","-0-","-0-","-0-","-0-","-0-","-0-","Email Address mrossi.dev@gmail.com."\n');
    const json = JSON.parse(await run([join(dir, 'batch'), '--json', '--watchlist', join(dir, 'sdn.csv')])) as {
      documents: { path: string }[]; errors: { code: string }[]; alerts: { ruleId: string; subjectId: string; signals: string[] }[]; clusters: { members: { docId: string }[] }[];
    };
    assert.equal(json.documents.length, 3);
    assert.deepEqual(json.errors.map((e) => e.code), ['corrupt']);
    assert.equal(json.clusters.length, 1);
    assert.deepEqual(json.clusters[0]?.members.map((m) => m.docId.split('/').pop()).sort(), ['rossi.docx', 'walsh.pdf']);
    const rules = (file: string) => json.alerts.filter((a) => a.subjectId.endsWith(file)).map((a) => a.ruleId).sort();
    assert.deepEqual(rules('walsh.pdf'), ['screen.doc.author-mismatch', 'screen.doc.edited', 'screen.resume.reused']);
    assert.deepEqual(rules('rossi.docx'), ['screen.resume.reused', 'screen.watchlist.match']);
    assert.deepEqual(rules('other.txt'), []);
    const text = await run([join(dir, 'batch')]);
    assert.match(text, /3 document\(s\) screened, 1 unreadable/);
    assert.match(text, /\[HIGH\] H2,H9 screen\.resume\.reused/);
    assert.match(text, /"[^"]*Senior Software Engineer at Brightwave Technologies/);
    const saved: string[] = [];
    const store: ScreenStore = {
      saveDocuments: async (d) => { saved.push(...d.map((x) => x.path)); },
      listStoredResumes: async () => [{ docId: 'stored-1', subjectId: 'cand-old', text: reused.join('\n') }],
      insertAlerts: async () => undefined,
    };
    const withStore = JSON.parse(await run([join(dir, 'batch', 'walsh.pdf'), '--json'], store)) as { clusters: { members: { docId: string }[] }[] };
    assert.deepEqual(withStore.clusters[0]?.members.map((m) => m.docId.split('/').pop()).sort(), ['stored-1', 'walsh.pdf']);
    assert.equal(saved.length, 1);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
