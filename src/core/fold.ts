/**
 * Latin letters to their ASCII base letters: Unicode NFKD splits "ş", "ğ", "é", "Ḩ" into a base letter
 * and combining marks, which are dropped; a few Latin letters have no decomposition (Turkish dotless
 * "ı", Polish "ł", Danish "ø", "đ", Maltese "ħ", German "ß" ...) and are mapped to the letters they are
 * written with in ASCII. Without that map a fold that keeps [a-z] turns them into spaces
 * ("Diyarbakır" → "diyarbak r"). Hand-written: one table, every local name fold shares it.
 */

/** Latin letters that NFKD leaves whole, and their ASCII spelling. */
export const UNDECOMPOSED: Readonly<Record<string, string>> = {
  'ı': 'i', 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ħ': 'h', 'Ħ': 'H', 'ŧ': 't', 'Ŧ': 'T', 'ŀ': 'l', 'Ŀ': 'L',
  'ß': 'ss', 'ẞ': 'SS', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'þ': 'th', 'Þ': 'Th', 'ð': 'd', 'Ð': 'D', 'ƒ': 'f', 'ə': 'e', 'Ə': 'E',
};
const UNDECOMPOSED_RE = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'g');

/** Letters outside printable ASCII: only then is the full fold needed. */
const NON_ASCII = /[^\x20-\x7e]/;

/** The text with Latin diacritics dropped and undecomposed Latin letters spelt in ASCII; case and other characters kept ("Şanlıurfa" → "Sanliurfa", "İdlib" → "Idlib", "Straße" → "Strasse"). */
export function foldLatin(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(UNDECOMPOSED_RE, (c) => UNDECOMPOSED[c]!);
}
