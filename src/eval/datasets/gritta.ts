/**
 * Geoparsing gold corpora collected by Gritta et al. ("A Pragmatic Guide to Geoparsing Evaluation",
 * 2019): GeoWebNews (`GWN.xml`), LGL (`lgl.xml`), TR-News (`TR-News.xml`) and GeoVirus
 * (`GeoVirus.xml`). Each article's text goes through the tokens and entities stages (the same code
 * `sitrep analyze` runs, as src/eval/geocoding.ts does), and the gold toponyms that have coordinates
 * are compared with the engine's location and facility mentions by span overlap:
 *
 * - `toponym.recall`: gold toponyms with coordinates that a place mention overlaps;
 * - `toponym.precision`: place mentions that overlap a gold toponym with coordinates (GWN gives
 *   coordinates to literal and associative toponyms, adjectival modifiers included, and none to
 *   demonyms for people, homonyms, language names and non-toponyms, so those count against us);
 * - `resolve.161km`: of the recognised toponyms, the ones whose point lies within 161 km (100 miles)
 *   of the gold point, with the median error and the AUC of the log error (0 best, 1 worst; a
 *   recognised toponym without coordinates counts as the worst error);
 * - `end2end.161km`: gold toponyms recognised and resolved within 161 km, over all of them.
 *
 * The XML is read with fast-xml-parser from where it lies; nothing is copied. Formats: MANIFEST.md §8
 * of the shared folder. GeoVirus offsets are one past the name (checked against the text: each gold
 * span is located at its offsets, else one character earlier, else the nearest occurrence of its
 * name within a few characters; spans found nowhere are skipped and counted).
 */
import type { Resources } from '../../resources/index.js';
import { stageContext } from '../../nlp/stage.js';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Mention } from '../../core/model/entity.js';
import type { KnowledgeBase } from '../../kb/index.js';
import { loadKnowledgeBase } from '../../kb/index.js';
import { tokensStage } from '../../nlp/tokens/index.js';
import { entitiesStage } from '../../nlp/entities/index.js';
import { km } from '../../core/distance.js';
import { docFromText } from '../geocoding.js';
import type { MetricRow } from '../tally.js';

export type GrittaCorpus = 'gwn' | 'lgl' | 'geovirus';

export interface GoldToponym {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  /** GWN `type` (Literal, Metonymic, Non_Literal_Modifier ...); GeoNames fcode for LGL; `location` for GeoVirus */
  readonly type: string;
  readonly lat: number | null;
  readonly lon: number | null;
}

export interface GrittaDoc {
  readonly id: string;
  readonly text: string;
  readonly toponyms: readonly GoldToponym[];
}

export interface GrittaGold {
  readonly corpus: GrittaCorpus;
  readonly docs: GrittaDoc[];
  readonly skipped: { reason: string; count: number }[];
}

/** GWN types of the literal group (Gritta et al. Table 1); the associative group has coordinates too. */
export const GWN_LITERAL = new Set(['Literal', 'Literal_Modifier', 'Mixed', 'Coercion', 'Embedded_Literal']);

/** The text of a parsed XML value (an element with attributes keeps its text under `#text`). */
export const xmlText = (x: unknown): string => (x === undefined || x === null ? '' : typeof x === 'object' ? String((x as Record<string, unknown>)['#text'] ?? '') : String(x));
const str = xmlText;
const num = (x: unknown): number | null => { const s = str(x).trim(); if (!s) return null; const n = Number(s); return Number.isFinite(n) ? n : null; };

/** The gold span as it lies in the text: at its offsets, one before, or the nearest copy of the name. */
function locate(text: string, start: number, end: number, name: string): [number, number] | null {
  if (!name) return start >= 0 && end > start && end <= text.length ? [start, end] : null;
  if (text.slice(start, end) === name) return [start, end];
  if (text.slice(start - 1, end - 1) === name) return [start - 1, end - 1];
  let best: number | null = null;
  for (let d = -4; d <= 4; d++) if (start + d >= 0 && text.startsWith(name, start + d) && (best === null || Math.abs(d) < Math.abs(best - start))) best = start + d;
  return best === null ? null : [best, best + name.length];
}

/** Which corpus a file is, from its root elements. */
function corpusOf(first: Record<string, unknown> | undefined, path: string): GrittaCorpus {
  if (first && 'locations' in first) return 'geovirus';
  const tops = (first?.toponyms as Record<string, unknown> | undefined)?.toponym as Record<string, unknown>[] | undefined;
  if (tops?.[0] && 'extractedName' in tops[0]) return 'gwn';
  if (first && ('docid' in first || '@_docid' in first)) return 'lgl';
  return /gwn/i.test(basename(path)) ? 'gwn' : /virus/i.test(basename(path)) ? 'geovirus' : 'lgl';
}

/** The `article` elements of a geoparsing corpus file, parsed the one way every reader of these texts uses (so offsets agree). */
export function readGrittaArticles(path: string): Record<string, unknown>[] {
  const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: true, isArray: (n) => n === 'article' || n === 'toponym' || n === 'location' });
  const root = parser.parse(readFileSync(path, 'utf8')) as { articles?: { article?: Record<string, unknown>[] } };
  return root.articles?.article ?? [];
}

export function loadGritta(path: string, limit?: number): GrittaGold {
  const articles = readGrittaArticles(path);
  const corpus = corpusOf(articles[0], path);
  const skips = new Map<string, number>();
  const skip = (r: string): void => { skips.set(r, (skips.get(r) ?? 0) + 1); };
  const docs: GrittaDoc[] = [];
  articles.forEach((a, i) => {
    if (limit !== undefined && docs.length >= limit) return;
    const text = str(a.text);
    if (!text.trim()) { skip('article without text'); return; }
    const id = str(a['@_file'] ?? a['@_docid']) || String(i);
    const raw = corpus === 'geovirus'
      ? ((a.locations as Record<string, unknown> | undefined)?.location as Record<string, unknown>[] | undefined) ?? []
      : ((a.toponyms as Record<string, unknown> | undefined)?.toponym as Record<string, unknown>[] | undefined) ?? [];
    const toponyms: GoldToponym[] = [];
    for (const t of raw) {
      const name = str(t.extractedName ?? t.phrase ?? t.name).trim();
      const s = num(t.start), e = num(t.end);
      if (s === null || e === null || s < 0) { skip('toponym without usable offsets'); continue; }
      const at = locate(text, s, e, name);
      if (!at) { skip('toponym not found at its offsets'); continue; }
      const gaz = t.gaztag as Record<string, unknown> | undefined;
      const lat = num(t.latitude ?? t.lat ?? gaz?.lat), lon = num(t.longitude ?? t.lon ?? gaz?.lon);
      const type = corpus === 'gwn' ? str(t.type) : corpus === 'lgl' ? str(gaz?.fcode) || 'untagged' : 'location';
      toponyms.push({ start: at[0], end: at[1], name: name || text.slice(at[0], at[1]), type, lat, lon });
    }
    docs.push({ id, text, toponyms });
  });
  return { corpus, docs, skipped: [...skips].map(([reason, count]) => ({ reason, count })) };
}

/** Same-length substitutions the cleaner makes (typographic quotes, odd spaces), so offsets stay put. */
const SUBST: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u00A0': ' ', '\u2009': ' ', '\u202F': ' ', '\t': ' ' };
const normaliseText = (t: string): string => t.replace(/[\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u00A0\u2009\u202F\t]/g, (c) => SUBST[c] ?? c);

/** One gold toponym's outcome. */
export interface ToponymOutcome {
  readonly doc: string;
  readonly name: string;
  readonly type: string;
  readonly gold: { lat: number; lon: number };
  /** the overlapping place mention, if any */
  readonly got: { text: string; name: string; key: string; lat: number | null; lon: number | null } | null;
  readonly km: number | null;
}

export interface GrittaScore {
  readonly metrics: MetricRow[];
  readonly outcomes: ToponymOutcome[];
  /** place mentions overlapping no gold toponym with coordinates */
  readonly spurious: { doc: string; text: string; name: string; goldType: string | null }[];
}

const MAX_KM = 20039; // half the Earth's circumference
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
const isPlace = (m: Mention): boolean => m.type === 'location' || m.type === 'facility';

/** The engine's place mentions for one text (tokens + entities, as in `analyze`). */
export function placeMentions(text: string, id: string, resources: Resources): Mention[] {
  const ctx = stageContext(resources);
  const doc = docFromText(normaliseText(text), id);
  tokensStage.run(doc, ctx);
  entitiesStage.run(doc, ctx);
  // a place opening a longer name ("Ohio Department of Transportation") is a place mention of its own span
  const opening = doc.mentions.flatMap((m): Mention[] => (m.place ? [{ ...m.place, type: 'location', sentence: m.sentence, by: `embedded:${m.by}` }] : []));
  return [...doc.mentions.filter(isPlace), ...opening].sort((a, b) => a.start - b.start);
}

function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function scoreGritta(gold: GrittaGold, resources: Resources): GrittaScore {
  const outcomes: ToponymOutcome[] = [];
  const spurious: GrittaScore['spurious'] = [];
  let predicted = 0, predictedOk = 0;
  let literalN = 0, literalHit = 0;
  for (const d of gold.docs) {
    const ms = placeMentions(d.text, d.id, resources);
    const withCoords = d.toponyms.filter((t) => t.lat !== null && t.lon !== null);
    for (const m of ms) {
      predicted++;
      if (withCoords.some((t) => overlaps(t, m))) predictedOk++;
      else spurious.push({ doc: d.id, text: m.text, name: m.name, goldType: d.toponyms.find((t) => overlaps(t, m))?.type ?? null });
    }
    for (const t of withCoords) {
      // the mention overlapping most of the gold span
      let best: Mention | null = null, bestOv = 0;
      for (const m of ms) {
        const ov = Math.min(m.end, t.end) - Math.max(m.start, t.start);
        if (ov > bestOv) { best = m; bestOv = ov; }
      }
      const g = { lat: t.lat!, lon: t.lon! };
      const dist = best?.geo ? km(best.geo, g) : null;
      outcomes.push({
        doc: d.id, name: t.name, type: t.type, gold: g,
        got: best ? { text: best.text, name: best.name, key: best.key, lat: best.geo?.lat ?? null, lon: best.geo?.lon ?? null } : null,
        km: dist === null ? null : Math.round(dist * 10) / 10,
      });
      if (gold.corpus === 'gwn' && GWN_LITERAL.has(t.type)) { literalN++; if (best) literalHit++; }
    }
  }
  const n = outcomes.length;
  const matched = outcomes.filter((o) => o.got);
  const geocoded = matched.filter((o) => o.km !== null);
  const within = geocoded.filter((o) => o.km! <= 161).length;
  const errs = geocoded.map((o) => o.km!);
  const auc = matched.length ? matched.reduce((s, o) => s + Math.log(1 + Math.min(o.km ?? MAX_KM, MAX_KM)) / Math.log(1 + MAX_KM), 0) / matched.length : null;
  const f1 = predicted && n && predictedOk ? (2 * (predictedOk / predicted) * (matched.length / n)) / (predictedOk / predicted + matched.length / n) : null;
  const row = (name: string, rn: number, filled: number, correct: number, extra?: Record<string, number | null>): MetricRow => ({
    name, n: rn, filled, correct, rate: rn ? correct / rn : null, precision: filled ? correct / filled : null, ...(extra ? { extra } : {}),
  });
  const metrics: MetricRow[] = [
    row('toponym.recall', n, matched.length, matched.length, { f1 }),
    row('toponym.precision', predicted, predicted, predictedOk),
    ...(gold.corpus === 'gwn' ? [row('toponym.literal', literalN, literalHit, literalHit)] : []),
    row('resolve.161km', matched.length, geocoded.length, within, { medianKm: median(errs), auc: auc === null ? null : Math.round(auc * 1000) / 1000 }),
    row('end2end.161km', n, geocoded.length, within),
  ];
  return { metrics, outcomes, spurious };
}

/** The most frequent misses by name: unrecognised toponyms, resolutions off by more than 161 km, spurious places. */
export function grittaMisses(s: GrittaScore, top = 12): string {
  const count = (xs: string[]): string => {
    const c = new Map<string, number>();
    for (const x of xs) c.set(x, (c.get(x) ?? 0) + 1);
    return [...c].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `${k} ×${v}`).join('; ');
  };
  const far = s.outcomes.filter((o) => o.got && (o.km === null || o.km > 161));
  return [
    `not recognised: ${count(s.outcomes.filter((o) => !o.got).map((o) => o.name))}`,
    `resolved > 161 km or not at all: ${count(far.map((o) => `${o.name} → ${o.got!.name}${o.km === null ? ' (no point)' : ` (${Math.round(o.km)} km)`}`))}`,
    `spurious places: ${count(s.spurious.map((x) => `${x.text}${x.goldType ? ` [${x.goldType}]` : ''}`))}`,
  ].join('\n');
}
