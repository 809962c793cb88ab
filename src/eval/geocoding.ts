/**
 * Geocoding check on GTD incident summaries: runs the tokens and entity stages over each summary
 * (with its leading `MM/DD/YYYY:` removed), picks the place the summary names as the incident's
 * place, and measures the distance to GTD's coordinates for incidents whose `specificity` is 1 or 2.
 *
 * The incident place, by a general rule (no per-record choices): in the first sentence, a place
 * followed by a comma chain of larger units ("X, Diyala, Iraq") heads the chain, and the most
 * specific element of that chain with coordinates is taken; without a chain, the first place with
 * coordinates after "in"/"at"/"near"/"targeting"/"outside"; else the most specific place of the
 * sentence. The data is read from ../shared at run time, never copied.
 */
import type { Resources } from '../resources/index.js';
import { stageContext } from '../nlp/stage.js';
import { readFileSync } from 'node:fs';
import { plainArticle } from '../core/model/article.js';
import { createDoc, type Doc } from '../core/model/doc.js';
import type { Mention } from '../core/model/entity.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../kb/index.js';
import { tokensStage } from '../nlp/tokens/index.js';
import { entitiesStage } from '../nlp/entities/index.js';
import { km } from '../core/distance.js';
import { precisionRank } from '../nlp/entities/geocode.js';
import { csvRecords } from './csv.js';

/** A Doc over plain text: one paragraph per line, no title, no publication date. */
export function docFromText(text: string, id = 'text'): Doc {
  return createDoc(plainArticle(text, { id }));
}

const PLACE_PREPS = new Set(['in', 'at', 'near', 'targeting', 'outside', 'on', 'into', 'from']);

/** The mention a summary names as the incident's place, or null. */
export function incidentPlace(doc: Doc): Mention | null {
  const places = doc.mentions.filter((m) => (m.type === 'location' || m.type === 'facility'));
  if (!places.length) return null;
  const firstSentence = places.filter((m) => m.sentence === places[0]!.sentence);
  const text = doc.article.text;
  // comma chains: "X, Province, Country"
  let best: Mention[] | null = null;
  for (let i = 0; i < firstSentence.length; i++) {
    const chain = [firstSentence[i]!];
    for (let j = i + 1; j < firstSentence.length; j++) {
      const gap = text.slice(chain[chain.length - 1]!.end, firstSentence[j]!.start);
      if (!/^\s*,\s*$/.test(gap)) break;
      chain.push(firstSentence[j]!);
    }
    if (chain.length >= 2 && (!best || chain.length > best.length)) best = chain;
    if (chain.length >= 2) i += chain.length - 1;
  }
  const specific = (ms: readonly Mention[]): Mention | null => {
    let pick: Mention | null = null;
    for (const m of ms) if (m.geo && (!pick || precisionRank(m.geo.precision) < precisionRank(pick.geo!.precision))) pick = m;
    return pick;
  };
  if (best) {
    // the head of the chain when it resolved to a town or finer (possibly "near" it), else the most specific element
    const p = best.find((m) => m.geo && precisionRank(m.geo.precision) <= precisionRank('admin2') && m.geo.ref && !m.geo.ref.startsWith('kb:admin1')) ?? specific(best);
    // an unresolved village leaves only its province: a resolved site or town named earlier in the
    // sentence inside that province or country is closer ("rockets targeting Al Asad Airbase in X, Al Anbar")
    if (p && precisionRank(p.geo!.precision) >= precisionRank('admin2')) {
      const inside = firstSentence.find((m) => m.start < best![0]!.start && m.geo && precisionRank(m.geo.precision) <= precisionRank('town')
        && (m.geo.admin1 && m.geo.admin1 === p.geo!.admin1 || (!p.geo!.admin1 && m.geo.country === p.geo!.country)));
      if (inside) return inside;
    }
    if (p && p.geo!.precision !== 'country') return p;
  }
  for (const m of firstSentence) {
    if (!m.geo || m.geo.precision === 'country') continue;
    const before = text.slice(Math.max(0, m.start - 12), m.start).trim().split(/\s+/).pop()?.toLowerCase() ?? '';
    if (PLACE_PREPS.has(before) || before === 'the') return m;
  }
  return specific(firstSentence) ?? specific(places);
}

export interface GeoMiss {
  readonly id: string;
  readonly summary: string;
  readonly gold: { lat: number; lon: number; city: string };
  readonly got: { name: string; lat: number; lon: number; text: string } | null;
  readonly km: number | null;
}

export interface GeoScore {
  readonly n: number;
  readonly within25: number;
  readonly rate: number;
  readonly misses: GeoMiss[];
}

/** Scores geocoding on a GTD CSV file (rows with specificity 1 or 2). */
export function scoreGtdGeocoding(csvPath: string, resources: Resources): GeoScore {
  const ctx = stageContext(resources);
  const rows = csvRecords(readFileSync(csvPath, 'utf8'));
  let n = 0, within = 0;
  const misses: GeoMiss[] = [];
  for (const r of rows) {
    if (r.specificity !== '1' && r.specificity !== '2') continue;
    const lat = Number(r.latitude), lon = Number(r.longitude);
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || r.latitude === '') continue;
    n++;
    const summary = (r.summary ?? '').replace(/^\s*\d{1,2}\/\d{1,2}\/\d{4}\s*:\s*/, '');
    const doc = docFromText(summary, r.eventid ?? String(n));
    tokensStage.run(doc, ctx);
    entitiesStage.run(doc, ctx);
    const m = incidentPlace(doc);
    const d = m?.geo ? km(m.geo, { lat, lon }) : null;
    if (d !== null && d <= 25) within++;
    else misses.push({ id: r.eventid ?? '', summary, gold: { lat, lon, city: r.city ?? '' }, got: m?.geo ? { name: m.name, lat: m.geo.lat, lon: m.geo.lon, text: m.text } : null, km: d === null ? null : Math.round(d) });
  }
  return { n, within25: within, rate: n ? within / n : 0, misses };
}
