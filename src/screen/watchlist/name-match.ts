// Scores whether two personal names can be the same person across romanisations, orders and hyphenation.
import { looseSkeleton, nameTokens, sameSurnameGroup, skeleton, surnameGroups } from './name-key.js';

export type MatchStrength = 'exact' | 'strong' | 'medium' | 'weak';

export interface NameMatch {
  score: number;
  strength: MatchStrength;
  /** Human-readable steps that justify the match. */
  reasons: string[];
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = new Array<number>(n + 1).fill(0);
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur[j] = v;
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[n] ?? 0;
}

export function strengthOf(score: number): MatchStrength | null {
  if (score >= 0.97) return 'exact';
  if (score >= 0.9) return 'strong';
  if (score >= 0.8) return 'medium';
  if (score >= 0.7) return 'weak';
  return null;
}

interface Split { family: string; given: string; familyFirst: boolean }

function splits(tokens: string[]): Split[] {
  if (tokens.length < 2) return [];
  const first = tokens[0] ?? '';
  const last = tokens[tokens.length - 1] ?? '';
  return [
    { family: first, given: tokens.slice(1).join(''), familyFirst: true },
    { family: last, given: tokens.slice(0, -1).join(''), familyFirst: false },
  ];
}

function familyScore(a: string, b: string): [number, string] | null {
  if (a === b) return [1, `family name "${a}" equal`];
  if (sameSurnameGroup(a, b)) return [0.92, `family name ${a}≈${b} (known romanisations of one surname)`];
  if (skeleton(a) === skeleton(b)) return [0.9, `family name ${a}≈${b} (same sound skeleton "${skeleton(a)}")`];
  return null;
}

function givenScore(a: string, b: string): [number, string] | null {
  if (a === b) return [1, `given name "${a}" equal (spacing/hyphenation ignored)`];
  const sa = skeleton(a);
  const sb = skeleton(b);
  if (sa === sb) return [0.93, `given name ${a}≈${b} (same sound skeleton "${sa}")`];
  if (looseSkeleton(a) === looseSkeleton(b)) return [0.8, `given name ${a}≈${b} (differ only in o/u, ui/i vowel spellings)`];
  // One letter apart in a long given name: a likely typo or vowel variant (chol/chul), never a different syllable.
  if (Math.min(sa.length, sb.length) >= 6 && editDistance(sa, sb) === 1) return [0.78, `given name ${a}≈${b} (one letter apart)`];
  return null;
}

export function compareNames(a: string, b: string): NameMatch | null {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length === 0 || tb.length === 0) return null;
  if (ta.join(' ') === tb.join(' ')) return { score: 1, strength: 'exact', reasons: ['names equal after normalisation'] };
  if ([...ta].sort().join(' ') === [...tb].sort().join(' ')) return { score: 0.98, strength: 'exact', reasons: ['same name parts in a different order'] };
  let best: NameMatch | null = null;
  for (const sa of splits(ta)) {
    for (const sb of splits(tb)) {
      const f = familyScore(sa.family, sb.family);
      if (!f) continue;
      const g = givenScore(sa.given, sb.given);
      if (!g) continue;
      let score = 0.4 * f[0] + 0.6 * g[0];
      const reasons = [f[1], g[1]];
      if (sa.familyFirst !== sb.familyFirst) reasons.push('family-first vs given-first order');
      score = Math.round(score * 1000) / 1000;
      const strength = strengthOf(score);
      if (strength && (!best || score > best.score)) best = { score, strength, reasons };
    }
  }
  if (!best) best = partialMatch(ta, tb);
  return best;
}

/** A middle name or extra given name on one side: every part of the shorter name is in the longer one. */
function partialMatch(ta: string[], tb: string[]): NameMatch | null {
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (short.length < 2 || short.length === long.length) return null;
  const longSk = long.map(skeleton);
  const used = new Set<number>();
  for (const t of short) {
    const i = longSk.findIndex((s, k) => !used.has(k) && s === skeleton(t));
    if (i < 0) return null;
    used.add(i);
  }
  return { score: 0.8, strength: 'medium', reasons: [`all parts of "${short.join(' ')}" appear in "${long.join(' ')}" (extra name part)`] };
}

/**
 * Blocking keys: two names that compareNames() could match share at least one key between the listed side
 * (`role: 'index'`) and the screened side (`role: 'query'`). Keys cover the family-name group or skeleton with the
 * given-name skeleton, its loose form and its one-deletion variants; extra-name-part matches use token pairs keyed
 * by token count, so only a longer name is probed for a shorter one's parts.
 */
export function nameKeys(name: string, role: 'index' | 'query' = 'index'): string[] {
  const tokens = nameTokens(name);
  const keys = new Set<string>();
  if (tokens.length === 0) return [];
  keys.add(`x:${[...tokens].sort().join(' ')}`);
  for (const sp of splits(tokens)) {
    const fams = [`s:${skeleton(sp.family)}`, ...[...surnameGroups(sp.family)].map((g) => `g:${g}`)];
    const given = skeleton(sp.given);
    const givens = [given, `l:${looseSkeleton(sp.given)}`];
    if (given.length >= 5) for (let i = 0; i < given.length; i++) givens.push(`d:${given.slice(0, i)}${given.slice(i + 1)}`);
    if (given.length >= 6) givens.push(`d:${given}`);
    for (const f of fams) for (const g of givens) keys.add(`${f}|${g}`);
  }
  const sk = tokens.map(skeleton);
  const n = sk.length;
  const pair = (a: string, b: string) => [a, b].sort().join('|');
  const firstLast = pair(sk[0] ?? '', sk[n - 1] ?? '');
  const allPairs: string[] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) allPairs.push(pair(sk[i] ?? '', sk[j] ?? ''));
  if (role === 'index') {
    if (n >= 2) keys.add(`pf:${firstLast}#${n}`);
    for (const p of allPairs) keys.add(`pa:${p}#${n}`);
  } else {
    // This name shorter than the listed one: its first and last parts appear among the listed name's parts.
    if (n >= 2) for (let m = n + 1; m <= n + 3; m++) keys.add(`pa:${firstLast}#${m}`);
    // This name longer: the listed name's first and last parts appear among this one's.
    for (let m = 2; m < n; m++) for (const p of allPairs) keys.add(`pf:${p}#${m}`);
  }
  return [...keys];
}
