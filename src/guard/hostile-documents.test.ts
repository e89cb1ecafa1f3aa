// Hostile resumes: DOCX path-traversal entry names and zip bombs, PDF decompression bombs and malformed PDFs —
// each ends in a result or a clear DocumentError, parsed in an isolated worker so the caller survives.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { it } from 'node:test';
import { deflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { DocumentError, buildDocx, parseDocument } from '../screen/documents/index.js';
import { IsolationError, runIsolated } from './run-isolated.js';

const parser = new URL('../screen/documents/parse-document.ts', import.meta.url);

it('DOCX entries named ../../x or /etc/x are read as names only, never written anywhere', async () => {
  const zip = await JSZip.loadAsync(await buildDocx(['Jane Doe', 'Experience']));
  zip.file('../../trustline-traversal-probe.txt', 'pwned');
  zip.file('/tmp/trustline-abs-probe.txt', 'pwned');
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  const doc = await parseDocument(bytes, 'traversal.docx');
  assert.match(doc.text, /Jane Doe/);
  assert.equal(existsSync('../../trustline-traversal-probe.txt'), false);
  assert.equal(existsSync('/tmp/trustline-abs-probe.txt'), false);
});

it('a DOCX zip bomb (40 MB of zeros in 40 KB) is refused under the default limits', async () => {
  const zip = await JSZip.loadAsync(await buildDocx(['x']));
  zip.file('word/media/bomb.bin', Buffer.alloc(40 * 1024 * 1024), { compression: 'DEFLATE', compressionOptions: { level: 9 } });
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  assert.ok(bytes.length < 200_000, `bomb is ${bytes.length} bytes`);
  await assert.rejects(parseDocument(bytes, 'bomb.docx'), (e: unknown) => e instanceof DocumentError && e.code === 'zip_bomb');
});

function pdfWithStream(streamBytes: Buffer, filter = '/FlateDecode'): Uint8Array {
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
  ];
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  const parts: Buffer[] = [];
  objs.forEach((o, i) => { offsets.push(Buffer.byteLength(out, 'latin1')); out += `${i + 1} 0 obj\n${o}\nendobj\n`; });
  offsets.push(Buffer.byteLength(out, 'latin1'));
  parts.push(Buffer.from(`${out}4 0 obj\n<< /Length ${streamBytes.length} /Filter ${filter} >>\nstream\n`, 'latin1'), streamBytes);
  const before = Buffer.concat(parts).length;
  let tail = '\nendstream\nendobj\n';
  const xref = before + Buffer.byteLength(tail, 'latin1');
  tail += `xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.concat([...parts, Buffer.from(tail, 'latin1')]));
}

it('a PDF decompression bomb and malformed PDFs end in a result or a clear error inside a worker; the caller survives', async () => {
  const bomb = pdfWithStream(deflateSync(Buffer.alloc(150 * 1024 * 1024, 0x20), { level: 9 }));
  assert.ok(bomb.length < 400_000);
  const cases: [string, Uint8Array][] = [
    ['bomb.pdf', bomb],
    ['bad-filter.pdf', pdfWithStream(Buffer.from('garbage that is not deflate'), '/FlateDecode')],
    ['cut.pdf', bomb.slice(0, 2000)],
    ['header-only.pdf', new Uint8Array(Buffer.from('%PDF-1.7\n%%EOF\n'))],
  ];
  for (const [name, bytes] of cases) {
    const t0 = Date.now();
    try {
      const doc = await runIsolated<{ text: string }>(parser, 'parseDocument', [bytes, name, { timeoutMs: 8000 }], { timeoutMs: 12_000, maxHeapMb: 256 });
      assert.equal(typeof doc.text, 'string', name);
    } catch (e) {
      assert.ok(e instanceof IsolationError, `${name}: ${String(e)}`);
      // A refusal from the parser keeps its DocumentError code; a runaway one is stopped by the worker limits.
      assert.ok(e.kind === 'failed' ? e.innerName === 'DocumentError' : e.kind === 'timeout' || e.kind === 'out_of_memory', `${name}: ${e.kind} ${e.innerName} ${e.message}`);
    }
    assert.ok(Date.now() - t0 < 20_000, `${name} took ${Date.now() - t0} ms`);
  }
  assert.ok(process.memoryUsage().heapUsed < 1024 * 1024 * 1024);
});
