/**
 * Global Terrorism Database (START) incidents as gold: the `summary` without its leading `MM/DD/YYYY:`
 * is the article, that date its publication date; attack type, weapon type, perpetrator, target,
 * claim, casualties, date and place are compared (docs/EVAL.md, "GTD").
 */
import { readFileSync } from 'node:fs';
import { csvRecords } from '../csv.js';
import { GoldBuilder, type GoldDate, type LoadedGold } from '../gold.js';
import type { PloverType } from '../../core/model/event.js';
import { evalData } from '../data.js';
import { classify, compileRules, type ClassRule, type CompiledRule } from '../classify.js';
import { isUnknownActor } from '../names.js';
import type { Classifiers } from '../score-records.js';
import type { ReportEvent } from '../report.js';

interface GtdTables {
  attackTypes: Record<string, { label: string; plover: PloverType[] }>;
  attackClassRules: ClassRule[];
  weaponTypes: Record<string, string>;
  weaponClassRules: ClassRule[];
  targetClassRules: ClassRule[];
}

const PREFIX = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*:\s*/;
const pad = (n: number): string => String(n).padStart(2, '0');
const num = (s: string | undefined): number | null => (s !== undefined && s.trim() !== '' && Number.isFinite(Number(s)) ? Number(s) : null);

/** The incident date as an interval: the day, or its month or year when GTD gives 0 for day or month. */
function incidentDate(r: Record<string, string>): GoldDate | null {
  const y = num(r.iyear), m = num(r.imonth), d = num(r.iday);
  if (!y) return null;
  if (!m) return { start: `${y}-01-01`, end: `${y}-12-31` };
  if (!d) return { start: `${y}-${pad(m)}-01`, end: new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10) };
  return { start: `${y}-${pad(m)}-${pad(d)}`, end: `${y}-${pad(m)}-${pad(d)}` };
}

const count = (s: string | undefined): { best: number; low: number; high: number } | null => {
  const n = num(s);
  return n === null || n < 0 ? null : { best: n, low: n, high: n };
};

export function loadGtd(path: string, limit?: number): LoadedGold {
  const t = evalData<GtdTables>('gtd.json');
  const b = new GoldBuilder('gtd', path);
  for (const r of csvRecords(readFileSync(path, 'utf8'))) {
    const summary = r.summary ?? '';
    const m = PREFIX.exec(summary);
    const text = summary.slice(m ? m[0].length : 0).trim();
    if (!text) { b.skip('no summary'); continue; }
    const published = m && Number(m[2]) > 0 ? `${m[3]}-${pad(Number(m[1]))}-${pad(Number(m[2]))}` : null;
    const at = t.attackTypes[r.attacktype1 ?? ''] ?? t.attackTypes['9']!;
    const lat = num(r.latitude), lon = num(r.longitude);
    const agents = [r.gname, r.gname2, r.gname3].filter((g): g is string => !!g && !isUnknownActor(g));
    const targets = [r.target1, r.corp1, r.target2, r.corp2].filter((g): g is string => !!g && !/^(unknown|unk|not applicable)$/i.test(g.trim()));
    const weap = r.weaptype1 && r.weaptype1 !== '13' ? t.weaponTypes[r.weaptype1] ?? null : null;
    const more = b.add({
      id: r.eventid ?? String(b.records.length),
      text,
      typeLabel: r.attacktype1_txt || at.label,
      types: at.plover,
      subtype: at.label,
      date: incidentDate(r),
      geo: lat !== null && lon !== null ? { lat, lon, exact: r.specificity === '1', name: [r.city, r.provstate, r.country_txt].filter(Boolean).join(', ') } : null,
      agents,
      targets,
      targetClass: r.targtype1_txt && r.targtype1_txt !== 'Unknown' ? r.targtype1_txt : null,
      claimed: r.claimed === '1' ? true : r.claimed === '0' ? false : null,
      weaponClass: weap,
      killed: count(r.nkill),
      injured: count(r.nwound),
    }, { published, source: null }, limit);
    if (!more) break;
  }
  return b.result();
}

let rules: { attack: CompiledRule[]; weapon: CompiledRule[]; target: CompiledRule[] } | null = null;
function compiled(): NonNullable<typeof rules> {
  if (!rules) {
    const t = evalData<GtdTables>('gtd.json');
    rules = { attack: compileRules(t.attackClassRules), weapon: compileRules(t.weaponClassRules), target: compileRules(t.targetClassRules) };
  }
  return rules;
}
const freeText = (e: ReportEvent): string => `${e.mode ?? ''} ${e.weapon ?? ''}`.replace(/[-_]/g, ' ');

export const gtdClassifiers: Classifiers = {
  subtype(e) {
    const r = classify(compiled().attack, String(e.type).toUpperCase(), freeText(e));
    return r?.code ? evalData<GtdTables>('gtd.json').attackTypes[r.code]?.label ?? null : null;
  },
  weaponClass(e) {
    const r = classify(compiled().weapon, null, (e.weapon ?? e.mode ?? '').replace(/[-_]/g, ' '));
    return r?.code ? evalData<GtdTables>('gtd.json').weaponTypes[r.code] ?? null : null;
  },
  targetClass(names) {
    return classify(compiled().target, null, names.join(' ; '))?.label ?? null;
  },
};
