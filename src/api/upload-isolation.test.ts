// Hostile uploads through the real HTTP server: resumes are parsed in a worker with time and heap limits, so a zip
// bomb, a malformed PDF or a DOCX built to balloon the parser is refused with a 4xx naming the file, the server's
// own heap does not take the hit, and /api/health keeps answering throughout.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import JSZip from 'jszip';
import { bearer } from '../../test/support/auth.js';
import { pgliteTestDatabase } from '../../test/support/test-db.js';
import { readEnv } from '../config/env.js';
import { buildDocx, buildPdf } from '../screen/documents/index.js';
import { sources } from '../sources/registry.js';
import type { Database } from '../store/db.js';
import { buildServer } from './server.js';

interface Refusal { error: { code: string; message: string; details: { file: string; code: string; message: string }[] } }

async function zipBombDocx(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await buildDocx(['Jane Doe', 'Experience']));
  zip.file('word/media/bomb.bin', Buffer.alloc(40 * 1024 * 1024), { compression: 'DEFLATE', compressionOptions: { level: 9 } });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Within every size and ratio cap (≈0.4 MB file, 3 MB of XML, ratio ≈8), yet mammoth builds a tree of ~500 MB from it. */
async function heapBalloonDocx(): Promise<Uint8Array> {
  let seed = 7;
  const words = Array.from({ length: 80_000 }, () => (seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff).toString(36));
  return buildDocx(words);
}

describe('hostile resume uploads are parsed in isolation', { timeout: 30_000 }, () => {
  let db: Database; let app: FastifyInstance; let base = ''; let auth: { authorization: string };
  before(async () => {
    db = await pgliteTestDatabase();
    app = await buildServer({ env: readEnv({}), database: db, sources, rejectsDir: mkdtempSync(join(tmpdir(), 'trustline-upload-')), version: 't' }, { logger: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    auth = await bearer(db, 'analyst');
  });
  after(async () => { await app?.close(); await db?.close(); });

  const upload = (path: string, files: [string, Uint8Array][]) => {
    const form = new FormData();
    for (const [name, bytes] of files) form.append('file', new Blob([Buffer.from(bytes)]), name);
    return fetch(`${base}${path}`, { method: 'POST', headers: auth, body: form });
  };

  /** Polls /api/health every 50 ms while `work` runs: the slowest answer and how many came back. */
  async function whileHealthPolled<T>(work: Promise<T>): Promise<{ result: T; slowestMs: number; answered: number; maxHeapGrowth: number }> {
    let done = false; let slowestMs = 0; let answered = 0; let maxHeapGrowth = 0;
    const heap0 = process.memoryUsage().heapUsed;
    const sampler = setInterval(() => { maxHeapGrowth = Math.max(maxHeapGrowth, process.memoryUsage().heapUsed - heap0); }, 20);
    const poll = (async () => {
      while (!done) {
        const t0 = performance.now();
        const r = await fetch(`${base}/api/health`);
        if (r.status === 200) answered++;
        await r.arrayBuffer();
        slowestMs = Math.max(slowestMs, performance.now() - t0);
        await new Promise((res) => setTimeout(res, 50));
      }
    })();
    try {
      const result = await work;
      return { result, slowestMs, answered, maxHeapGrowth };
    } finally {
      done = true; clearInterval(sampler); await poll;
    }
  }

  test('a DOCX that balloons the parser is stopped at the worker heap limit: 422 naming it; health answers; the server heap stays flat', async () => {
    const bytes = await heapBalloonDocx();
    assert.ok(bytes.length < 1_000_000, `${bytes.length} bytes`);
    const { result: r, slowestMs, answered, maxHeapGrowth } = await whileHealthPolled(upload('/api/screen/resumes', [['cv-anna.docx', bytes]]));
    assert.equal(r.status, 422);
    const body = await r.json() as Refusal;
    assert.equal(body.error.code, 'DOCUMENT_REFUSED');
    assert.match(body.error.message, /^cv-anna\.docx: parsing needed more than \d+ MB of memory and was stopped$/);
    assert.deepEqual(body.error.details.map((d) => [d.file, d.code]), [['cv-anna.docx', 'too_large']]);
    assert.ok(answered >= 2, `health answered ${answered} times during the parse`);
    assert.ok(slowestMs < 1500, `slowest health answer ${Math.round(slowestMs)} ms`);
    // Parsed in-process this file takes the server's heap up by ~500 MB; in the worker the server's own heap barely moves.
    assert.ok(maxHeapGrowth < 250 * 1024 * 1024, `server heap grew by ${Math.round(maxHeapGrowth / 1e6)} MB`);
  });

  test('a zip-bomb DOCX and a malformed PDF are refused with 422 naming each file; paths never leak', async () => {
    const bomb = await zipBombDocx();
    const pdf = await buildPdf(['Jane Doe', 'Experience']);
    const cut = pdf.slice(0, Math.floor(pdf.length / 3));
    const notPdf = new Uint8Array(Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\nthis is not a pdf\n%%EOF\n'));
    const { result: r, answered } = await whileHealthPolled(upload('/api/screen/resumes', [['bomb.docx', bomb], ['cut.pdf', cut], ['junk.pdf', notPdf]]));
    assert.equal(r.status, 422);
    const body = await r.json() as Refusal;
    assert.deepEqual(body.error.details.map((d) => d.file), ['bomb.docx', 'cut.pdf', 'junk.pdf']);
    assert.equal(body.error.details[0]!.code, 'zip_bomb');
    for (const d of body.error.details) {
      assert.ok(d.message.startsWith(`${d.file}: `), d.message);
      assert.ok(['corrupt', 'zip_bomb', 'unsupported', 'too_large', 'timeout'].includes(d.code), d.code);
    }
    assert.match(body.error.message, /bomb\.docx: .*; cut\.pdf: .*; junk\.pdf: /);
    assert.doesNotMatch(JSON.stringify(body), /trustline-screen-|\/tmp\//, 'no server path in the answer');
    assert.ok(answered >= 1);
    assert.equal((await fetch(`${base}/api/health`)).status, 200);
  });

  test('a good resume beside a bad one: the good one is screened, the bad one listed as refused (200)', async () => {
    const good = await buildDocx(['Jane Doe', 'jane.doe@example.com', 'Experience', 'Engineer at Example Corp 2019 – Present']);
    const r = await upload('/api/screen/resumes', [['jane.docx', good], ['bomb.docx', await zipBombDocx()]]);
    assert.equal(r.status, 200);
    const body = await r.json() as { files: { file: string; name: string | null; emails: string[] }[]; errors: { file: string; code: string }[] };
    assert.deepEqual(body.files.map((f) => f.file), ['jane.docx']);
    assert.deepEqual(body.files[0]!.emails, ['jane.doe@example.com']);
    assert.deepEqual(body.errors.map((e) => [e.file, e.code]), [['bomb.docx', 'zip_bomb']]);
  });

  test('a resume over the size limit is refused while it arrives (413 naming it); a document sent to the data import is refused as no known format', async () => {
    const big = new Uint8Array(21 * 1024 * 1024);
    big.set(Buffer.from('%PDF-1.7\n'));
    const r = await upload('/api/screen/resumes', [['huge.pdf', big]]);
    assert.equal(r.status, 413);
    assert.match(((await r.json()) as Refusal).error.message, /^huge\.pdf: larger than/);

    const imp = await upload('/api/import', [['bomb.docx', await zipBombDocx()]]);
    assert.equal(imp.status, 400);
    const refused = await imp.json() as { error: { code: string; message: string } };
    assert.equal(refused.error.code, 'UNKNOWN_FORMAT');
    assert.match(refused.error.message, /^bomb\.docx: format not recognised/);
    assert.equal((await fetch(`${base}/api/health`)).status, 200);
  });
});
