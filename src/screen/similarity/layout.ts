// Structure fingerprint of a resume: section order, heading wording, bullet glyphs and line shapes, content-blind.
import { findDateRanges, sectionOf } from '../documents/resume-facts.js';
import { hashWord } from './shingles.js';

export interface LayoutFingerprint {
  /** Canonical section names in order. */
  sectionOrder: string[];
  /** Heading lines exactly as styled (case and punctuation kept): a template's wording. */
  headings: string[];
  /** Bullet glyphs used, in order of first use. */
  bullets: string[];
  /** One token per non-empty line: H:<section>, B<glyph>[D], D, T<length bucket>. */
  shape: string[];
  /** Hash of everything above: equal hashes = same template. */
  hash: string;
}

const BULLET = /^\s*([•●○◦▪▫■□◆◇►▶➢➤✓✔*·\-–—>])\s+/;

function lineToken(line: string): { token: string; bullet: string | null; heading: string | null } {
  const sec = sectionOf(line);
  if (sec) return { token: `H:${sec}`, bullet: null, heading: line.trim().replace(/\s+/g, ' ') };
  const b = BULLET.exec(line);
  const dated = findDateRanges(line, null).length > 0 ? 'D' : '';
  if (b?.[1]) return { token: `B${b[1]}${dated}`, bullet: b[1], heading: null };
  if (dated) return { token: 'D', bullet: null, heading: null };
  const len = line.trim().length;
  return { token: `T${len < 30 ? 's' : len < 90 ? 'm' : 'l'}`, bullet: null, heading: null };
}

export function layoutFingerprint(text: string): LayoutFingerprint {
  const sectionOrder: string[] = [];
  const headings: string[] = [];
  const bullets: string[] = [];
  const shape: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const t = lineToken(line);
    if (t.heading) {
      headings.push(t.heading);
      const sec = t.token.slice(2);
      if (!sectionOrder.includes(sec)) sectionOrder.push(sec);
    }
    if (t.bullet && !bullets.includes(t.bullet)) bullets.push(t.bullet);
    // Runs of the same shape collapse: one more bullet is content, not template.
    if (shape[shape.length - 1] !== t.token) shape.push(t.token);
  }
  const hash = hashWord([sectionOrder.join(','), headings.join('|'), bullets.join('')].join('#')).toString(16);
  return { sectionOrder, headings, bullets, shape, hash };
}

/** Jaccard of shape 3-grams plus exact heading wording: 1 = same template. */
export function layoutSimilarity(a: LayoutFingerprint, b: LayoutFingerprint): number {
  if (a.headings.length < 2 || b.headings.length < 2) return 0;
  const grams = (s: string[]) => new Set(s.map((_, i) => s.slice(i, i + 3).join(' ')).slice(0, Math.max(1, s.length - 2)));
  const ga = grams(a.shape);
  const gb = grams(b.shape);
  let inter = 0;
  for (const g of ga) if (gb.has(g)) inter++;
  const shapeSim = inter / (ga.size + gb.size - inter || 1);
  const headingsEqual = a.headings.join('|') === b.headings.join('|') ? 1 : 0;
  const bulletsEqual = a.bullets.join('') === b.bullets.join('') ? 1 : 0;
  return Math.round((0.5 * headingsEqual + 0.35 * shapeSim + 0.15 * bulletsEqual) * 1000) / 1000;
}
