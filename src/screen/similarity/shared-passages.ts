// Finds the passages two resumes share, with character offsets in each, for highlighting.
import { hashWord } from './shingles.js';

export interface WordSpan { word: string; start: number; end: number }
export interface SharedPassage {
  text: string;
  /** Character offsets [start, end) in document A and B. */
  a: [number, number];
  b: [number, number];
  words: number;
}

export function wordSpans(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    const start = m.index ?? 0;
    out.push({ word: m[0].toLowerCase(), start, end: start + m[0].length });
  }
  return out;
}

/** Maximal runs of ≥ minWords consecutive words that also occur consecutively in B (greedy, longest first). */
export function sharedPassages(textA: string, textB: string, minWords = 6, limit = 10): SharedPassage[] {
  const a = wordSpans(textA);
  const b = wordSpans(textB);
  const k = Math.max(2, Math.min(minWords, 4));
  const key = (s: WordSpan[], i: number) => {
    let h = 0;
    for (let x = 0; x < k; x++) h = Math.imul(h ^ hashWord(s[i + x]?.word ?? ''), 0x01000193) >>> 0;
    return h;
  };
  const inB = new Map<number, number[]>();
  for (let i = 0; i + k <= b.length; i++) {
    const h = key(b, i);
    const l = inB.get(h);
    if (l) l.push(i); else inB.set(h, [i]);
  }
  const out: SharedPassage[] = [];
  let i = 0;
  while (i + k <= a.length) {
    let best = 0;
    let bestJ = -1;
    for (const j of inB.get(key(a, i)) ?? []) {
      let n = 0;
      while (i + n < a.length && j + n < b.length && a[i + n]?.word === b[j + n]?.word) n++;
      if (n > best) { best = n; bestJ = j; }
    }
    if (best >= minWords && bestJ >= 0) {
      const sa = a[i] as WordSpan;
      const ea = a[i + best - 1] as WordSpan;
      const sb = b[bestJ] as WordSpan;
      const eb = b[bestJ + best - 1] as WordSpan;
      out.push({ text: textA.slice(sa.start, ea.end), a: [sa.start, ea.end], b: [sb.start, eb.end], words: best });
      i += best;
    } else i++;
  }
  return out.sort((x, y) => y.words - x.words).slice(0, limit);
}
