// Reads a PDF resume: text via unpdf, Info dictionary + XMP metadata, and traces of incremental edits.
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { DocumentError, type DocumentLimits } from './limits.js';
import { emptyMeta, type DocumentMeta } from './types.js';

/** PDF date "D:YYYYMMDDHHmmSS+HH'mm'" → ISO UTC, or null. */
export function parsePdfDate(v: unknown): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
  if (typeof v !== 'string') return null;
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*(Z|[+-]\d{2}'?\d{2}'?)?/.exec(v.trim());
  if (!m) return isoOrNull(v);
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', tz] = m;
  let offset = 'Z';
  if (tz && tz !== 'Z') { const t = tz.replace(/'/g, ''); offset = `${t.slice(0, 3)}:${t.slice(3, 5) || '00'}`; }
  return isoOrNull(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`);
}

function isoOrNull(s: string): string | null {
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

function countOccurrences(hay: string, needle: string): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

interface XmpLike { get(name: string): unknown }

function xmpValue(x: XmpLike | null, key: string): string | null {
  if (!x || typeof x.get !== 'function') return null;
  const v = x.get(key);
  if (Array.isArray(v)) return v.filter((e) => typeof e === 'string').join('; ') || null;
  return str(v);
}

export async function parsePdf(bytes: Uint8Array, fileName: string, limits: DocumentLimits): Promise<{ text: string; meta: DocumentMeta }> {
  // latin1 keeps one char per byte, so structural markers are counted exactly, even inside binary streams.
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!raw.startsWith('%PDF-')) throw new DocumentError('corrupt', 'not a PDF (missing %PDF- header)', fileName);
  let pdf;
  try {
    // pdf.js takes ownership of the buffer it is given, so hand it a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, stopAtErrors: false });
  } catch (e) {
    throw new DocumentError('corrupt', `unreadable PDF: ${(e as Error).message}`, fileName, { cause: e });
  }
  try {
    const { text, totalPages } = await extractText(pdf, { mergePages: true });
    const { info, metadata } = await getMeta(pdf);
    const xmp = (metadata ?? null) as unknown as XmpLike | null;
    const meta = emptyMeta();
    meta.pages = totalPages;
    meta.title = str(info.Title) ?? xmpValue(xmp, 'dc:title');
    meta.author = str(info.Author) ?? xmpValue(xmp, 'dc:creator');
    meta.creatorTool = str(info.Creator) ?? xmpValue(xmp, 'xmp:creatortool');
    meta.producer = str(info.Producer) ?? xmpValue(xmp, 'pdf:producer');
    meta.created = parsePdfDate(info.CreationDate) ?? parsePdfDate(xmpValue(xmp, 'xmp:createdate'));
    meta.modified = parsePdfDate(info.ModDate) ?? parsePdfDate(xmpValue(xmp, 'xmp:modifydate'));
    meta.documentId = xmpValue(xmp, 'xmpmm:documentid') ?? (/<xmpMM:DocumentID>([^<]+)</.exec(raw)?.[1]?.trim() ?? null);
    const eofs = countOccurrences(raw, '%%EOF');
    meta.incrementalUpdates = Math.max(0, eofs - 1);
    meta.startxrefCount = countOccurrences(raw, 'startxref');
    // xmpMM:History lists one stEvt entry per save; pdf.js does not expose it, so count in the packet.
    const hist = /<xmpMM:History>([\s\S]*?)<\/xmpMM:History>/.exec(raw);
    meta.xmpHistoryEvents = hist?.[1] ? countOccurrences(hist[1], '<stEvt:action>') + countOccurrences(hist[1], 'stEvt:action=') : null;
    return { text: text.slice(0, limits.maxTextChars), meta };
  } catch (e) {
    if (e instanceof DocumentError) throw e;
    throw new DocumentError('corrupt', `unreadable PDF: ${(e as Error).message}`, fileName, { cause: e });
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}
