/**
 * Places that open a longer name: "Ohio Department of Transportation", "Alexandria Police", "Dublin City
 * Council", "Fargo Mayor Dennis Walaker", "Douglas County Sheriff's Office", "Iraqi Army". English names a
 * public body, a firm or an office by the place it serves or comes from, written first; the place is a
 * toponym of the text (geoparsing corpora annotate it: GeoWebNews "Embedded", LGL), and it tells where the
 * organisation or the official belongs. The host name stays one mention; the place is attached to it as
 * `Mention.place`, with its own span, so the events stage still reads one name there.
 *
 * Hand-written: the test is grammar (a capitalised name whose first words are a place name the KB knows),
 * and the support asked of a small town is the recogniser's own (see smallTownSupported in index.ts).
 */
import type { Token } from '../../core/model/doc.js';
import type { KnowledgeBase, NameEntry, PlaceInfo } from '../../kb/index.js';
import { compactKey } from '../../kb/index.js';
import { isCap } from './kb-match.js';
import { placeEntries } from './place-drafts.js';
import { pickPlace, toGeo, type GeoContext } from './geocode.js';
import type { Mention } from '../../core/model/entity.js';

/** A capitalised name of two or more words in which a place may open (token range). */
export interface Host {
  readonly tokStart: number;
  readonly tokEnd: number;
  /** a person's name: the place must be followed by a title ("Fargo Mayor"), not be a given name ("Jordan Peterson") */
  readonly person: boolean;
}

export type EmbeddedPlace = NonNullable<Mention['place']>;

/** Below this population a town opening a name needs the article to name it as a place elsewhere too. */
const KNOWN_TOWN = 15000;

/** "County", "Parish", "Co." after a name: the unit's own name word. */
const UNIT_WORD = /^(?:County|Parish|Borough|Township)$/;

/**
 * The place that opens the host name, if any: the longest run of its first one to four capitalised words
 * that the KB knows as a country (or its demonym), admin-1 unit, region or town, short of the whole name.
 * `resolvedNames` are the compact keys of the names the article reads as places elsewhere.
 */
export function embeddedPlace(kb: KnowledgeBase, text: string, tokens: readonly Token[], h: Host, ctxOf: (key: string) => GeoContext, resolvedNames: ReadonlySet<string>): EmbeddedPlace | null {
  const o = openingName(kb, text, tokens, h, resolvedNames);
  if (!o) return null;
  const { start, end, surface, entries, country } = o;
  let p: PlaceInfo | null | undefined;
  if (country && (country.demonym || entries.every((e) => e.record.kind === 'country' || e.rank < 3))) p = kb.place(country.record.id);
  else p = pickPlace(kb, entries.map((e) => ({ record: e.record, rank: e.rank })), ctxOf(compactKey(surface)), null, surface);
  if (!p) return null;
  return { start, end, text: surface, key: p.id, name: p.name, geo: toGeo(p, null) };
}

/** The KB names that open the host name (before geocoding: `resolvedNames` null asks for names known without the article's support). */
export function openingName(kb: KnowledgeBase, text: string, tokens: readonly Token[], h: Host, resolvedNames: ReadonlySet<string> | null): { start: number; end: number; surface: string; entries: NameEntry[]; country: NameEntry | undefined } | null {
  const max = Math.min(4, h.tokEnd - h.tokStart - 1);
  for (let n = max; n >= 1; n--) {
    const words = tokens.slice(h.tokStart, h.tokStart + n);
    if (!words.every((t, i) => isCap(t.text) && (i === 0 || t.start - words[i - 1]!.end <= 1))) continue;
    const next = tokens[h.tokStart + n]!;
    // the name goes on right after the place ("Ohio Department", not "Ohio's"), capitalised unless the place
    // is a country's name or demonym that the recogniser kept inside the name ("Syrian army")
    if (next.start - words[n - 1]!.end > 1 || !/^[A-Za-z]/.test(next.text)) continue;
    const lowerNext = !isCap(next.text);
    // "Cook County": the place is the county, not the town of Cook
    if (UNIT_WORD.test(next.text)) continue;
    const lex = kb.lexicon;
    const first = words[0]!.text;
    if (n === 1 && (lex.nonNames.has(first) || lex.titles.has(first) || lex.orgHeads.has(first) || lex.ethnicReligious.has(first))) continue;
    // a person's name opens with a given name ("Paris Hilton", "Jordan Peterson"); a place opens an official's title
    if (h.person && !lex.titles.has(next.text) && !lex.orgHeads.has(next.text)) continue;
    const start = words[0]!.start, end = words[n - 1]!.end;
    const surface = text.slice(start, end);
    const entries = placeEntries(kb, surface).filter((e) => e.record.kind !== 'actor');
    if (!entries.length) continue;
    const country = entries.find((e) => e.record.kind === 'country');
    if (lowerNext && !country) continue;
    const unit = entries.some((e) => e.record.kind === 'admin1' || e.record.kind === 'region');
    const county = /\s(?:County|Parish)$/.test(surface);
    const bigTown = entries.some((e) => e.record.kind === 'place' && (e.record.population ?? 0) >= KNOWN_TOWN);
    // a given name that is also a small town opens a firm's name as a person's ("Lincoln Financial")
    const supported = !!resolvedNames?.has(compactKey(surface));
    if (!country && !unit && !county && n === 1 && kb.isFirstName(first) && !supported) continue;
    if (!country && !unit && !county && !bigTown && !supported) continue;
    return { start, end, surface, entries, country };
  }
  return null;
}
