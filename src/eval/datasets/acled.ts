/**
 * ACLED events as gold: `notes` is the article, with the coder's leading label ("Property
 * destruction:") and date phrase ("On 8 March 2022,") taken out so the date and type cannot be read off
 * the prefix; the day after `event_date` is the publication date and the first `source` the outlet.
 * Compared: event and sub-event type, date, place, actor1/actor2, fatalities (docs/EVAL.md, "ACLED").
 */
import { readFileSync } from 'node:fs';
import { csvRecords } from '../csv.js';
import { GoldBuilder, type GoldDate, type LoadedGold } from '../gold.js';
import type { PloverType } from '../../core/model/event.js';
import { evalData } from '../data.js';
import { classify, compileRules, type ClassRule, type CompiledRule } from '../classify.js';
import { isUnknownActor } from '../names.js';
import { addDays } from '../measures.js';
import type { Classifiers } from '../score-records.js';
import type { GoldRecord } from '../gold.js';
import type { ReportEvent } from '../report.js';
import { acledRecord, type ExportEvent } from '../../report/export/acled-csv.js';
import { foldName } from '../../report/export/acled-tables.js';
import { civilianTargeting } from '../../report/export/acled-inter.js';
import { loadResources, type Resources } from '../../resources/index.js';

interface AcledTables { subEvents: Record<string, PloverType[]>; subEventRules: ClassRule[] }

/** "Label: " then "On 8 March 2022," / "Around 26 June 2022 (as reported)," / "Between 1 and 3 May 2022,". */
const PREFIX = /^(?:[A-Z][A-Za-z /-]{2,40}:\s+)?(?:(?:On|Around|Between|From|Over|During|Since|As of|In|By)\s+[^,.]{0,60}?\b(?:19|20)\d{2}\b(?:\s*\([^)]*\))?\s*,\s*)?/;

/** The notes as a news text: without the coder's label and date phrase, first letter upper case. */
export function maskNotes(notes: string): string {
  const rest = notes.slice(PREFIX.exec(notes)?.[0].length ?? 0).trim();
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** time_precision 1 = the day; 2 = within a few days around it (±3); 3 = within its month. */
function eventDate(date: string, precision: string): GoldDate {
  if (precision === '2') return { start: addDays(date, -3), end: addDays(date, 3) };
  if (precision === '3') {
    const [y, m] = date.split('-').map(Number) as [number, number];
    return { start: `${date.slice(0, 7)}-01`, end: new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10) };
  }
  return { start: date, end: date };
}

const split = (s: string | undefined): string[] => (s ?? '').split(';').map((x) => x.trim()).filter(Boolean);

export function loadAcled(path: string, limit?: number): LoadedGold {
  const t = evalData<AcledTables>('acled.json');
  const b = new GoldBuilder('acled', path);
  for (const r of csvRecords(readFileSync(path, 'utf8'))) {
    const text = maskNotes(r.notes ?? '');
    const date = (r.event_date ?? '').slice(0, 10);
    if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(date)) { b.skip(text ? 'no event_date' : 'no notes'); continue; }
    const key = `${r.event_type} | ${r.sub_event_type}`;
    const lat = Number(r.latitude), lon = Number(r.longitude);
    const hasGeo = r.latitude !== '' && r.longitude !== '' && Number.isFinite(lat) && Number.isFinite(lon);
    const fat = r.fatalities !== '' && Number.isFinite(Number(r.fatalities)) ? Number(r.fatalities) : null;
    const more = b.add({
      id: r.event_id_cnty ?? String(b.records.length),
      text,
      typeLabel: key,
      types: t.subEvents[key] ?? ['OTHER'],
      subtype: r.sub_event_type || null,
      acledType: r.event_type || null,
      date: eventDate(date, r.time_precision ?? '1'),
      geo: hasGeo ? { lat, lon, exact: r.geo_precision === '1', name: [r.location, r.admin1, r.country].filter(Boolean).join(', ') } : null,
      agents: [r.actor1 ?? '', ...split(r.assoc_actor_1)].filter((a) => a && !isUnknownActor(a)),
      targets: [r.actor2 ?? '', ...split(r.assoc_actor_2)].filter((a) => a && !isUnknownActor(a)),
      killed: fat === null ? null : { best: fat, low: fat, high: fat },
      // the export columns: civilian_targeting is empty in this older file format, so it is derived from
      // ACLED's own codes by the codebook's definition (acled-inter.ts)
      columns: {
        'acled.interaction': r.interaction ?? '',
        'acled.civilian_targeting': civilianTargeting(r.event_type ?? null, Number(r.inter1) || null, Number(r.inter2) || null),
        'acled.admin1': r.admin1 ?? '',
        'acled.fatalities': r.fatalities ?? '',
      },
    }, { published: addDays(date, 1), source: split(r.source)[0] ?? null }, limit);
    if (!more) break;
  }
  return b.result();
}

let rules: CompiledRule[] | null = null;
/** the resources the export columns are coded with (the KB itself is cached by its loader) */
let resources: Resources | null = null;
export const acledClassifiers: Classifiers = {
  subtype(e) {
    // the engine's own ACLED coding first (src/extract ontology), our keyword classes otherwise
    if (e.acled?.sub_event_type) return e.acled.sub_event_type;
    rules ??= compileRules(evalData<AcledTables>('acled.json').subEventRules);
    return classify(rules, String(e.type).toUpperCase(), `${e.mode ?? ''} ${e.weapon ?? ''}`.replace(/[-_]/g, ' '))?.label ?? null;
  },
  columns(g: GoldRecord, e: ReportEvent) {
    // the row Sitrep's ACLED export writes for the event (src/report/export/acled-csv.ts), over the built-in resources
    const v = acledRecord((resources ??= loadResources()), e as unknown as ExportEvent).values;
    const gold = g.columns ?? {};
    return {
      'acled.interaction': [gold['acled.interaction'] ?? '', String(v.interaction)],
      'acled.civilian_targeting': [gold['acled.civilian_targeting'] ?? '', String(v.civilian_targeting)],
      'acled.admin1': [foldName(gold['acled.admin1'] ?? ''), foldName(String(v.admin1))],
      // an unknown toll is written 0 (flagged in tags), as ACLED writes it (docs/EVAL.md)
      'acled.fatalities': [gold['acled.fatalities'] ?? '', String(v.fatalities)],
    };
  },
};
