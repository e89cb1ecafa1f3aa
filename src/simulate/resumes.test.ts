// Resumes are real documents: PDFs open with a PDF library (text + Info dict), DOCX open with jszip/mammoth (core.xml, app.xml).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { simulate } from './simulate.js';
import type { Truth } from './truth.js';

let files = new Map<string, Uint8Array>();
let truth: Truth;
let candidates: Record<string, string>[] = [];
before(async () => {
  const out = await simulate({ seed: 5, employees: 40, candidates: 36, days: 5, fraudRate: { employees: 0.05, candidates: 0.4 } });
  files = new Map(out.files.map((f) => [f.path, typeof f.data === 'string' ? Buffer.from(f.data) : f.data]));
  truth = out.truth;
  candidates = parse(Buffer.from(files.get('hr/candidates.csv')!).toString('utf8'), { columns: true }) as Record<string, string>[];
});

async function pdfInfo(bytes: Uint8Array) {
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(doc, { mergePages: true });
  const { info } = await getMeta(doc);
  return { text: text as string, info: info as Record<string, unknown> };
}
async function docxInfo(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const core = await zip.file('docProps/core.xml')!.async('string');
  const app = await zip.file('docProps/app.xml')!.async('string');
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  const tag = (xml: string, name: string) => new RegExp(`<${name}[^>]*>([^<]*)</${name}>`).exec(xml)?.[1] ?? null;
  return { text: value, creator: tag(core, 'dc:creator'), lastModifiedBy: tag(core, 'cp:lastModifiedBy'), revision: tag(core, 'cp:revision'), created: tag(core, 'dcterms:created'), template: tag(app, 'Template'), totalTime: tag(app, 'TotalTime'), application: tag(app, 'Application') };
}

test('every candidate has a resume file that exists, named in resume_file', () => {
  assert.ok(candidates.length === 36);
  for (const c of candidates) assert.ok(files.has(`hr/${c.resume_file}`), `missing ${c.resume_file}`);
  assert.ok(candidates.some((c) => c.resume_file!.endsWith('.pdf')) && candidates.some((c) => c.resume_file!.endsWith('.docx')));
});

test('PDF resumes: text is extractable and the Info dictionary carries author, tools and dates', async () => {
  const pdfs = candidates.filter((c) => c.resume_file!.endsWith('.pdf'));
  for (const c of pdfs.slice(0, 8)) {
    const { text, info } = await pdfInfo(files.get(`hr/${c.resume_file}`)!);
    const surname = c.full_name!.split(' ').pop()!.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').slice(0, 3);
    assert.match(text, /Experience|WORK HISTORY/);
    assert.ok(text.includes(surname), `${c.candidate_id}: name not in text`);
    assert.equal(typeof info.Creator, 'string');
    assert.equal(typeof info.Producer, 'string');
    assert.match(String(info.CreationDate), /^D:20\d{12}/);
    // Created before the application was sent.
    const created = String(info.CreationDate).slice(2, 10);
    assert.ok(created <= c.applied_at!.slice(0, 10).replace(/-/g, ''), `${c.candidate_id} created after applying`);
  }
});

test('DOCX resumes: core.xml/app.xml metadata read back and text extracted', async () => {
  const docs = candidates.filter((c) => c.resume_file!.endsWith('.docx'));
  assert.ok(docs.length > 0);
  for (const c of docs.slice(0, 6)) {
    const d = await docxInfo(files.get(`hr/${c.resume_file}`)!);
    assert.match(d.text, /Education/);
    assert.ok(d.lastModifiedBy !== null && d.revision !== null && d.template !== null && d.application !== null && d.totalTime !== null);
    assert.match(d.created ?? '', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  }
});

test('personas of one actor with shared metadata carry the same author; real applicants do not share one', async () => {
  const byId = new Map(candidates.map((c) => [c.candidate_id!, c]));
  const shared = truth.fraudulentCandidates.filter((c) => c.tradecraft.includes('pdf_author_shared'));
  const authors = new Map<string, Set<string>>();
  for (const fc of shared) {
    const c = byId.get(fc.candidateId)!;
    const bytes = files.get(`hr/${c.resume_file}`)!;
    const author = c.resume_file!.endsWith('.pdf') ? String((await pdfInfo(bytes)).info.Author ?? '') : String((await docxInfo(bytes)).creator ?? '');
    const set = authors.get(fc.actorId) ?? new Set();
    set.add(author);
    authors.set(fc.actorId, set);
  }
  assert.ok(shared.length >= 2, 'the fixture should plant shared metadata');
  for (const [actor, set] of authors) assert.equal(set.size, 1, `actor ${actor} personas disagree on author: ${[...set].join(', ')}`);
  // Real applicants: authors are their own names or blank/generic, never an actor's handle shared by many.
  const fraudIds = new Set(truth.fraudulentCandidates.map((c) => c.candidateId));
  const legitPdfAuthors: string[] = [];
  for (const c of candidates.filter((x) => !fraudIds.has(x.candidate_id!) && x.resume_file!.endsWith('.pdf')).slice(0, 10)) {
    legitPdfAuthors.push(String((await pdfInfo(files.get(`hr/${c.resume_file}`)!)).info.Author ?? ''));
  }
  const named = legitPdfAuthors.filter((a) => a && a !== 'Microsoft Office User');
  assert.equal(new Set(named).size, named.length, 'two real applicants share a personal author name');
});
