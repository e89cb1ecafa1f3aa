// Reads a DOCX resume: text via mammoth, authoring metadata from docProps/core.xml and app.xml.
import mammoth from 'mammoth';
import { DocumentError, type DocumentLimits } from './limits.js';
import { openZip } from './safe-zip.js';
import { emptyMeta, type DocumentMeta } from './types.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e] ?? m;
  });
}

/** Text of the first element with this local name (any prefix); docProps parts are flat, so a regex is enough. */
export function xmlField(xml: string | null, localName: string): string | null {
  if (!xml) return null;
  const m = new RegExp(`<(?:[\\w-]+:)?${localName}(?:\\s[^>]*)?>([\\s\\S]*?)</(?:[\\w-]+:)?${localName}>`).exec(xml);
  const v = m?.[1] ? unescapeXml(m[1]).trim() : '';
  return v === '' ? null : v;
}

const num = (s: string | null): number | null => (s !== null && /^\d+$/.test(s) ? Number(s) : null);
const iso = (s: string | null): string | null => {
  if (!s) return null;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
};

export async function parseDocx(bytes: Uint8Array, fileName: string, limits: DocumentLimits): Promise<{ text: string; meta: DocumentMeta }> {
  const zip = await openZip(bytes, fileName, limits);
  if (!zip.names.includes('word/document.xml')) throw new DocumentError('unsupported', 'zip is not a Word document (no word/document.xml)', fileName);
  // Inflate every part under the caps before mammoth sees the file: mammoth itself has no limits.
  for (const n of zip.names) if (!n.endsWith('/')) await zip.read(n);
  const core = await zip.readText('docProps/core.xml');
  const app = await zip.readText('docProps/app.xml');
  const meta = emptyMeta();
  meta.title = xmlField(core, 'title');
  meta.author = xmlField(core, 'creator');
  meta.lastModifiedBy = xmlField(core, 'lastModifiedBy');
  meta.revision = num(xmlField(core, 'revision'));
  meta.created = iso(xmlField(core, 'created'));
  meta.modified = iso(xmlField(core, 'modified'));
  meta.creatorTool = [xmlField(app, 'Application'), xmlField(app, 'AppVersion')].filter(Boolean).join(' ') || null;
  meta.template = xmlField(app, 'Template');
  meta.totalEditMinutes = num(xmlField(app, 'TotalTime'));
  meta.pages = num(xmlField(app, 'Pages'));
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch (e) {
    throw new DocumentError('corrupt', `unreadable DOCX: ${(e as Error).message}`, fileName, { cause: e });
  }
  return { text: text.slice(0, limits.maxTextChars), meta };
}
