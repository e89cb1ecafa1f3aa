// Reduces name tokens to comparison keys that survive Korean, Chinese and Japanese romanisation variants.
import { romanizeToken, splitHangulName } from './romanize.js';

/** Family names with many romanisations (MR, RR, ISO, North and South Korean, Chinese, Japanese usage). */
const SURNAME_GROUPS: string[][] = [
  ['kim', 'gim', 'kym'],
  ['pak', 'park', 'bak', 'bahk', 'paik', 'baek', 'paek', 'back'],
  ['ri', 'lee', 'yi', 'rhee', 'rhie', 'li', 'i', 'yee', 'lie', 'rhi'],
  ['choe', 'choi', 'chwe', 'choy', 'choue', 'chey'],
  ['jong', 'jeong', 'chong', 'cheong', 'jung', 'chung', 'joung'],
  ['jon', 'jeon', 'chon', 'cheon', 'chun', 'jun'],
  ['kang', 'gang'],
  ['jo', 'cho', 'joe', 'chou'],
  ['yun', 'yoon', 'youn'],
  ['o', 'oh'],
  ['sin', 'shin', 'sheen'],
  ['jang', 'chang'],
  ['im', 'lim', 'rim', 'leem', 'yim'],
  ['ryu', 'yu', 'yoo', 'ryoo', 'rou', 'you', 'lyu'],
  ['kwon', 'gwon', 'kweon'],
  ['ko', 'go', 'koh'],
  ['mun', 'moon'],
  ['yang', 'ryang'],
  ['ro', 'no', 'roh', 'noh'],
  ['ryom', 'yeom', 'yom', 'youm'],
  ['hwang', 'whang'],
  ['han', 'hahn'],
  ['song', 'soung'],
  ['so', 'seo', 'suh', 'sur'],
  ['kye', 'gye'],
  ['ju', 'joo', 'chu'],
  ['cha', 'tsa'],
  ['ho', 'heo', 'hur', 'huh'],
  ['u', 'woo', 'wu'],
  ['wang', 'wong'],
  ['zhang', 'chang', 'cheung'],
  ['chen', 'chan', 'tan'],
  ['zhou', 'chow', 'chau'],
  ['huang', 'wong'],
  ['sato', 'satou', 'satoh'],
  ['ito', 'itou', 'itoh'],
  ['kato', 'katou', 'katoh'],
  ['saito', 'saitou', 'saitoh'],
];

const SURNAME_INDEX = new Map<string, Set<number>>();
SURNAME_GROUPS.forEach((g, i) => {
  for (const n of g) {
    const s = SURNAME_INDEX.get(n) ?? new Set<number>();
    s.add(i);
    SURNAME_INDEX.set(n, s);
  }
});

/** Groups a family name belongs to (a name like "chang" is in a Korean and a Chinese group). */
export function surnameGroups(token: string): Set<number> {
  return SURNAME_INDEX.get(token) ?? new Set();
}

export function sameSurnameGroup(a: string, b: string): boolean {
  const ga = surnameGroups(a);
  for (const g of surnameGroups(b)) if (ga.has(g)) return true;
  return false;
}

/** Lower-case, romanised, diacritics and apostrophes removed (McCune–Reischauer ŏ/ŭ and aspirates). */
export function plainToken(t: string): string {
  return romanizeToken(t.normalize('NFKC'))
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`ʼ.]/g, '');
}

/** Splits a full name into plain tokens; "KIM, Jong Un" → family-first order kept as written, comma dropped. */
export function nameTokens(name: string): string[] {
  const raw = name.normalize('NFKC').split(/[\s,·・\-‐_/]+/).filter(Boolean);
  const expanded = raw.flatMap((t) => splitHangulName(t));
  return expanded.map(plainToken).filter((t) => t.length > 0);
}

/**
 * Phonetic skeleton: collapses the spelling choices romanisation systems differ on
 * (eo/ŏ, eu/ŭ, oo/u, ch/j, k/g, t/d, p/b, r/l, sh/s, ou/oh/ō, doubled letters, Wade–Giles hs/ts, pinyin q/x/zh).
 */
export function skeleton(token: string): string {
  let s = token.toLowerCase().replace(/[^a-z\u3040-\u9fff\uac00-\ud7a3]/g, '');
  s = s
    .replace(/tsu/g, 'tu').replace(/shi/g, 'si').replace(/chi/g, 'ji').replace(/fu/g, 'hu')
    .replace(/zh/g, 'j').replace(/hs/g, 's').replace(/ts/g, 'z').replace(/q/g, 'j').replace(/x/g, 's')
    .replace(/eo/g, 'o').replace(/eu/g, 'u').replace(/oo/g, 'u').replace(/ou/g, 'o').replace(/uu/g, 'u').replace(/ee/g, 'i')
    .replace(/oh$/g, 'o').replace(/ah$/g, 'a')
    .replace(/ch/g, 'j').replace(/sh/g, 's').replace(/ph/g, 'f')
    .replace(/k/g, 'g').replace(/t/g, 'd').replace(/p/g, 'b').replace(/r/g, 'l')
    .replace(/y(?=[^aeiou]|$)/g, 'i')
    .replace(/([a-z])\1+/g, '$1');
  return s;
}

/** Looser skeleton for given names: also merges o/u and ui/i, which South Korean spellings swap (sung/song, hee/hui). */
export function looseSkeleton(token: string): string {
  return skeleton(token).replace(/ui/g, 'i').replace(/u/g, 'o').replace(/([a-z])\1+/g, '$1');
}
