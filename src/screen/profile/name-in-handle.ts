// Whether an e-mail local part or a social handle is built from the person's own name (jsmith, smith.john87, kim-jongun).
import { nameTokens, skeleton } from '../watchlist/name-key.js';

/** Letters of a handle, or null when it carries too little to judge (short or mostly digits). */
function handleLetters(handle: string): string | null {
  const s = handle.toLowerCase().replace(/\+.*$/, '').replace(/[^a-z]/g, '');
  return s.length >= 4 ? s : null;
}

export type HandleVerdict = 'matches' | 'unrelated' | 'unknown';

export function handleMatchesName(handle: string, fullName: string): HandleVerdict {
  const letters = handleLetters(handle);
  const tokens = nameTokens(fullName).filter((t) => /^[a-z]+$/.test(t));
  if (!letters || tokens.length === 0) return 'unknown';
  const sk = skeleton(letters);
  for (const t of tokens) {
    if (t.length >= 3 && (letters.includes(t) || sk.includes(skeleton(t)))) return 'matches';
  }
  // Initials + family name (jsmith, smithj) or all initials with digits (jd1987) are common and innocent.
  const initials = tokens.map((t) => t[0]).join('');
  if (letters.startsWith(initials) || letters === [...initials].reverse().join('')) return 'matches';
  return 'unrelated';
}

/** The user name part of a LinkedIn / GitHub / GitLab profile URL. */
export function profileHandle(url: string | null): string | null {
  if (!url) return null;
  const m = /(?:linkedin\.com\/in|github\.com|gitlab\.com)\/([^/?#\s]+)/i.exec(url);
  return m?.[1] ?? null;
}
