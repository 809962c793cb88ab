/**
 * PLOVER gold-standard records (Open Event Data Alliance) as gold: each sentence is an article dated
 * with the record's date. Compared: event category (mapped to the PLOVER 2021 set, data/plover.json),
 * source and target actor names and countries (docs/EVAL.md, "PLOVER").
 */
import { readFileSync } from 'node:fs';
import { GoldBuilder, type LoadedGold } from '../gold.js';
import type { PloverType } from '../../core/model/event.js';
import { evalData } from '../data.js';
import { iso2Of } from '../countries.js';
import type { Classifiers } from '../score-records.js';

interface PloverActor { actorText?: string; code?: string; sector?: string }
/** `source`/`target` are lists of actors, or an empty string / absent when the record has none */
interface PloverRecord { id?: string; date?: string; event?: string; text?: string; source?: PloverActor[] | string | null; target?: PloverActor[] | string | null }

const actors = (x: PloverRecord['source']): PloverActor[] => (Array.isArray(x) ? x : []);

export function loadPlover(path: string, limit?: number): LoadedGold {
  const { categories } = evalData<{ categories: Record<string, PloverType> }>('plover.json');
  const b = new GoldBuilder('plover', path);
  const data = JSON.parse(readFileSync(path, 'utf8')) as PloverRecord[];
  for (const r of data) {
    if (r.event === 'DOCUMENT') continue;
    if (!r.text?.trim() || !r.event) { b.skip('no text or event'); continue; }
    const type = categories[r.event.toUpperCase()];
    const countries = (xs: PloverRecord['source']): string[] => [...new Set(actors(xs).map((a) => iso2Of(a.code ?? '')).filter((c): c is string => !!c))];
    const more = b.add({
      id: r.id ?? String(b.records.length),
      text: r.text.trim(),
      typeLabel: r.event,
      types: type ? [type] : ['OTHER'],
      agents: actors(r.source).map((a) => a.actorText ?? '').filter(Boolean),
      targets: actors(r.target).map((a) => a.actorText ?? '').filter(Boolean),
      sourceCountries: countries(r.source),
      targetCountries: countries(r.target),
    }, { published: /^\d{4}-\d{2}-\d{2}$/.test(r.date ?? '') ? r.date! : null, source: null }, limit);
    if (!more) break;
  }
  return b.result();
}

export const ploverClassifiers: Classifiers = {};
