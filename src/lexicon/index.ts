/**
 * The compiled event lexicon: triggers, weapons, cue lists, nations, casualty, responsibility and outcome
 * words, read from `dict/` once per Resources (src/resources) (see docs/ONTOLOGY.md for what each list means).
 */
import type { PloverType } from '../core/model/event.js';
import { readJson, readTsv } from './files.js';
import { PhraseIndex } from './phrases.js';

export type SlotRole = 'agent' | 'target' | 'weapon' | 'victim' | 'place' | 'theme' | '-';

export interface TriggerEntry {
  readonly type: PloverType;
  readonly mode: string | null;
  readonly kind: 'verb' | 'noun' | 'any';
  readonly pattern: string;
  readonly subj: SlotRole;
  readonly obj: SlotRole;
  readonly flags: ReadonlySet<string>;
  /** `outcome=X` flag */
  readonly outcome: string | null;
  /** `needs-theme=a|b` flag */
  readonly needsTheme: readonly string[] | null;
}

export interface WeaponEntry {
  readonly weapon: string;
  readonly mode: string;
  readonly countable: boolean;
}

export interface NationEntry {
  readonly name: string;
  readonly iso2: string;
}

export interface Cues {
  readonly lightVerbs: Set<string>;
  readonly happenVerbs: Set<string>;
  readonly intentVerbs: Set<string>;
  readonly intentToAgree: Set<string>;
  readonly modalVerbs: Record<string, string>;
  readonly futureCues: string[];
  readonly negationCues: string[];
  readonly denialCues: Set<string>;
  readonly reportingVerbs: Set<string>;
  readonly reportingNouns: Set<string>;
  readonly habitualCues: string[];
  readonly anaphoraNouns: Set<string>;
  readonly anaphoraDeterminers: Set<string>;
  readonly resultCues: string[];
  readonly protesterNouns: Set<string>;
  /** purpose phrases that make a gathering a protest whoever gathers ("gathered ... to protest", "in solidarity with") */
  readonly protestPurpose: string[];
  readonly occupantCues: string[];
  readonly respondCues: string[];
  /** phrases that introduce the incident another one answers or follows ("in retaliation for", "after") */
  readonly causeCues: string[];
  /** light verbs whose subject carries out an attack noun ("carried out an attack"; not "called the attack an outrage") */
  readonly attackLightVerbs: Set<string>;
  readonly placeNouns: Set<string>;
  /** what a hostile promise promises ("promised further operations", "vowed revenge"): a threat, not an agreement */
  readonly hostileThemes: Set<string>;
  readonly actorNouns: Set<string>;
  readonly unknownActorNouns: Set<string>;
  readonly themeHeads: Set<string>;
  readonly stopThemeHeads: Set<string>;
}

export interface CasualtyCues {
  readonly killed: PhraseIndex<'killed'>;
  readonly injured: PhraseIndex<'injured'>;
  readonly zero: PhraseIndex<'both' | 'injured' | 'killed' | 'unknown'>;
  readonly vague: Record<string, number>;
  readonly personNouns: Set<string>;
}

export interface ResponsibilityCues {
  readonly claimed: PhraseIndex<true>;
  readonly unclaimedSubjects: PhraseIndex<true>;
  readonly unclaimedPhrases: PhraseIndex<true>;
  readonly attributed: PhraseIndex<true>;
  readonly denied: PhraseIndex<true>;
}

export interface Lexicon {
  readonly triggers: PhraseIndex<TriggerEntry>;
  readonly weapons: PhraseIndex<WeaponEntry>;
  readonly nations: PhraseIndex<NationEntry>;
  readonly outcomes: PhraseIndex<string>;
  readonly cues: Cues;
  readonly casualty: CasualtyCues;
  readonly responsibility: ResponsibilityCues;
}

const index = <T>(phrases: Iterable<string>, data: T): PhraseIndex<T> => {
  const ix = new PhraseIndex<T>();
  for (const p of phrases) ix.add(p, data);
  return ix;
};

function loadTriggers(): PhraseIndex<TriggerEntry> {
  const ix = new PhraseIndex<TriggerEntry>();
  for (const [type, mode, kind, pattern, subj, obj, flagText] of readTsv('event-triggers.tsv')) {
    if (!type || !pattern) continue;
    const flags = new Set((flagText ?? '').split(',').map((f) => f.trim()).filter(Boolean));
    const outcome = [...flags].find((f) => f.startsWith('outcome='))?.slice(8) ?? null;
    const theme = [...flags].find((f) => f.startsWith('needs-theme='));
    ix.add(pattern, {
      type: type as PloverType, mode: mode && mode !== '-' ? mode : null, kind: (kind as TriggerEntry['kind']) || 'any', pattern,
      subj: (subj || '-') as SlotRole, obj: (obj || '-') as SlotRole, flags, outcome,
      needsTheme: theme ? theme.slice('needs-theme='.length).split('|') : null,
    });
  }
  return ix;
}

function loadWeapons(): PhraseIndex<WeaponEntry> {
  const ix = new PhraseIndex<WeaponEntry>();
  for (const [pattern, weapon, mode, count] of readTsv('weapons.tsv')) {
    if (pattern && weapon && mode) ix.add(pattern, { weapon, mode, countable: count === 'yes' });
  }
  return ix;
}

function loadNations(): PhraseIndex<NationEntry> {
  const ix = new PhraseIndex<NationEntry>();
  for (const [name, iso2, forms] of readTsv('nations.tsv')) {
    if (!name || !iso2) continue;
    for (const f of (forms ?? '').split('|')) if (f) ix.add(f.replace(/\s+/g, ' '), { name, iso2 });
  }
  return ix;
}

function loadOutcomes(): PhraseIndex<string> {
  const ix = new PhraseIndex<string>();
  const data = readJson<Record<string, string[] | string>>('outcomes.json');
  for (const [k, v] of Object.entries(data)) if (!k.startsWith('_') && Array.isArray(v)) for (const p of v) ix.add(p, k);
  return ix;
}

function loadCues(): Cues {
  const c = readJson<Record<string, unknown>>('cues.json');
  const set = (k: string) => new Set((c[k] as string[]).map((s) => s.toLowerCase()));
  const list = (k: string) => (c[k] as string[]).map((s) => s.toLowerCase());
  return {
    lightVerbs: set('lightVerbs'), happenVerbs: set('happenVerbs'), intentVerbs: set('intentVerbs'), intentToAgree: set('intentToAgree'),
    modalVerbs: c.modalVerbs as Record<string, string>, futureCues: list('futureCues'), negationCues: list('negationCues'),
    denialCues: set('denialCues'), reportingVerbs: set('reportingVerbs'), reportingNouns: set('reportingNouns'),
    habitualCues: list('habitualCues'), anaphoraNouns: set('anaphoraNouns'), anaphoraDeterminers: set('anaphoraDeterminers'),
    resultCues: list('resultCues'), protesterNouns: set('protesterNouns'), protestPurpose: list('protestPurpose'),
    occupantCues: list('occupantCues'), respondCues: list('respondCues'), causeCues: list('causeCues'), attackLightVerbs: set('attackLightVerbs'), placeNouns: set('placeNouns'), hostileThemes: set('hostileThemes'),
    actorNouns: set('actorNouns'), unknownActorNouns: set('unknownActorNouns'), themeHeads: set('themeHeads'), stopThemeHeads: set('stopThemeHeads'),
  };
}

function loadCasualty(): CasualtyCues {
  const c = readJson<Record<string, unknown>>('casualties.json');
  const zero = new PhraseIndex<'both' | 'injured' | 'killed' | 'unknown'>();
  for (const p of c.zeroBoth as string[]) zero.add(p, 'both');
  for (const p of c.zeroInjured as string[]) zero.add(p, 'injured');
  for (const p of c.zeroKilled as string[]) zero.add(p, 'killed');
  for (const p of c.unknownCount as string[]) zero.add(p, 'unknown');
  return {
    killed: index(c.killed as string[], 'killed' as const), injured: index(c.injured as string[], 'injured' as const), zero,
    vague: c.vague as Record<string, number>, personNouns: new Set(c.personNouns as string[]),
  };
}

function loadResponsibility(): ResponsibilityCues {
  const c = readJson<Record<string, string[]>>('responsibility.json');
  return {
    claimed: index(c.claimed!, true), unclaimedSubjects: index(c.unclaimedSubjects!, true), unclaimedPhrases: index(c.unclaimedPhrases!, true),
    attributed: index(c.attributedVerbs!, true), denied: index(c.deniedPhrases!, true),
  };
}

/**
 * Compiles the lexicon from dict/ (about 10 ms). Called once by `loadResources` (src/resources); stages
 * read it as `ctx.resources.lexicon`.
 */
export function loadLexicon(): Lexicon {
  return {
    triggers: loadTriggers(), weapons: loadWeapons(), nations: loadNations(), outcomes: loadOutcomes(),
    cues: loadCues(), casualty: loadCasualty(), responsibility: loadResponsibility(),
  };
}
