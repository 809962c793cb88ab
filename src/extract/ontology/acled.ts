/**
 * PLOVER type + mode → ACLED event type and sub-event type (ACLED Codebook 2022 categories). Types ACLED
 * does not code (talks, statements, sanctions) map to null. Context refines the choice the way ACLED
 * coders do: intercepted or defused attacks are "Disrupted weapons use", attacks on civilians with no
 * remote weapon are "Violence against civilians / Attack", firearm attacks on armed actors "Armed clash",
 * detentions by non-state armed groups "Abduction/forced disappearance", crowds' violence "Riots".
 */
import type { PloverType } from '../../core/model/event.js';

export interface AcledType {
  readonly event_type: string;
  readonly sub_event_type: string;
}

export interface AcledContext {
  readonly outcome?: string | null;
  /** the target is civilians (or no armed actor) */
  readonly targetCivilian?: boolean;
  /** a protest met by force ("police dispersed", "fired tear gas") */
  readonly intervention?: boolean;
  /** the violence came from rioters or a mob, not an organised armed actor */
  readonly riot?: boolean;
  /** riot violence with no demonstration around it (ACLED "Mob violence") */
  readonly mob?: boolean;
  /** a detention made by a non-state armed group: ACLED codes it as an abduction, not an arrest */
  readonly nonStateDetention?: boolean;
}

const ER = 'Explosions/Remote violence';
const SD = 'Strategic developments';
const VAC = 'Violence against civilians';
const t = (event_type: string, sub_event_type: string): AcledType => ({ event_type, sub_event_type });

const ASSAULT_BY_MODE: Record<string, AcledType> = {
  drone: t(ER, 'Air/drone strike'),
  airstrike: t(ER, 'Air/drone strike'),
  missile: t(ER, 'Shelling/artillery/missile attack'),
  rocket: t(ER, 'Shelling/artillery/missile attack'),
  shelling: t(ER, 'Shelling/artillery/missile attack'),
  explosion: t(ER, 'Remote explosive/landmine/IED'),
  suicide: t(ER, 'Suicide bomb'),
  grenade: t(ER, 'Grenade'),
  chemical: t(ER, 'Chemical weapon'),
  'armed clash': t('Battles', 'Armed clash'),
  abduction: t(VAC, 'Abduction/forced disappearance'),
  'sexual violence': t(VAC, 'Sexual violence'),
  arson: t(SD, 'Looting/property destruction'),
};

const REMOTE_MODES = new Set(['drone', 'airstrike', 'missile', 'rocket', 'shelling', 'explosion', 'suicide', 'grenade', 'chemical']);

export function acledFor(type: PloverType | string, mode: string | null, ctx: AcledContext = {}): AcledType | null {
  const m = mode ?? '';
  switch (type) {
    case 'ASSAULT':
      if (ctx.outcome && /intercept|shot down|defus|foil/.test(ctx.outcome) && (REMOTE_MODES.has(m) || /defus/.test(ctx.outcome))) return t(SD, 'Disrupted weapons use');
      if (ctx.riot && !REMOTE_MODES.has(m)) return t('Riots', ctx.mob ? 'Mob violence' : 'Violent demonstration');
      if (ASSAULT_BY_MODE[m]) return ASSAULT_BY_MODE[m]!;
      return ctx.targetCivilian ? t(VAC, 'Attack') : t('Battles', 'Armed clash');
    case 'PROTEST':
      if (m === 'riot' || ctx.riot) return t('Riots', ctx.mob ? 'Mob violence' : 'Violent demonstration');
      if (m === 'mob') return t('Riots', 'Mob violence');
      return ctx.intervention ? t('Protests', 'Protest with intervention') : t('Protests', 'Peaceful protest');
    case 'COERCE':
      if (m === 'arrest' && ctx.nonStateDetention) return t(VAC, 'Abduction/forced disappearance');
      if (m === 'arrest' || m === 'raid') return t(SD, 'Arrests');
      if (m === 'property destruction' || m === 'seize') return t(SD, 'Looting/property destruction');
      return t(SD, 'Other');
    case 'MOBILIZE':
      return t(SD, 'Change to group/activity');
    case 'RETREAT':
      return m === 'ceasefire' ? t(SD, 'Agreement') : m === 'release' ? t(SD, 'Other') : t(SD, 'Change to group/activity');
    case 'AGREE':
      // a promise to act is no agreement ACLED would code
      return m === 'promise' ? null : t(SD, 'Agreement');
    case 'COOPERATE':
      return t(SD, 'Agreement');
    case 'CONCEDE':
      return t(SD, 'Other');
    default:
      return null;
  }
}
