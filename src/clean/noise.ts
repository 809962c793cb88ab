/**
 * Lines that are not article prose: photo captions with their credit line, photo keyword lines, and
 * site boilerplate. Patterns are general shapes of news-site furniture, not sentences of any one article.
 */

/** Boilerplate lines, whole-line patterns. */
export const BOILERPLATE: readonly RegExp[] = [
  // one sentence of furniture: prose run on after it on the same line is the article's, not the site's
  /^comments are (?:not available|closed|disabled)\b[^.!?\n]{0,80}[.!?]?$/i,
  /^send (?:questions|comments|questions\/comments|feedback)\b.*\bto (?:the )?editors?\.?$/i,
  /^(?:[A-Z][\w.'’-]*\s){0,4}(?:writers?|correspondents?|reporters?|journalists?|producers?)\b.{0,120}\bcontributed(?: to)?(?: this)? (?:report|reporting|story)\.?$/,
  /^.{0,80}\bcontributed (?:to )?(?:this )?(?:report|reporting)\.?$/i,
  /^\(?(?:reporting|additional reporting|writing|editing) by\b.{0,200}\)?$/i,
  /^(?:read more|related|see also|recommended|most read|more from)\s*[:|].{0,200}$/i,
  /^(?:follow|like) us on\b.{0,120}$/i,
  /^(?:sign up|subscribe)\b.{0,160}\b(?:newsletter|updates|inbox|subscription)\b.{0,80}$/i,
  /^(?:click here|tap here)\b.{0,160}$/i,
  /^(?:share|share this|share this article|print|email)\s*:?\s*$/i,
  /^(?:copyright|©)\s.{0,160}$/i,
  /^.{0,80}\ball rights reserved\.?$/i,
  /^(?:advertisement|sponsored content|story continues below(?: advertisement)?)\.?$/i,
  /^this (?:story|article) has been (?:updated|corrected)\b.{0,200}$/i,
  /^(?:the )?(?:views|opinions) expressed in this (?:article|piece)\b.{0,200}$/i,
];

export const isBoilerplate = (line: string): boolean => BOILERPLATE.some((re) => re.test(line.trim()));

/**
 * A photo credit closes the line: "NAME/AGENCY/Getty Images", "Specialist X Y/Task Force .../U.S. Army",
 * "(Photo by X/Reuters)", "Photo: X / AFP".
 */
const CREDIT_TAIL = /(?:^|[\s.)])(?:\(?photo(?:graph)?(?: by)?:?\s+)?[A-Z][\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,5}\s?\/\s?[A-Z][^/\n]{1,80}(?:\/[A-Z][^/\n]{1,80}){0,3}\)?$/u;
const CREDIT_WORDS = /\b(?:getty images|afp|reuters|associated press|ap photo|epa|anadolu|xinhua|shutterstock|u\.s\. army|u\.s\. air force|u\.s\. navy|u\.s\. marine|dvids|photo|courtesy)\b/i;

export function isCaption(line: string): boolean {
  const t = line.trim();
  if (!t || /[.!?"']$/.test(t)) return false;
  if (/^\(?(?:photo|file photo|image|picture)(?: by)?\s*:/i.test(t)) return true;
  return CREDIT_TAIL.test(t) && (CREDIT_WORDS.test(t.slice(Math.max(0, t.lastIndexOf('/') - 120))) || (t.match(/\//g) ?? []).length >= 2);
}

const CAPTION_CUE = /\b(?:photos?|photograph(?:s|ed)?|images?|pictures?|pictured|footage|cctv|video still|file photo|poses?|posing|\((?:left|right|centre|center|top|bottom)\))\b/i;
const SENTENCE_END = /[.!?]["')\]]?\s+(?=["'(\[]?[A-Z0-9])/g;

/**
 * Where the non-prose tail of a caption line starts. A line that ends with a photo credit is a caption,
 * unless prose runs before it (pasted text can put a whole paragraph before "... Photograph: X/EPA"):
 * then only the credit goes, with the sentence before it when that sentence reads as a caption ("Police
 * issued this photo from CCTV showing ..."). Returns 0 when the whole line is a caption.
 */
export function captionStart(line: string): number {
  const m = CREDIT_TAIL.exec(line);
  if (!m) return 0;
  let credit = m.index;
  // a credit starts a sentence: "... and Russian allies. Specialist X/Task Force/U.S. Army" credits "Specialist X"
  const inside = line.slice(credit, line.indexOf('/', credit));
  const stop = inside.lastIndexOf('. ');
  if (stop >= 0) credit += stop + 2;
  while (credit < line.length && /[\s.)]/.test(line[credit]!) && !/^\(?photo/i.test(line.slice(credit))) credit++;
  // the credit's label: "Photograph: ", "Photo by ", "Picture: "
  const label = /(?:\(?(?:photo(?:graph)?|picture|image)(?: by)?:?\s*)$/i.exec(line.slice(0, credit));
  if (label) credit = label.index;
  const prose = line.slice(0, credit);
  if (prose.trim().length < 300) return 0;
  let last = 0, sentences = 1;
  for (let e = SENTENCE_END.exec(prose); e; e = SENTENCE_END.exec(prose)) if (e.index + e[0].length < prose.trimEnd().length) { last = e.index + e[0].length; sentences++; }
  SENTENCE_END.lastIndex = 0;
  // captions run to two or three sentences; a paragraph of prose has more
  if (sentences < 4) return 0;
  return CAPTION_CUE.test(prose.slice(last)) ? last : credit;
}

/** A photo keyword line: a comma-separated list of short capitalised or lower-case terms, no verbs, no full stop. */
export function isKeywordLine(line: string): boolean {
  const t = line.trim();
  if (!t || /[.!?:;"]$/.test(t)) return false;
  const items = t.split(/\s*,\s*/);
  if (items.length < 3) return false;
  return items.every((it) => it.length > 0 && it.length <= 30 && it.split(/\s+/).length <= 3 && !/\b(?:is|are|was|were|has|have|had|said|says|the)\b/i.test(it));
}
