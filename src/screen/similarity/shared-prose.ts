// H2: the same prose — a summary paragraph or a long sentence, word for word — or the same whole employment history in
// the resumes of differently named applicants. Near-duplicate and template checks compare whole documents; a pasted
// paragraph or work history inside otherwise different resumes (what one writer gives every persona) only shows part by part.
import type { Alert } from '../../model/alert.js';
import { makeAlert } from '../alerts/make-alert.js';
import { compareNames } from '../watchlist/name-match.js';

export interface ProseInput {
  docId: string; subjectId: string; name: string | null; text: string;
  /** The resume's experience section as parsed (resume facts), when known: compared as one whole. */
  experience?: string | null;
}

export interface SharedProseOptions {
  /** Words of shared prose two resumes need (sentences shared word for word, summed). */
  minWords: number;
  /** Shorter sentences ("Team player.") are common phrasing, not a passage. */
  minSentenceWords: number;
  /** A sentence in more than this share of resumes (and more than `commonFloor` of them) is boilerplate, not reuse. */
  maxShare: number;
  commonFloor: number;
}
export const DEFAULT_SHARED_PROSE: SharedProseOptions = { minWords: 25, minSentenceWords: 6, maxShare: 0.15, commonFloor: 10 };

const BULLET = /^\s*(?:[-–—•*·▪◦●►✓]|\d{1,2}[.)])\s+/u;
const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;

/**
 * Sentences of running prose, normalised to lower-case words. Lists (bullets), headings (short lines without a full
 * stop), contact lines and role/date lines (no full stop) are not prose: unrelated resumes share those by nature.
 * Lines wrapped by a PDF join back into their paragraph.
 */
export function proseSentences(text: string, minSentenceWords = DEFAULT_SHARED_PROSE.minSentenceWords): string[] {
  const blocks: string[] = [];
  let cur: string[] = [];
  const flush = () => { if (cur.length) blocks.push(cur.join(' ')); cur = []; };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const words = line.match(WORD)?.length ?? 0;
    const heading = words <= 3 && !/[.!?]$/.test(line);
    if (!line || BULLET.test(line) || heading || /[|@]|https?:\/\//.test(line)) { flush(); continue; }
    cur.push(line);
  }
  flush();
  const out: string[] = [];
  for (const b of blocks) {
    for (const s of b.split(/(?<=[.!?])\s+(?=[\p{Lu}"“(])/u)) {
      if (!/[.!?]["”)]?$/.test(s.trim())) continue;
      const words = (s.match(WORD) ?? []).map((w) => w.toLowerCase());
      if (words.length >= minSentenceWords) out.push(words.join(' '));
    }
  }
  return out;
}

const wordCount = (s: string) => s.split(' ').length;

/**
 * What two resumes are compared on: prose sentences, and the experience section as one unit — each job line and bullet
 * alone is common (two people at one employer, a stock achievement), the whole history word for word is one document.
 */
function units(d: ProseInput, minSentenceWords: number, minWords: number): string[] {
  const out = proseSentences(d.text, minSentenceWords);
  const history = (d.experience?.match(WORD) ?? []).map((w) => w.toLowerCase());
  if (history.length >= minWords) out.push(`experience: ${history.join(' ')}`);
  return [...new Set(out)];
}

/** `linked(a, b)`: subjects whose resumes another check already tied together (whole-document reuse): not reported twice. */
export function sharedProseAlerts(inputs: ProseInput[], options: Partial<SharedProseOptions> = {}, linked: (a: string, b: string) => boolean = () => false): Alert[] {
  const o = { ...DEFAULT_SHARED_PROSE, ...options };
  const sentences = inputs.map((d) => units(d, o.minSentenceWords, o.minWords));
  const holders = new Map<string, number[]>();
  sentences.forEach((list, i) => { for (const s of list) { const h = holders.get(s); if (h) h.push(i); else holders.set(s, [i]); } });
  const common = Math.max(o.commonFloor, Math.floor(inputs.length * o.maxShare));
  // shared[a]: other document b → [words of prose a and b share, the longest sentence they share]
  const shared = inputs.map(() => new Map<number, [number, string]>());
  for (const [s, docs] of holders) {
    if (docs.length < 2 || docs.length > common) continue;
    const n = wordCount(s) - (s.startsWith('experience: ') ? 1 : 0);
    for (const a of docs) for (const b of docs) {
      if (a === b || inputs[a]!.subjectId === inputs[b]!.subjectId) continue;
      const e = shared[a]!.get(b);
      shared[a]!.set(b, e ? [e[0] + n, n > wordCount(e[1]) ? s : e[1]] : [n, s]);
    }
  }
  const differentPeople = (a: ProseInput, b: ProseInput) => !a.name || !b.name || !compareNames(a.name, b.name);
  const bySubject = new Map<string, { others: Set<string>; words: number; passage: string }>();
  shared.forEach((m, a) => {
    for (const [b, [words, passage]] of m) {
      if (words < o.minWords || !differentPeople(inputs[a]!, inputs[b]!) || linked(inputs[a]!.subjectId, inputs[b]!.subjectId)) continue;
      const e = bySubject.get(inputs[a]!.subjectId) ?? { others: new Set<string>(), words: 0, passage: '' };
      e.others.add(inputs[b]!.subjectId);
      if (words > e.words) { e.words = words; e.passage = passage; }
      bySubject.set(inputs[a]!.subjectId, e);
    }
  });
  const out: Alert[] = [];
  for (const [subject, e] of [...bySubject].sort(([a], [b]) => a.localeCompare(b))) {
    const others = [...e.others].sort();
    const excerpt = e.passage.split(' ').slice(0, 12).join(' ');
    out.push(makeAlert({
      ruleId: 'screen.resume.shared-passage', subjectId: subject, dedupKey: others.join(','), severity: 'low', signals: ['H2'],
      en: `${e.words} words of the resume's prose appear word for word in the resume of ${others.length} differently named applicant${others.length === 1 ? '' : 's'} (${others.slice(0, 10).join(', ')}), e.g. "${excerpt}…": one pasted text, or one writer behind several applications.`,
      ja: `履歴書の文章のうち ${e.words} 語が、氏名の異なる他の応募者 ${others.length} 名（${others.slice(0, 10).join('、')}）の履歴書と一字一句同じです（例:「${excerpt}…」）。同じ文章の貼り付け、または一人の書き手による複数の応募の可能性があります。`,
      facts: { otherCandidates: others.slice(0, 20), sharedWords: e.words, excerpt, resumesScreened: inputs.length },
    }));
  }
  return out;
}
