// Japanese address forms: 丁目/番地/号 → hyphens, kanji and full-width numerals → ASCII, 〒 codes out.

const KANJI_DIGITS: Record<string, number> = { 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 二十三 → 23, 百五 → 105; only the small numbers addresses use. */
export function kanjiNumber(s: string): number | null {
  if (!/^[〇一二三四五六七八九十百]+$/u.test(s)) return null;
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === '百') { total += (current || 1) * 100; current = 0; }
    else if (ch === '十') { total += (current || 1) * 10; current = 0; }
    else current = current * 10 + (KANJI_DIGITS[ch] ?? 0);
  }
  return total + current;
}

const DASHES = /[‐‑‒–—―−ーｰ－]/g;

/**
 * "東京都渋谷区渋谷二丁目２１番１号 渋谷ヒカリエ11F" → "東京都渋谷区渋谷2-21-1 渋谷ヒカリエ11f".
 * Block numbers are what identify a Japanese address; building names are kept as written.
 */
export function normaliseJapaneseLine(line: string): string {
  let s = line.normalize('NFKC');
  s = s.replace(/〒\s*\d{3}\s*[-‐−ー]?\s*\d{4}/g, ' ');
  // A dash-like mark between digits is a separator (the long-vowel mark ー is often typed for it).
  s = s.replace(new RegExp(`(\\d)\\s*${DASHES.source}\\s*(?=\\d)`, 'g'), '$1-');
  s = s.replace(/[〇一二三四五六七八九十百]+(?=丁目|番地|番|号|の)/gu, (k) => String(kanjiNumber(k) ?? k));
  s = s.replace(/(\d+)\s*丁目\s*/g, '$1-').replace(/(\d+)\s*番地?\s*(?=\d)/g, '$1-').replace(/(\d+)\s*番地?/g, '$1')
    .replace(/(\d+)\s*号/g, '$1').replace(/(\d+)\s*の\s*(?=\d)/g, '$1-');
  s = s.replace(/-+/g, '-').replace(/-(?=\s|$)/g, '');
  return s.replace(/[\s、,　]+/g, ' ').trim().toLowerCase();
}

/**
 * Strip prefecture and municipality (given in their own fields or not), so "渋谷区渋谷2-21-1" and
 * "東京都渋谷区渋谷2-21-1" compare equal: the town, block numbers and building remain.
 */
export function stripJapaneseLocality(line: string, parts: readonly (string | null | undefined)[]): string {
  let s = line.replace(/^(東京都|北海道|(?:京都|大阪)府|[^\d\s]{2,3}県)/u, '').trim();
  for (const p of parts) {
    const n = p?.normalize('NFKC').trim().toLowerCase();
    if (n && s.startsWith(n)) s = s.slice(n.length).trim();
  }
  // Designated cities have wards (横浜市港北区): strip up to two municipality levels.
  for (let i = 0; i < 2; i++) s = s.replace(/^[^\d\s]{1,5}?[市区町村郡](?=[^\d\s])/u, '').trim();
  return s;
}
