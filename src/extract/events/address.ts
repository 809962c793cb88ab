/**
 * Address chains in the event's place: "in Amuda, Al Hasakah, Syria" names one place by its town, province
 * and country. Whichever element the grammar picked, the event happens at the most specific element
 * that has coordinates, so a pick of "Syria" is moved back to "Amuda".
 */
import type { Doc } from '../../core/model/doc.js';
import type { Mention } from '../../core/model/entity.js';
import type { PlaceCand } from './actors.js';
import { PLACE_PART_NOUNS } from '../../nlp/entities/enclosing.js';

/** An address-chain link: a comma after the smaller place, with or without its part noun ("Amuda, Al Hasakah"). */
const LINK = new RegExp(`^\\s*(?:[a-z]+\\s+)?(?:(?:${PLACE_PART_NOUNS})\\s*)?,\\s*$`);
const RANK: Record<string, number> = { site: 0, town: 1, admin2: 2, admin1: 3, region: 4, country: 5 };

export function chainHead(doc: Doc, p: PlaceCand): PlaceCand {
  const text = doc.article.text;
  const places = doc.mentions.filter((m) => m.type === 'location' || m.type === 'facility');
  let at: { start: number } = p.at;
  let best: Mention | null = null;
  for (let hops = 0; hops < 4; hops++) {
    const prev = places.filter((m) => m.end <= at.start && m.end >= at.start - 60).sort((a, b) => b.end - a.end)[0];
    if (!prev || !LINK.test(text.slice(prev.end, at.start))) break;
    if (prev.geo) best = prev;
    at = prev;
  }
  if (!best?.geo) return p;
  const mine = p.geo ? RANK[p.geo.precision] ?? 5 : 6;
  if ((RANK[best.geo.precision] ?? 5) >= mine) return p;
  return { ...p, name: best.name, entity: best.key, geo: best.geo, at: { start: best.start, end: best.end } };
}
