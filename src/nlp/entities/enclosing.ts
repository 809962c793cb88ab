/**
 * Address chains: news and incident summaries locate small places through the larger ones that hold
 * them ("in Ewairij neighborhood, Baghdad, Iraq", "Al-Hawali road, Hillah, Babil", "the Dora district of
 * Baghdad", "Dar ash Sharaf (Al Mashannah, Ibb)"). A place the gazetteer does not know takes the point of the nearest enclosing place that it
 * does know, marked approximate, at that place's precision.
 */
import type { Draft } from './index.js';

/** What may stand between a place and the place that holds it. */
/** Nouns that name a part of a place ("Ewairij neighborhood", "Al-Hawali road", "Muqdadiyah district"). */
export const PLACE_PART_NOUNS = 'neighbou?rhood|area|district|sub-?district|quarter|road|street|highway|village|town|city|camp|region|suburb|market|square|checkpoint|province|governorate';
const LINK = new RegExp(`^\\s*(?:(?:[a-z]+\\s+)?(?:${PLACE_PART_NOUNS})s?\\b)?\\s*(?:,|\\(|\\bof\\b|\\bin\\b|\\bnear\\b)\\s*(?:the\\s+)?(?:(?:city|town|province|governorate|district)\\s+of\\s+)?(?:(?:[A-Z][\\w'’-]*\\s?){1,3}(?:city|City|district|District)?\\s*,\\s*)*$`);
const PLACE_CUE_AFTER = new RegExp(`^\\s*(?:${PLACE_PART_NOUNS})\\b`, 'i');

export function inheritEnclosingPlace(text: string, drafts: Draft[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.geo) continue;
    const placeLike = d.type === 'location' || d.type === 'facility' || (d.type === 'other' && PLACE_CUE_AFTER.test(text.slice(d.end, d.end + 20)));
    if (!placeLike) continue;
    // the chain may pass through other unknown places ("X neighborhood, Y district, Baghdad")
    let prevEnd = d.end;
    for (let j = i + 1; j < drafts.length && j <= i + 3; j++) {
      const e = drafts[j]!;
      if (e.sentence !== d.sentence || !LINK.test(text.slice(prevEnd, e.start))) break;
      if (e.geo && (e.type === 'location' || e.type === 'facility')) {
        d.geo = { ...e.geo, approximate: true };
        if (d.type === 'other') { d.type = 'location'; d.by += '+address'; }
        if (!d.country) d.country = e.geo.country;
        break;
      }
      prevEnd = e.end;
    }
  }
}
