// Romanises Hangul (Revised Romanization) and kana (Hepburn) so native-script names compare with Latin ones.

const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const MEDIALS = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const FINALS = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];

export function isHangulSyllable(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return c >= 0xac00 && c <= 0xd7a3;
}

/** One Hangul syllable → RR romanisation (no sound-change rules across syllables: names are read syllable by syllable). */
export function romanizeHangulSyllable(ch: string): string {
  const c = (ch.codePointAt(0) ?? 0) - 0xac00;
  if (c < 0 || c > 11171) return ch;
  const i = Math.floor(c / 588);
  const m = Math.floor((c % 588) / 28);
  const f = c % 28;
  // Initial ㄹ at the start of a syllable is written r; as a final it is l (FINALS).
  return `${INITIALS[i] ?? ''}${MEDIALS[m] ?? ''}${FINALS[f] ?? ''}`;
}

const KANA: Record<string, string> = {
  あ: 'a', い: 'i', う: 'u', え: 'e', お: 'o', か: 'ka', き: 'ki', く: 'ku', け: 'ke', こ: 'ko', が: 'ga', ぎ: 'gi', ぐ: 'gu', げ: 'ge', ご: 'go',
  さ: 'sa', し: 'shi', す: 'su', せ: 'se', そ: 'so', ざ: 'za', じ: 'ji', ず: 'zu', ぜ: 'ze', ぞ: 'zo', た: 'ta', ち: 'chi', つ: 'tsu', て: 'te', と: 'to',
  だ: 'da', ぢ: 'ji', づ: 'zu', で: 'de', ど: 'do', な: 'na', に: 'ni', ぬ: 'nu', ね: 'ne', の: 'no', は: 'ha', ひ: 'hi', ふ: 'fu', へ: 'he', ほ: 'ho',
  ば: 'ba', び: 'bi', ぶ: 'bu', べ: 'be', ぼ: 'bo', ぱ: 'pa', ぴ: 'pi', ぷ: 'pu', ぺ: 'pe', ぽ: 'po', ま: 'ma', み: 'mi', む: 'mu', め: 'me', も: 'mo',
  や: 'ya', ゆ: 'yu', よ: 'yo', ら: 'ra', り: 'ri', る: 'ru', れ: 're', ろ: 'ro', わ: 'wa', を: 'o', ん: 'n', ゔ: 'vu',
};
const SMALL_Y: Record<string, string> = { ゃ: 'a', ゅ: 'u', ょ: 'o' };

/** Katakana → hiragana by code-point offset, so one table serves both. */
function toHiragana(s: string): string {
  return s.replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
}

export function romanizeKana(input: string): string {
  const s = toHiragana(input);
  let out = '';
  let double = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] ?? '';
    if (ch === 'っ') { double = true; continue; }
    if (ch === 'ー') continue; // long-vowel mark: romanisations commonly drop it
    let syl = KANA[ch];
    if (syl === undefined) { out += ch; double = false; continue; }
    const next = s[i + 1] ?? '';
    const y = SMALL_Y[next];
    if (y && syl.endsWith('i')) {
      // きゃ → kya, しゃ → sha, ちゃ → cha, じゃ → ja
      syl = /^(sh|ch|j)i$/.test(syl) ? syl.slice(0, -1) + y : syl.slice(0, -1) + 'y' + y;
      i++;
    }
    if (double) { out += syl.startsWith('ch') ? 't' : syl[0]; double = false; }
    out += syl;
  }
  return out;
}

const HAS_HANGUL = /[\uac00-\ud7a3]/;
const HAS_KANA = /[\u3041-\u30ff]/;

/**
 * Latin form of a name token. Hangul and kana are romanised; Han characters (kanji/hanzi) are kept as
 * they are, because their reading cannot be known without a name dictionary.
 */
export function romanizeToken(token: string): string {
  if (HAS_HANGUL.test(token)) return [...token].map((c) => (isHangulSyllable(c) ? romanizeHangulSyllable(c) : c)).join('');
  if (HAS_KANA.test(token)) return romanizeKana(token);
  return token;
}

/** Korean names in Hangul are written without a space: first syllable = family name (two-syllable family names excepted). */
const TWO_SYLLABLE_FAMILY = new Set(['남궁', '황보', '제갈', '선우', '독고', '사공', '서문']);
export function splitHangulName(token: string): string[] {
  const syl = [...token];
  if (syl.length < 2 || syl.length > 5 || !syl.every(isHangulSyllable)) return [token];
  const famLen = syl.length >= 3 && TWO_SYLLABLE_FAMILY.has(syl.slice(0, 2).join('')) ? 2 : 1;
  return [syl.slice(0, famLen).join(''), syl.slice(famLen).join('')];
}
