// Compares personal names tolerantly (order, case, diacritics, middle names, initials) for payee and ship-to checks.

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'jr', 'sr', 'ii', 'iii', 'iv', 'san', 'sama']);

/** Lower-case ASCII-folded tokens; CJK names without spaces stay one token. */
export function nameTokens(name: string | null | undefined): string[] {
  if (!name) return [];
  const folded = name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').replace(/[øØ]/g, 'o').replace(/[łŁ]/g, 'l')
    .toLowerCase()
    // German transliteration (Jürgen = Juergen = Jurgen) folded the same way on both sides.
    .replace(/([aou])e/g, '$1');
  return folded.split(/[\s,.'’\-_/()]+/u).filter((t) => t.length > 0 && !HONORIFICS.has(t));
}

/** "c/o", "attn", "care of": the parcel is addressed to someone receiving for another. */
export function isCareOf(name: string | null | undefined): boolean {
  return !!name && /\b(c\/o|c\.o\.|care of|attn:?|attention)\b|気付|様方/i.test(name);
}

function initialMatch(a: string, b: string): boolean {
  return (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/**
 * Same person's name? Order-insensitive; the shorter name's tokens must all appear in the longer one
 * (middle names may be missing), a single letter matching an initial. Needs at least two tokens matched
 * unless both names are a single token.
 */
export function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length === 0 || tb.length === 0) return false;
  if (ta.join('') === tb.join('') || [...ta].sort().join('') === [...tb].sort().join('')) return true;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  const pool = [...long];
  let full = 0;
  for (const t of short) {
    let i = pool.indexOf(t);
    if (i >= 0) full++;
    else i = pool.findIndex((p) => initialMatch(t, p));
    if (i < 0) return false;
    pool.splice(i, 1);
  }
  return short.length === 1 ? long.length === 1 : full >= 1 && short.length >= 2;
}

/**
 * Could the two share a family name? Last tokens equal, or one's last is the other's first (family-name-first
 * order). First names alone never count: two unrelated Johns are still unrelated.
 */
export function shareSurname(a: string | null | undefined, b: string | null | undefined): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length < 2 || tb.length < 2) return false;
  const [fa, la, fb, lb] = [ta[0], ta[ta.length - 1], tb[0], tb[tb.length - 1]];
  return la === lb || la === fb || fa === lb;
}
