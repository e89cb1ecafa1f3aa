// B2/H3 identity confusion inside one application: the same name spelled differently across records, and a mailbox
// built from the family name with someone else's given name ("michael.smith" for John Smith).
import { compareNames, editDistance, type NameMatch } from '../watchlist/name-match.js';
import { nameTokens, skeleton } from '../watchlist/name-key.js';

/** Two spellings of one person's name (Smith / Smithh, Jon / John): a match that is neither exact nor an extra name part. */
export function spellingVariant(a: string, b: string): NameMatch | null {
  const m = compareNames(a, b);
  if (m) return m.strength === 'exact' || m.reasons.some((r) => r.includes('extra name part')) ? null : m;
  return oneTypo(nameTokens(a), nameTokens(b));
}

/** Same parts in the same order but one part a letter off (Walsh / Walshh): a typo compareNames does not forgive. */
function oneTypo(ta: string[], tb: string[]): NameMatch | null {
  if (ta.length < 2 || ta.length !== tb.length) return null;
  const diff = ta.map((t, i) => [t, tb[i]!] as const).filter(([x, y]) => x !== y);
  if (diff.length !== 1) return null;
  const [x, y] = diff[0]!;
  if (Math.min(x.length, y.length) < 4 || editDistance(x, y) !== 1) return null;
  return { score: 0.85, strength: 'medium', reasons: [`"${x}" and "${y}" are one letter apart`] };
}

/** Fewer known given names than this and the vocabulary is too thin to call a mailbox word a name. */
const MIN_VOCABULARY = 20;

/**
 * Given names known from the organisation's own records (people and applicants, given-first and family-first
 * order alike): the vocabulary that lets "michael" in a mailbox be read as a name rather than a word like "dev".
 */
export function givenNameVocabulary(fullNames: Iterable<string>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const n of fullNames) {
    const t = nameTokens(n).filter((x) => /^[a-z]{3,}$/.test(x));
    if (t.length >= 2) out.add(t[0]!);
  }
  return out;
}

/** The other given name a mailbox is built from, or null (own name, initials, handles, or too little vocabulary). */
export function otherGivenNameInMailbox(local: string, fullName: string, vocabulary: ReadonlySet<string>): string | null {
  if (vocabulary.size < MIN_VOCABULARY) return null;
  const own = nameTokens(fullName).filter((t) => /^[a-z]+$/.test(t));
  if (own.length < 2) return null;
  let letters = local.toLowerCase().replace(/\+.*$/, '').replace(/[^a-z]+/g, ' ').trim();
  // The family name (any of the name's parts, order unknown) must be there: otherwise this is a handle, not a name.
  const present = own.filter((t) => t.length >= 3 && letters.includes(t));
  if (present.length === 0) return null;
  for (const t of present) letters = letters.replace(t, ' ');
  const ownSk = new Set(own.map(skeleton));
  for (const chunk of letters.split(/\s+/).filter((c) => c.length >= 3)) {
    if (ownSk.has(skeleton(chunk)) || own.some((t) => t.startsWith(chunk) || chunk.startsWith(t))) continue;
    if (vocabulary.has(chunk)) return chunk;
  }
  return null;
}
