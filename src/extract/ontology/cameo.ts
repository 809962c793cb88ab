/**
 * PLOVER type + mode → CAMEO code (CAMEO 1.1b3 codebook; PLOVER's own CAMEO2PLOVER table read the other
 * way). Returns the most specific code the mode supports, else the root ("18" for ASSAULT), or null for
 * OTHER.
 */
import type { PloverType } from '../../core/model/event.js';

const BY_TYPE_MODE: Record<string, string> = {
  'ASSAULT:drone': '195', 'ASSAULT:airstrike': '195', 'ASSAULT:missile': '194', 'ASSAULT:rocket': '194', 'ASSAULT:shelling': '194',
  'ASSAULT:explosion': '183', 'ASSAULT:suicide': '1831', 'ASSAULT:grenade': '183', 'ASSAULT:assassination': '186', 'ASSAULT:abduction': '181',
  'ASSAULT:firearms': '190', 'ASSAULT:armed clash': '190', 'ASSAULT:stabbing': '182', 'ASSAULT:beating': '182', 'ASSAULT:stoning': '182', 'ASSAULT:sexual violence': '1821',
  'ASSAULT:chemical': '2041', 'ASSAULT:arson': '180',
  'COERCE:arrest': '173', 'COERCE:raid': '173', 'COERCE:seize': '1711', 'COERCE:property destruction': '1711', 'COERCE:expel': '174', 'COERCE:curfew': '1723', 'COERCE:ban': '172',
  'MOBILIZE:deploy': '154', 'MOBILIZE:reinforce': '154', 'MOBILIZE:patrol': '150', 'MOBILIZE:exercise': '151', 'MOBILIZE:alert': '152',
  'PROTEST:demonstrate': '141', 'PROTEST:sit-in': '141', 'PROTEST:hunger strike': '142', 'PROTEST:strike': '143', 'PROTEST:riot': '145',
  'CONSULT:phone': '041', 'CONSULT:visit': '042', 'CONSULT:meeting': '040', 'CONSULT:negotiate': '046', 'CONSULT:mediate': '045',
  'AGREE:announce talks': '036', 'AGREE:promise': '030', 'AGREE:agreement': '057', 'AGREE:ceasefire': '0871',
  'RETREAT:withdraw': '0874', 'RETREAT:suspend attacks': '087', 'RETREAT:ceasefire': '0871', 'RETREAT:surrender': '0874', 'RETREAT:release': '0841',
  'ACCUSE:investigate': '090', 'SANCTION:diplomatic': '161', 'REJECT:veto': '1246',
};

const ROOT: Record<string, string> = {
  AGREE: '03', CONSULT: '04', SUPPORT: '05', COOPERATE: '06', AID: '07', CONCEDE: '08', RETREAT: '08', ACCUSE: '11', REQUEST: '10',
  REJECT: '12', THREATEN: '13', PROTEST: '14', MOBILIZE: '15', SANCTION: '16', COERCE: '17', ASSAULT: '18',
};

export function cameoFor(type: PloverType | string, mode: string | null): string | null {
  return BY_TYPE_MODE[`${type}:${mode ?? ''}`] ?? ROOT[type] ?? null;
}
