/**
 * The context ACLED codes by, read off a canonical event: whether the target is civilians (ACLED's
 * "Violence against civilians"), whether the violence came from rioters or a mob ("Riots"), whether a
 * protest was met by force ("Protest with intervention"). Word lists, not sentences of any record.
 */
import type { AcledContext } from './acled.js';

const CIVILIAN = /\b(?:civilians?|villagers?|shepherds?|farmers?|herders?|(?:young |old |elderly )?(?:man|men|woman|women|boys?|girls?|child|children|kids?)|residents?|workers?|labou?rers?|journalists?|reporters?|activists?|teachers?|doctors?|nurses?|students?|merchants?|traders?|shop ?keepers?|drivers?|pilgrims?|worshipp?ers?|idps?|(?:internally )?displaced (?:people|persons?)|refugees?|famil(?:y|ies)|passers?-?by|truffle (?:hunters?|gatherers?)|fishermen|mukhtar|tribal (?:elder|leader|sheikh)s?|aid workers?|contractors?|bodies|body)\b/i;
const ARMED = /\b(?:soldiers?|troops?|forces?|militants?|fighters?|militia(?:men|s)?|police(?:men)?|officers?|gunmen|insurgents?|army|guards?|members? of|personnel|commanders?|rebels?|jihadists?)\b/i;
const RIOTERS = /\b(?:rioters?|mobs?|protesters?|demonstrators?|angry crowds?|crowds? of)\b/i;
const FORCE_ON_PROTEST = /\b(?:dispersed|tear gas|rubber bullets|water cannons?|stun grenades?|(?:beat|beaten|arrested|detained) (?:the |several |dozens of )?(?:protesters|demonstrators)|opened fire on (?:the )?(?:protesters|demonstrators))\b/i;
const REMOTE = new Set(['drone', 'airstrike', 'missile', 'rocket', 'shelling', 'explosion', 'suicide', 'grenade', 'chemical']);

export interface ContextInput {
  readonly type: string;
  readonly mode: string | null;
  readonly outcome: string | null;
  readonly actors: readonly { role: string; name: string; entity: string | null }[];
  readonly reports: readonly { text: string }[];
}

export function acledContext(e: ContextInput): AcledContext {
  const targets = e.actors.filter((a) => a.role === 'target').map((a) => a.name);
  const agents = e.actors.filter((a) => a.role === 'agent').map((a) => a.name);
  const text = e.reports.map((r) => r.text).join(' ');
  const targetNamed = targets.join(' ; ');
  const targetCivilian = targets.length
    ? CIVILIAN.test(targetNamed) && !ARMED.test(targetNamed)
    : CIVILIAN.test(text) && !ARMED.test(text.replace(/\b(?:unknown|unidentified) (?:gunmen|militants|armed men)\b/gi, ''));
  const riot = !REMOTE.has(e.mode ?? '') && (RIOTERS.test(agents.join(' ')) || (e.type === 'ASSAULT' && RIOTERS.test(text) && !agents.length) || /\brioters?\b/i.test(text));
  return { outcome: e.outcome, targetCivilian, riot, intervention: e.type === 'PROTEST' && FORCE_ON_PROTEST.test(text) };
}
