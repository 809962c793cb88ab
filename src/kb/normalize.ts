/**
 * Name normaliser for lookups and alias matching, tuned for Arabic and Persian names written in
 * English news: folds case and diacritics, drops apostrophes and ayn/hamza marks, drops the article
 * (al-/el-/Al-/ad-/ar-/as-/ash-/az-/ez-) and unifies common transliteration variants word by word
 * (Kataeb/Kata'ib → kataib, Hizballah → hezbollah, Mohammad → mohammed, Qasem → qassem, Ezzor → zor).
 * No library does this: generic fuzzy matchers confuse Iraq/Iran and Hamas/Hama (ts-libs.md §7).
 *
 * Two keys come out of a name:
 * - `nameKey`: the normalised words joined by single spaces ("kataib hezbollah");
 * - `compactKey`: the same without spaces ("kataibhezbollah"), which also equates
 *   "Amir-Abdollahian"/"Amirabdollahian" and "airbase"/"air base".
 */

/** Arabic definite-article forms written as a separate word or with a hyphen. */
const ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'az', 'ez', 'es', 'ed', 'an', 'at', 'adh', 'dh', 'il']);

/** Word-level transliteration variants → one spelling (applied after folding). */
const VARIANTS: Record<string, string> = {
  kataeb: 'kataib', katib: 'kataib', kataib: 'kataib', katayib: 'kataib', katab: 'kataib',
  hizballah: 'hezbollah', hizbullah: 'hezbollah', hizbollah: 'hezbollah', hezbullah: 'hezbollah', hisbollah: 'hezbollah', hizbolla: 'hezbollah',
  mohammad: 'mohammed', muhammad: 'mohammed', mohamed: 'mohammed', muhammed: 'mohammed', mohamad: 'mohammed', mohammed: 'mohammed', mehmet: 'mohammed', mohamud: 'mohammed',
  qasem: 'qassem', qassim: 'qassem', qasim: 'qassem', ghasem: 'qassem', kassem: 'qassem', qassem: 'qassem',
  soleimani: 'soleimani', suleimani: 'soleimani', sulaimani: 'soleimani', solaimani: 'soleimani',
  ezzor: 'zor', zour: 'zor', zawr: 'zor', zor: 'zor', ezzour: 'zor',
  hashed: 'hashd', hashd: 'hashd', shaabi: 'shaabi', shabi: 'shaabi',
  mobilisation: 'mobilization', organisation: 'organization', defence: 'defense', centre: 'center',
  hussain: 'hussein', husain: 'hussein', hossein: 'hossein', husayn: 'hussein',
  fuad: 'fouad', esmail: 'esmail', ismail: 'esmail', qaani: 'qaani', ghaani: 'qaani',
  sadr: 'sadr', moqtada: 'muqtada',
  asaeb: 'asaib', asaib: 'asaib', nujaba: 'nujaba', nujabaa: 'nujaba',
  shuhadaa: 'shuhada', shohada: 'shuhada',
  awfiya: 'awfia', awfia: 'awfia',
  assad: 'assad', asad: 'asad',
  daesh: 'daesh', daish: 'daesh',
  houthi: 'houthi', huthi: 'houthi', houthis: 'houthis', huthis: 'houthis',
  iraqi: 'iraqi', baqubah: 'baquba', baquba: 'baquba', baqouba: 'baquba',
  arbil: 'erbil', irbil: 'erbil', hewler: 'erbil',
  ninawa: 'nineveh', ninewa: 'nineveh', nineveh: 'nineveh',
  salahuddin: 'saladin', salahaddin: 'saladin', salaheddin: 'saladin',
  deir: 'deir', dayr: 'deir', dair: 'deir',
  ain: 'ain', ayn: 'ain', ein: 'ain',
  tal: 'tal', tall: 'tal', tel: 'tal', tell: 'tal',
  abdollahian: 'abdollahian', abdullahian: 'abdollahian',
  airbase: 'air base',
};

const APOSTROPHES = /['’‘`´ʿʾʼ]/g;

/** Printable ASCII other than the apostrophe and backtick: NFKD, the mark removal and the apostrophe removal leave it as it is. */
const NEEDS_FULL_FOLD = /[^\x20-\x26\x28-\x5f\x61-\x7e]/;

/** Latin letters that NFKD does not decompose into a base letter and a mark (Turkish dotless ı, Polish ł ...). */
const UNDECOMPOSED: Record<string, string> = { 'ı': 'i', 'İ': 'i', 'ł': 'l', 'Ł': 'l', 'ø': 'o', 'Ø': 'o', 'đ': 'd', 'Đ': 'd', 'ħ': 'h', 'Ħ': 'h', 'ß': 'ss', 'æ': 'ae', 'Æ': 'ae', 'œ': 'oe', 'Œ': 'oe', 'þ': 'th', 'Þ': 'th', 'ð': 'd', 'Ð': 'd' };
const UNDECOMPOSED_RE = /[ıİłŁøØđĐħĦßæÆœŒþÞðÐ]/g;

/** Folds case, diacritics and apostrophes: "Dayr az-Zawr" → "dayr az-zawr", "Şanlıurfa" → "sanliurfa". */
export function fold(s: string): string {
  if (!NEEDS_FULL_FOLD.test(s)) return s.toLowerCase();
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(UNDECOMPOSED_RE, (c) => UNDECOMPOSED[c]!).replace(APOSTROPHES, '').toLowerCase();
}

/**
 * A possessive clitic at the end of a name ("Hall's", "Hall’s"; also the tokenizer's separate "'s"). The
 * fold drops apostrophes, so with it the clitic joins the name ("Hall's" → "halls", the town of Halls):
 * KB lookups take the name without it, and keep it only for a name the KB itself writes with it
 * ("St. George's"), see `writtenWithClitic`.
 */
export const POSSESSIVE_CLITIC = /['’]s$/i;
/** The name without a final possessive clitic ("Hall's" → "Hall"); other names as they are. */
export const withoutClitic = (s: string): string => (s.length > 2 && POSSESSIVE_CLITIC.test(s) ? s.slice(0, -2) : s);
/** Whether one of `names` is written with a final possessive clitic and has compactKey `key` ("St. George's"). */
export const writtenWithClitic = (names: readonly string[], key: string): boolean => names.some((a) => POSSESSIVE_CLITIC.test(a) && compactKey(a) === key);

/** Normalised words of a name, with articles dropped and variants unified. */
export function nameWords(s: string): string[] {
  const words = fold(s).replace(/&/g, ' and ').split(/[^a-z0-9]+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let w = words[i]!;
    // an article is dropped when a word follows it ("al asad" → "asad"), and glued forms are split ("alsudani")
    if (ARTICLES.has(w) && i < words.length - 1) continue;
    if (w.length > 5 && (w.startsWith('al') || w.startsWith('el')) && /^(al|el)(?=[bcdfghjklmnpqrstvwxyz])/.test(w) && !KEEP_AL.has(w)) w = w.slice(2);
    const v = Object.hasOwn(VARIANTS, w) ? VARIANTS[w] : undefined; // not "constructor" from the prototype
    if (v) out.push(...v.split(' '));
    else out.push(w);
  }
  return out;
}

/** Words that start with "al"/"el" but are not the article. */
const KEEP_AL = new Set(['albania', 'alberta', 'albert', 'alexander', 'alexandria', 'algeria', 'algiers', 'alliance', 'allied', 'allies', 'almaty', 'alpha', 'already', 'alternative', 'elbil', 'election', 'electric', 'elders', 'elkhart', 'elmira', 'alfred', 'allen', 'allison', 'elliot', 'elliott', 'ellen', 'elizabeth', 'almond', 'altun', 'alwiya', 'elgin']);

const tokenMemo = new Map<string, string>();
/**
 * Compact key of one token, memoised (token texts repeat): "" for punctuation, "\u0000al" for an
 * article word (dropped inside a longer name, kept when alone). Concatenating the keys of a token run
 * gives compactKey of the run, up to articles at its end.
 */
export function tokenKey(text: string): string {
  let k = tokenMemo.get(text);
  if (k !== undefined) return k;
  const w = fold(text).split(/[^a-z0-9]+/).filter(Boolean);
  k = w.length === 1 && ARTICLES.has(w[0]!) ? '\u0000' + w[0] : compactKey(text);
  if (tokenMemo.size > 200000) tokenMemo.clear();
  tokenMemo.set(text, k);
  return k;
}

/** "Kata'ib Hizballah" → "kataib hezbollah". */
export const nameKey = (s: string): string => nameWords(s).join(' ');

const compactMemo = new Map<string, string>();
/**
 * "Amir-Abdollahian" → "amirabdollahian"; "Ain al-Asad airbase" → "ainasadairbase". Memoised: the
 * entity stage keys the same token runs and names many times per article.
 */
export function compactKey(s: string): string {
  let k = compactMemo.get(s);
  if (k !== undefined) return k;
  k = nameWords(s).join('');
  if (compactMemo.size > 200000) compactMemo.clear();
  compactMemo.set(s, k);
  return k;
}

/**
 * Version of the keys below: the generated gazetteer index (kb/gazetteer-names.tsv.gz) records it, and
 * the loader refuses an index built with other keys. Bump it with any change to the folding here.
 */
export const KEY_VERSION = 2;

/**
 * A looser key for place names, a fold of Arabic, Persian and Kurdish transliteration (which writes
 * three vowels and a few consonants many ways): doubled letters collapse; o/ou/oo → u, ee → i, e → a;
 * a diphthong ay/ey/ei before a consonant → ai; q → k (qaf is written k, q, g); dh → d (dhal); iy → i;
 * a final h after a vowel goes (ta marbuta: "Tarmiyah" = "Tarmiya" = "Aţ Ţārmīyah").
 */
export function looseKey(s: string): string {
  return compactKey(s)
    .replace(/dh/g, 'd').replace(/q/g, 'k')
    .replace(/ou|oo/g, 'u').replace(/ee/g, 'i').replace(/([ae])[iy](?![aeiou])/g, 'ai')
    .replace(/e/g, 'a').replace(/o/g, 'u')
    .replace(/([a-z])\1+/g, '$1').replace(/iy/g, 'i').replace(/([aiu])h$/, '$1');
}

/** Consonant skeleton for transliteration-tolerant comparison of place names ("Ţūz Khūrmātū" ~ "Tuz Khormato"). */
export function skeleton(s: string): string {
  return compactKey(s).replace(/[aeiouyw]/g, '').replace(/([a-z])\1+/g, '$1');
}

/** True when a surface form is an acronym ("IRGC", "U.S.", "PMF"): matched case-sensitively. */
export function isAcronym(s: string): boolean {
  const t = s.replace(/[.\s-]/g, '');
  return t.length >= 2 && t.length <= 6 && /^[A-Z][A-Z0-9]*$/.test(t) || /^([A-Z]\.){2,}$/.test(s);
}

/** URL-safe slug for ids: "Mohammed Shia al-Sudani" → "mohammed-shia-al-sudani". */
export function slug(s: string): string {
  return fold(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
