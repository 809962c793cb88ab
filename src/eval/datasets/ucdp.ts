/**
 * UCDP Georeferenced Events as gold: the news headline (`source_headline`) is the article, `source_date`
 * its publication date and `source_office` the outlet; rows without a headline are skipped, rows that
 * share one headline share one article. Compared: date (date_start..date_end), place (where_prec 1),
 * side_a/side_b and deaths (best, low-high) (docs/EVAL.md, "UCDP").
 */
import { readFileSync } from 'node:fs';
import { csvRecords } from '../csv.js';
import { GoldBuilder, type LoadedGold } from '../gold.js';
import { isUnknownActor } from '../names.js';
import type { Classifiers } from '../score-records.js';

const VIOLENCE: Record<string, string> = { '1': 'state-based', '2': 'non-state', '3': 'one-sided' };
const ISO = /^\d{4}-\d{2}-\d{2}/;
const num = (s: string | undefined): number | null => (s !== undefined && s.trim() !== '' && Number.isFinite(Number(s)) ? Number(s) : null);

export function loadUcdp(path: string, limit?: number): LoadedGold {
  const b = new GoldBuilder('ucdp', path);
  // row 2 of the HDX export is the HXL hashtag row
  const rows = csvRecords(readFileSync(path, 'utf8'));
  for (const r of rows) {
    if ((r.id ?? '').startsWith('#') || (r.year ?? '').startsWith('#')) continue;
    const text = (r.source_headline ?? '').trim();
    if (!text) { b.skip('no source_headline'); continue; }
    if (!ISO.test(r.date_start ?? '')) { b.skip('no date_start'); continue; }
    const lat = num(r.latitude), lon = num(r.longitude);
    const best = num(r.best), low = num(r.low), high = num(r.high);
    const more = b.add({
      id: r.id ?? String(b.records.length),
      text,
      typeLabel: VIOLENCE[r.type_of_violence ?? ''] ?? 'violence',
      types: ['ASSAULT'],
      date: { start: r.date_start!.slice(0, 10), end: (ISO.test(r.date_end ?? '') ? r.date_end! : r.date_start!).slice(0, 10) },
      geo: lat !== null && lon !== null ? { lat, lon, exact: r.where_prec === '1', name: r.where_coordinates || r.adm_1 || '' } : null,
      agents: [r.side_a ?? ''].filter((a) => a && !isUnknownActor(a)),
      targets: [r.side_b ?? ''].filter((a) => a && !isUnknownActor(a)),
      killed: best === null ? null : { best, low: low ?? best, high: high ?? best },
    }, { published: ISO.test(r.source_date ?? '') ? r.source_date!.slice(0, 10) : null, source: r.source_office || null }, limit);
    if (!more) break;
  }
  return b.result();
}

export const ucdpClassifiers: Classifiers = {};
