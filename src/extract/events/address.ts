/**
 * Where an event happens, given the place the grammar picked: address chains, containment, spans
 * between two towns, and the article's earlier sentences. Hand-written rules:
 * - Address chains name one place by its town, district, province and country ("in Amuda, Al Hasakah,
 *   Syria", "in Bayta (Nablus, West Bank)", "Zur Maghar town in Aleppo countryside"). A pick of a larger
 *   element is moved back to the first element ("Syria" → "Amuda"); the event takes the most specific
 *   element that lies inside the larger ones, so a head the gazetteer does not know takes the point of
 *   the nearest enclosing element that it does know, marked approximate. A list ("Baghdad, Basra and
 *   Mosul") is no address.
 * - A head resolved to a same-named place in another country, or far outside the unit the chain names
 *   ("Yenisehir town, Diyarbakir" read as the Yenişehir near Bursa), loses to that unit: the event keeps
 *   the name as written and takes the unit's point, approximate (see `liesIn` for the distances).
 * - "between A and B" with two located towns is placed at their midpoint, approximate.
 * - An act whose sentences name no place takes the place named in its own sentences or the two before
 *   them (`articlePlace`); a nationality word ("Iraqi", "Turkish forces", "Palestinians") is never a place.
 */
import type { Doc } from '../../core/model/doc.js';
import type { Geo, Mention } from '../../core/model/entity.js';
import type { PlaceRef } from '../../core/model/event.js';
import type { OffsetSegment } from '../../core/model/article.js';
import type { Range } from '../../core/span.js';
import type { PlaceCand } from './actors.js';
import { PLACE_PART_NOUNS } from '../../nlp/entities/enclosing.js';
import { km } from '../../core/distance.js';
import { toGeo } from '../../nlp/entities/geocode.js';
import { datelinePlace, localForceTown } from '../../nlp/entities/place-drafts.js';
import { compactKey, type KnowledgeBase } from '../../kb/index.js';

/** An address-chain link back to a smaller place: a comma after it, with or without its part noun ("Amuda, Al Hasakah"). */
const LINK = new RegExp(`^\\s*(?:[a-z]+\\s+)?(?:(?:${PLACE_PART_NOUNS})\\s*)?,\\s*$`);
/** district names the gazetteer does not know between two elements: "X (Hayran, Hajjah)", "X (Khabb wa Ash Shaaf, Al Jawf)" */
const UNKNOWN_LINKS = `(?:[A-Z][\\w'’-]*(?:\\s+(?:[A-Z][\\w'’-]*|wa|al|el|ad|ar|as|ash|an|at|e))*\\s*,\\s*){0,2}`;
/**
 * A link forward to the larger place that holds the one before: ", Y", " (Y, Z)", " town in Y",
 * " district of Y", " neighborhood, Y"; also after a parenthesised other name of the place ("Gosine
 * (Goshina) region of Erbil province": the bracket closes, the address goes on), and before an Arabic
 * article the name was read without ("neighborhood of As Samawah city": the mention is "Samawah city").
 */
const AFTER = new RegExp(`^\\)?\\s*(?:(?:[a-z]+\\s+)?(?:${PLACE_PART_NOUNS})s?\\b)?\\s*(?:,|\\(|\\bin\\b|\\bof\\b)\\s*(?:the\\s+)?(?:(?:city|town|province|governorate|district|countryside)\\s+of\\s+)?${UNKNOWN_LINKS}(?:(?:Al|El|As|Ad|Ar|Ash|An|At|Az)\\s+)?$`);
const RANK: Record<string, number> = { site: 0, town: 1, admin2: 2, admin1: 3, region: 4, country: 5 };
const rank = (g: Geo | null | undefined): number => (g ? RANK[g.precision] ?? 5 : 6);
const isPlace = (m: Mention): boolean => m.type === 'location' || m.type === 'facility';

/** A nationality written as a word for people or a modifier ("Iraqi", "Turkish forces", "Palestinians"), not a place. */
export function isDemonym(doc: Doc, m: Mention): boolean {
  if (!m.geo || (m.geo.precision !== 'country' && m.geo.precision !== 'region')) return false;
  const t = m.text.toLowerCase();
  if (t === m.name.toLowerCase()) return false;
  if (/(ians?|icans?|ish|ese|is|i)$/.test(t)) return true;
  // a country word modifying a noun ("the Iraq army", "Turkmen Roundabout") is no place of its own
  const next = doc.tokens.find((t) => t.start >= m.end);
  return !!next && next.start - m.end <= 1 && (next.pos === 'NOUN' || next.pos === 'PROPN');
}

/** Is text [from, to) a forward address link? Also with common nouns naming the smaller place ("X park in Y", "X border exit, Y"). */
/**
 * A name that goes on past the mention with a lower-case particle and a capitalised word ("Calle" of
 * "Calle del Correo, Madrid", "Puerto" of "Puerto de la Cruz"): the rest of the one name, no link of its own.
 */
const NAME_GOES_ON = /^\s+(?:(?:del|de|la|las|los|di|da|do|dos|das|du|des|della|von|van|der|y)\s+)+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*/;

function linksForward(doc: Doc, from: number, to: number): boolean {
  let gap = doc.article.text.slice(from, to);
  const rest = NAME_GOES_ON.exec(gap);
  if (rest) gap = gap.slice(rest[0].length);
  if (AFTER.test(gap)) return true;
  const m = /^(\s*(?:[a-z]+\s+){0,1}[a-z]+)\s*(?:,|\(|\bin\b)\s*(?:the\s+)?$/.exec(gap);
  if (!m) return false;
  const words = doc.tokens.filter((t) => t.start >= from && t.end <= from + m[1]!.length);
  return words.length > 0 && words.every((t) => t.pos === 'NOUN');
}

/**
 * The larger places written after `end` in the same sentence, nearest first ("X, Y district, Z province",
 * "X (Y, Z)"). A run that ends in "and"/"or" is a list of places, not an address: none.
 */
export function chainAfter(doc: Doc, end: number, sentence: number): Mention[] {
  const text = doc.article.text;
  const out: Mention[] = [];
  let at = end;
  for (let hops = 0; hops < 4; hops++) {
    const next = doc.mentions.filter((m) => m.sentence === sentence && m.start >= at && m.start <= at + 60 && m.type !== 'organization').sort((a, b) => a.start - b.start)[0];
    // a nationality word is no element of an address ("near Erbil, the Turkish defence ministry said")
    if (!next || isDemonym(doc, next) || !linksForward(doc, at, next.start)) break;
    out.push(next);
    at = next.end;
  }
  if (out.length && !text.slice(end, out[0]!.start).includes('(') && /^\s*,?\s*(?:and|or)\b/.test(text.slice(at, at + 8))) return [];
  return out.filter(isPlace);
}

/**
 * Can a place with point `x` lie inside (or at) the enclosing place `y` an address names? Provinces the
 * knowledge base lacks resolve to same-named towns ("Rasht city (Gilan)", "Kahnuj city (Kerman)") and a
 * town may stand for its province ("Amuda, Al Hasakah"), so a town rules out only places more than 500 km
 * away ("Yenisehir town, Diyarbakir" read as the Yenişehir near Bursa), or 60 km when the address gives
 * the town's own province after it (`town`: "Abbasiya, Samarra, Saladin"); a province or district
 * rules out places more than 250 km away (gazetteers and news disagree on boundaries) unless the gazetteer puts the place in that province; another country rules
 * a place out, unless the unit is a contested one a few km off ("Al Quds" in GeoNames' Israel, ACLED's
 * "West Bank"). A region ("Kurdistan") spans countries and rules nothing out.
 */
export function liesIn(x: Geo, y: Geo, town = false): boolean {
  if (y.precision === 'region') return true;
  const d = km(x, y);
  if (x.country && y.country && x.country !== y.country) return y.precision !== 'town' && y.precision !== 'site' && d < 40;
  if (y.precision === 'country') return true;
  // a place the gazetteer puts in the province the address names lies in it, however large the province
  // ("Kahnuj city (Kerman)": 266 km from Kerman's seat, inside Kerman Province)
  if (y.precision === 'admin1' && x.admin1 && y.admin1 && x.admin1 === y.admin1 && x.country === y.country) return true;
  if (y.precision === 'admin1' || y.precision === 'admin2') return d <= 250;
  return d <= (town ? 60 : 500);
}

/** "X town in Y", "X village of Y": a place word, then "in"/"of" (the words a part of a district's seat is written with) */
const PART_IN = /\s(?:village|town|city|area|neighbou?rhood|quarter)\s+(?:in|of)\s+(?:the\s+)?$/i;
/** how far such a town may lie from the town whose district it is in (a district spans about 40 km) */
const PART_IN_KM = 40;

/** The first element of the address chain that `p` belongs to ("Amuda" for a pick of "Syria" in "Amuda, Al Hasakah, Syria"). */
function chainStart(doc: Doc, p: PlaceCand): PlaceCand {
  const text = doc.article.text;
  let at: Mention | null = null;
  let start = p.at.start;
  for (let hops = 0; hops < 4; hops++) {
    const prev = doc.mentions.filter((m) => m.end <= start && m.end >= start - 60 && m.type !== 'organization').sort((a, b) => b.end - a.end)[0];
    // "X, Y" for any name; "X town in Y", "X (Y" only when X is a finer place inside Y ("the Hospital of Azaz
    // city in Aleppo governorate", not "a man from rural Damascus in Al Bab")
    // (a town written as a town of another, "Khana Sor town in Sinjar", "Al-Bukamal city in Deir ez Zor", is
    // finer too: a town of that town's district, or of the province named by its seat)
    const finer = (m: Mention) => isPlace(m) && (!m.geo || !p.geo || rank(m.geo) < rank(p.geo) && liesIn(m.geo, p.geo)
      || (m.geo.precision === 'town' && p.geo.precision === 'town' && PART_IN.test(text.slice(Math.max(0, m.end - 14), start))
        && (km(m.geo, p.geo) <= PART_IN_KM || (!!m.geo.admin1 && m.geo.admin1 === p.geo.admin1 && compactKey(m.geo.admin1).startsWith(compactKey(p.name))))));
    if (!prev || !(LINK.test(text.slice(prev.end, start)) || finer(prev) && linksForward(doc, prev.end, start))) break;
    at = prev;
    start = prev.start;
  }
  if (!at) return p;
  return { ...p, name: at.name, entity: at.key, geo: at.geo ?? null, at: { start: at.start, end: at.end } };
}

/** The name as written, without its part noun ("Harbal" for "Harbal town"). */
function written(doc: Doc, p: PlaceCand): string {
  const rest = NAME_GOES_ON.exec(doc.article.text.slice(p.at.end, p.at.end + 40));
  const t = doc.article.text.slice(p.at.start, p.at.end) + (rest ? rest[0] : '');
  return t.replace(new RegExp(`\\s+(?:${PLACE_PART_NOUNS}|countryside)$`, 'i'), '') || t;
}

/** "between A and B": the midpoint of two located towns or sites less than 100 km apart. */
function between(doc: Doc, p: PlaceCand, sentence: number): PlaceCand | null {
  const text = doc.article.text;
  if (!p.geo || rank(p.geo) > RANK.admin2!) return null;
  const BETWEEN = /\bbetween\s+(?:the\s+)?$/i, AND = /^\s+and\s+(?:the\s+)?$/i;
  const before = (r: { start: number }) => BETWEEN.test(text.slice(Math.max(0, r.start - 14), r.start));
  const inSentence = doc.mentions.filter((m) => m.sentence === sentence && isPlace(m));
  let other: Mention | undefined;
  if (before(p.at)) other = inSentence.find((m) => m.start > p.at.end && AND.test(text.slice(p.at.end, m.start)));
  else {
    other = inSentence.find((m) => m.end <= p.at.start && AND.test(text.slice(m.end, p.at.start)));
    if (other && !before(other)) other = undefined;
  }
  const g = other?.geo;
  if (!other || !g || rank(g) > RANK.admin2! || (g.country && p.geo.country && g.country !== p.geo.country)) return null;
  const d = km(p.geo, g);
  if (d > 100 || d < 1) return null;
  const start = Math.min(p.at.start, other.start), end = Math.max(p.at.end, other.end);
  const geo: Geo = { lat: (p.geo.lat + g.lat) / 2, lon: (p.geo.lon + g.lon) / 2, country: p.geo.country ?? g.country, admin1: p.geo.admin1 === g.admin1 ? p.geo.admin1 : null, precision: 'town', approximate: true };
  return { ...p, name: text.slice(start, end), entity: null, geo, at: { start, end } };
}

/** a square, street or quarter word after a name, before the town that holds it ("Ulus square in Altindag", "Karrada street, Baghdad") */
const STREET_AFTER = /^\s+(?:square|street|st\.?|road|avenue|roundabout|neighbou?rhood|quarter)\s*(?:,|\(|\bin\b|\bof\b)/i;
const STREET_END = /\s(?:square|street|road|avenue|roundabout|neighbou?rhood|quarter)$/i;

/** how far from its town a part written "Town - Part" may lie (a city's districts and its suburbs) */
const PART_KM = 20;
/** " - Part": a spaced dash, then a name (capitalised words, Arabic particles and numbers between them) */
const DASH_PART = /^\s+[-–—]\s+(?:[A-Z][\w'’-]*|\d+)(?:\s+(?:[A-Z][\w'’-]*|\d+|al|el|ad|ar|as|ash|an|at|az|wa|of))*/;
/** a dash between two places that names a route or a frontier, not a part ("the Aden - Taizz road") */
const ROUTE_AFTER = /^\s*(?:road|highway|route|motorway|railway|line|border|crossing|corridor|front)\b/i;

/**
 * "Town - Part" names a part of a town: a district, neighbourhood or suburb ("Al Quds - Abu Dis",
 * "Baghdad - Karkh", "Tehran - District 12"; ACLED's notes name every city district so, and so do wires
 * for a city's quarters). The part is the more specific place when the gazetteer places it within
 * ${PART_KM} km of the town (the part of a place lies in it); unknown, the town stands for it. Either way the
 * address goes on after the part ("Al Quds - Abu Dis (Al Quds, West Bank)"). A dash between a town and a
 * distant place, or before "road", "border" and the like, is a route: no part. Returns the place and where
 * its address continues.
 */
function townPart(doc: Doc, head: PlaceCand, sentence: number): { place: PlaceCand; end: number } | null {
  if (!head.geo || head.geo.precision !== 'town') return null;
  const text = doc.article.text;
  const m = DASH_PART.exec(text.slice(head.at.end, head.at.end + 60));
  if (!m) return null;
  const end = head.at.end + m[0].length;
  if (ROUTE_AFTER.test(text.slice(end, end + 12))) return null;
  const start = end - m[0].replace(/^\s+[-–—]\s+/, '').length;
  const part = doc.mentions.find((x) => x.sentence === sentence && x.start === start && isPlace(x));
  const g = part?.geo;
  if (part && g && (g.precision === 'town' || g.precision === 'site')) {
    if (km(g, head.geo) > PART_KM) return null;
    return { place: { ...head, name: part.name, entity: part.key, geo: g, at: { start: part.start, end: part.end } }, end: Math.max(end, part.end) };
  }
  return { place: head, end: Math.max(end, part?.end ?? 0) };
}

/**
 * The event's place from a candidate: the first element of its address chain with the most specific
 * point that lies inside every larger element the chain names; a midpoint for "between A and B".
 */
export function settlePlace(doc: Doc, p: PlaceCand, sentence: number): PlaceCand {
  const text = doc.article.text;
  const start = chainStart(doc, p);
  const part = townPart(doc, start, sentence);
  const head = part?.place ?? start;
  const chain = [head.geo ? head : null, ...chainAfter(doc, part?.end ?? head.at.end, sentence)];
  const geos = chain.map((m) => m?.geo ?? null);
  let q: PlaceCand = head;
  if (head !== p || chain.length > 1) {
    // the most specific element that lies inside every later one
    // a town followed by its province is a town, not the province named by its seat
    const townAt = (n: number) => !!geos[n] && RANK[geos[n]!.precision]! <= RANK.town! && geos.slice(n + 1).some((g) => !!g && (g.precision === 'admin1' || g.precision === 'admin2'));
    // a seat written after a place and named like its province ("Kadikoy town, Istanbul") stands for the province
    const unitAt = (n: number): Geo => {
      const g = geos[n]!, c = chain[n];
      return n > 0 && c && g.precision === 'town' && g.admin1 && compactKey(g.admin1).startsWith(compactKey(c.name)) ? { ...g, precision: 'admin1' } : g;
    };
    // a village in another province than the town its address names lies near that town, or it is a namesake
    // ("Bani Hasan (Abs)": not the Bani Hasan of Taiz); in the town's own province the town may stand for its
    // countryside ("Zur Maghar town in Aleppo countryside")
    const awayVillage = (g: Geo, n: Geo) => !!g.village && !!g.admin1 && !!n.admin1 && g.admin1 !== n.admin1;
    // a head written as a square, street or quarter of the town after it ("Ulus square in Altindag town") lies
    // in that town: a same-named town farther away is another place ("Ulus" of Bartın, 170 km off)
    const part = STREET_AFTER.test(text.slice(head.at.end, head.at.end + 20)) || STREET_END.test(text.slice(head.at.start, head.at.end));
    const fitsAll = (g: Geo, k: number) => geos.every((n, j) => j <= k || !n || liesIn(g, unitAt(j), townAt(j) || awayVillage(g, n)));
    // (when that town itself lies in the units written after it: "Efeler town, Aydin" read as an Efeler in Uşak is no such town)
    const g1 = geos[1];
    const partOf = part && !!g1 && (g1.precision === 'town' || g1.precision === 'admin2') && fitsAll(g1, 1)
      && geos.slice(2).every((n) => !n?.admin1 || !g1.admin1 || n.admin1 === g1.admin1);
    const fits = (g: Geo, k: number) => partOf && k === 0 ? km(g, geos[1]!) <= (geos[1]!.precision === 'town' ? PART_KM : PART_IN_KM) && fitsAll(g, 1) : fitsAll(g, k);
    const i = geos.findIndex((g, k) => !!g && fits(g, k));
    if (i < 0) q = p;
    else if (i === 0) q = head;
    // a located head that does not lie inside the pick is another place ("protesters from Basra in Baghdad")
    else if (head !== p && head.geo) q = p;
    // the head keeps the name written in the text, not that of the same-named place it was mistaken for
    else q = { ...head, name: head.geo ? written(doc, head) : head.name, entity: head.geo ? null : head.entity, geo: { ...geos[i]!, approximate: true } };
    // a pick finer than the chain offers (a site named before the address) stays; an element of the chain
    // itself does not: in "near Salamiyah, Hamah" the later element only says where Salamiyah is, even when
    // "near" made Salamiyah's point coarser than the seat's
    const inChain = chain.some((c) => !!c && ("at" in c ? c.at.start : c.start) === p.at.start);
    if (!inChain && rank(p.geo) < rank(q.geo) && p.geo && geos.every((n, j) => !n || liesIn(p.geo!, unitAt(j), townAt(j)))) q = p;
    // the province the address writes is the place's province, over the gazetteer's (boundaries move, and
    // contested units differ: "Al Quds - Abu Dis (Al Quds, West Bank)" is in the West Bank, not Israel's Jerusalem District)
    const at = chain.findIndex((c) => !!c && ("at" in c ? c.at.start : c.start) === q.at.start);
    // (a unit the text names, not a name that only took an enclosing unit's point: the "Al Quds" of "(Al Quds, West Bank)")
    const u = geos.findIndex((g, j) => j > Math.max(at, 0) && !!g && !g.approximate && unitAt(j).precision === 'admin1');
    const g = q.geo;
    if (u > 0 && g && rank(g) < RANK.admin1! && liesIn(g, unitAt(u))) {
      const unit = geos[u]!;
      q = { ...q, geo: { ...g, admin1: unit.admin1 ?? chain[u]!.name, country: unit.country ?? g.country } };
    }
  }
  // a mention without a canonical name is named as written
  if (!q.name.trim()) q = { ...q, name: written(doc, q) };
  return between(doc, q, sentence) ?? q;
}

/** a person noun right after a place name: the place is where the person is from, not where an act happened */
const PERSON_AFTER = /^(?:\s*[-‐]?\s*(?:based|born|area|native))?\s+(?:man|men|woman|women|boy|boys|girl|girls|teen|teens|teenager|teenagers|resident|residents|native|natives|person|people|youth|father|mother|son|daughter|couple|family|student|students|official|officials|police|officer|officers|mayor|council|lawmaker|senator)\b/i;

const PLACE_PREP = /(?:^|\s)(?:in|at|near|outside|inside|into|across|along|around|toward|towards|on|targeting|of|between|and)\s+(?:the\s+|(?:al|el|as|ad|ar|ash|an|at|az)\s+)?$/i;

/**
 * The place named in sentence `i` when read without an event: mentions introduced as places ("in X",
 * "near X") or heading an address chain, settled; the most specific wins, the first on a tie.
 */
export function sentencePlace(doc: Doc, i: number, named = false): PlaceCand | null {
  const text = doc.article.text;
  let best: PlaceCand | null = null;
  for (const m of doc.mentions) {
    if (m.sentence !== i || !isPlace(m) || isDemonym(doc, m)) continue;
    const introduced = PLACE_PREP.test(text.slice(Math.max(0, m.start - 16), m.start)) || chainAfter(doc, m.end, i).length > 0;
    // with `named`, any place the sentence names, except one written as where a person is from ("a Kansas City man")
    if (!introduced && !(named && !PERSON_AFTER.test(text.slice(m.end, m.end + 24)))) continue;
    const q = settlePlace(doc, { name: m.name, entity: m.key, geo: m.geo ?? null, at: { start: m.start, end: m.end }, score: 0 }, i);
    if (!q.geo || q.geo.precision === 'country' || q.geo.precision === 'region') continue;
    if (!best || rank(q.geo) < rank(best.geo)) best = q;
  }
  return best;
}

/**
 * A place for an event from the article's sentences: its own sentences first, then the nearest earlier
 * ones (an article places its story before it tells the details; a later sentence is more often about
 * something else: "the war in Gaza"); with `ownOnly`, only its own sentences.
 */
/** how many sentences back a place still holds: a long article moves on to other places */
const BACK = 2;

export function articlePlace(doc: Doc, sentences: readonly number[], ownOnly = false): PlaceCand | null {
  const order: number[] = [...sentences].sort((a, b) => a - b);
  if (!ownOnly) for (let k = order[0]! - 1; k >= 0 && k >= order[0]! - BACK; k--) order.push(k);
  for (const i of order) {
    const p = sentencePlace(doc, i);
    if (p?.geo) return p;
  }
  return null;
}

/**
 * A finer place for an act placed only at a country: the most specific place introduced as a place
 * ("in X", "near X", an address chain) in its own sentences or the one before or after each, that lies
 * in that country (an article that names the country names the town where the act happened near it:
 * "... in Syria. The desert east of Deir ez-Zor ..."). Own sentences win a tie, then the nearer one.
 * Without `before`, the sentence before is left out: it tells the story the background act is recalled in.
 */
export function finerInCountry(doc: Doc, place: PlaceCand, sentences: readonly number[], before = true): PlaceCand | null {
  const g = place.geo;
  if (!g || g.precision !== 'country' || !g.country) return null;
  const own = new Set(sentences);
  const window = new Map<number, number>();
  for (const s of sentences) for (const k of before ? [s, s - 1, s + 1] : [s, s + 1]) if (k >= 0 && k < doc.sentences.length) window.set(k, Math.min(window.get(k) ?? 9, own.has(k) ? 0 : 1));
  let best: PlaceCand | null = null;
  let bestKey = Infinity;
  for (const [i, dist] of [...window].sort((a, b) => a[0] - b[0])) {
    // an act's own sentence that names a town of the country names where it happened, introduced as a
    // place or not ("carried the bombs ... to the Boston street"); a neighbouring sentence must introduce it
    const q = sentencePlace(doc, i) ?? (dist === 0 ? sentencePlace(doc, i, true) : null);
    if (!q?.geo || q.geo.country !== g.country) continue;
    const key = rank(q.geo) * 10 + dist;
    if (key < bestKey) { best = q; bestKey = key; }
  }
  return best;
}

/** how far from the article's one town another town may lie and still be the same locality (suburbs, neighbourhoods) */
const LOCAL_KM = 30;

/**
 * The locality a local news story is about, for acts whose sentences place them nowhere: the dateline
 * town ("CUTLER BAY, Fla. —"; a town the gazetteer lacks keeps its name at the point of the state written
 * after it), else the one town the article names (every other town within ${LOCAL_KM} km of it), else,
 * with no town named, the town whose own police or fire service the article names ("Chattanooga Police"). A
 * dateline says where the report was filed, which is where the act happened only in a story that names
 * nothing elsewhere: no place in another country, no province or district that does not hold the town
 * (a Washington dateline over a strike in Syria is no locality). Returns `by` = dateline or locality.
 */
/** The offset of the cleaned text where text cut out before raw offset `rawEnd` was (the first kept run after it). */
function cutAt(map: readonly OffsetSegment[], rawEnd: number): Range {
  const seg = map.find((s) => s.rawStart + (s.end - s.start) > rawEnd);
  const pos = !seg ? map[map.length - 1]?.end ?? 0 : seg.rawStart >= rawEnd ? seg.start : seg.start + (rawEnd - seg.rawStart);
  return { start: pos, end: pos };
}

export function localityPlace(doc: Doc, kb: KnowledgeBase): (PlaceCand & { by: 'dateline' | 'locality' }) | null {
  const places = doc.mentions.filter((m) => isPlace(m) && !!m.geo && !isDemonym(doc, m));
  const dl = datelinePlace(kb, doc);
  let home: (PlaceCand & { by: 'dateline' | 'locality' }) | null = null;
  // the dateline is cut out of the cleaned text: its place is read from the raw input (clean/index.ts),
  // and `at` is the empty range where the cut was made
  const raw = doc.article.dateline?.at;
  const at = raw ? cutAt(doc.article.offsetMap, raw.end) : { start: 0, end: 0 };
  const fromDateline = raw ? { raw: { start: raw.start, end: raw.end } } : {};
  if (dl?.place && dl.place.kind === 'place' && (dl.place.precision === 'town' || dl.place.precision === 'site')) {
    home = { name: dl.place.name, entity: dl.place.id, geo: toGeo(dl.place, null), at, ...fromDateline, score: 0, by: 'dateline' };
  } else if (dl && !dl.place && dl.unit && dl.unit.precision === 'admin1') {
    home = { name: dl.name, entity: null, geo: { ...toGeo(dl.unit, null), approximate: true }, at, ...fromDateline, score: 0, by: 'dateline' };
  } else {
    const towns = places.filter((m) => m.geo!.precision === 'town' && !m.geo!.approximate);
    const first = towns[0];
    if (first && towns.every((m) => km(m.geo!, first.geo!) <= LOCAL_KM)) home = { name: first.name, entity: first.key, geo: first.geo!, at: { start: first.start, end: first.end }, score: 0, by: 'locality' };
    // no town named but the town's own police or fire service ("Chattanooga Police responded"): its town
    if (!towns.length) {
      const forces = doc.mentions.filter((m) => m.type === 'organization' && !/[-‐–]$/.test(doc.article.text.slice(Math.max(0, m.start - 1), m.start))).map((m) => ({ m, t: localForceTown(kb, m.text) })).filter((x) => !!x.t);
      const f = forces[0];
      if (f && forces.every((x) => km(x.t!, f.t!) <= LOCAL_KM)) home = { name: f.t!.name, entity: f.t!.id, geo: toGeo(f.t!, null), at: { start: f.m.start, end: f.m.end }, score: 0, by: 'locality' };
    }
  }
  if (!home?.geo) return null;
  const g0 = home.geo;
  for (const m of places) {
    const g = m.geo!;
    if (g.precision === 'region') continue;
    if (g.country && g0.country && g.country !== g0.country) return null;
    if ((g.precision === 'admin1' || g.precision === 'admin2') && !g0.approximate && !liesIn(g0, g)) return null;
  }
  return home;
}

const PRECISION_WORD: Record<Geo['precision'], NonNullable<PlaceRef['precision']>> = { site: 'point', town: 'town', admin2: 'district', admin1: 'province', country: 'country', region: 'region' };

/**
 * How an event's place was chosen and how precise it is, for the report (`location.by`, `location.precision`):
 * the match of the name written (gazetteer or curated record, transliteration fold, consonant skeleton,
 * or a name no gazetteer has) and what placed it (its address, a relative expression, a midpoint, an
 * earlier sentence, the article's country). `p.by` may already say `article` or `document`.
 */
export function describePlace(doc: Doc, p: PlaceRef): { by: string; precision?: NonNullable<PlaceRef['precision']> } {
  const g = p.geo;
  const m = doc.mentions.find((x) => x.start === p.at.start && x.end === p.at.end);
  const mb = m?.by ?? '';
  const match = !m ? 'text' : mb.includes('geo:skeleton') ? 'skeleton' : mb.includes('geo:fuzzy') ? 'fuzzy'
    : !g?.ref || !p.entity || p.entity.startsWith('name:') ? 'unknown' : g.ref.startsWith('kb:') ? 'curated' : 'gazetteer';
  const parts = [match];
  if (p.by === 'dateline' || p.by === 'locality') parts.splice(0, 1, g?.ref && p.entity ? 'gazetteer' : 'unknown', p.by);
  else if (!m && g) parts.push('between');
  else if (g?.approximate) parts.push(p.entity && p.entity === g.ref ? 'near' : 'address');
  if (p.by === 'article' || p.by === 'document') parts.push(p.by);
  const precision = g ? (g.precision === 'town' && g.village ? 'village' : PRECISION_WORD[g.precision]) : undefined;
  return { by: parts.join('+'), ...(precision ? { precision } : {}) };
}
