/**
 * Commitments: a statement that an actor will, is willing to, or has promised to act is itself an act
 * PLOVER codes (AGREE: "agree to, offer or promise to do something"; THREATEN: the same for a hostile
 * act). The planned act stays non-asserted; the commitment is an asserted AGREE or THREATEN event on the
 * same trigger ("Portugal will support Turkey's bid, its president said" → AGREE; "Greece plans to impose
 * restrictions" → THREATEN). Only firm commitment cues count: intent verbs that commit (promise, pledge,
 * vow, decide, agree, plan, intend, prepare), "willing/ready/prepared to", and "will"/"would" in reported
 * speech. Forecasts, conditionals ("could", "if"), wishes ("hope to"), denied or questioned intents ("do not
 * intend to", "whether it plans to") and forecasts of an event noun ("the withdrawal would happen") give none.
 */
import type { PloverType } from '../../core/model/event.js';
import type { ModalityReading } from './modality.js';
import type { SentView } from './sentence.js';
import type { TriggerHit } from './triggers.js';

const COMMIT_VERBS = new Set(['promise', 'pledge', 'vow', 'decide', 'agree', 'plan', 'intend', 'prepare', 'offer', 'undertake', 'commit']);
const COMMIT_PHRASES = /^(?:(?:willing|ready|prepared|poised|committed) to|plans? to|planned to|intends? to|vow(?:s|ed)? to|pledged? to|promised? to)$/;
const HOSTILE = new Set<PloverType>(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE', 'PROTEST', 'REJECT']);
const COOPERATIVE = new Set<PloverType>(['AID', 'SUPPORT', 'COOPERATE', 'RETREAT', 'CONCEDE', 'CONSULT', 'AGREE']);

/** The PLOVER type of the commitment to a planned act, or null when the cue is no firm commitment. */
export function commitmentType(v: SentView, hit: TriggerHit, type: PloverType, mod: ModalityReading): PloverType | null {
  if (mod.modality !== 'planned' && mod.modality !== 'hypothetical') return null;
  const kind = HOSTILE.has(type) ? 'THREATEN' : COOPERATIVE.has(type) ? 'AGREE' : null;
  if (!kind) return null;
  const cue = mod.cue ?? '';
  // "do not intend to surrender", "never promised to withdraw": a denied intent commits to nothing
  const cueAt = cueIndex(v, hit, cue);
  if (cueAt >= 0 && v.low.slice(Math.max(0, cueAt - 3), cueAt).some((w) => w === 'not' || w === "n't" || w === 'never' || w === 'no')) return null;
  // "whether the US plans to withdraw": a question is no commitment
  if (cueAt >= 0 && v.low.slice(0, cueAt).includes('whether')) return null;
  if (mod.intentVerb && COMMIT_VERBS.has(mod.intentVerb)) return kind;
  // the noun "plans" commits only its owner as subject ("Greece plans to"), not "reverse plans to withdraw", "its plans to"
  if (/^plans? to$/.test(cue) && cueAt > 0 && (['DET', 'ADJ', 'VERB', 'NUM'].includes(v.toks[cueAt - 1]!.pos) || /^(its|their|his|her|our|my|your|'s)$/.test(v.low[cueAt - 1]!))) return null;
  if (COMMIT_PHRASES.test(cue)) return kind;
  // "X said it will withdraw" commits X; "the withdrawal would happen quickly" is a forecast of an event noun
  // (talks announced as beginning stay a commitment: PLOVER's "announce talks")
  if ((cue === 'will' || cue === "'ll" || cue === 'would') && !hit.verbal && type !== 'CONSULT') return null;
  // "formations will be withdrawn": in the passive the subject is acted upon; whoever will act is not named, so no one is committed
  if ((cue === 'will' || cue === "'ll" || cue === 'would') && hit.verbal && v.lemma.slice(Math.max(0, hit.a - 3), hit.a).includes('be') && !/ing$/.test(v.low[hit.head]!)) return null;
  if (cue === 'will' || cue === "'ll" || cue === 'would') {
    // reported speech: "X said it will ...", "..., the ministry said"
    const { reportingVerbs } = v.lex.cues;
    for (let k = 0; k < v.toks.length; k++) {
      if (k >= hit.a && k < hit.b) continue;
      if ((v.toks[k]!.pos === 'VERB' || v.toks[k]!.pos === 'AUX') && (reportingVerbs.has(v.low[k]!) || reportingVerbs.has(v.lemma[k]!)) && v.low[k] !== 'according') return kind;
    }
    return null;
  }
  return null;
}

/** Token index of the first word of the modality cue before the trigger, or -1. */
function cueIndex(v: SentView, hit: TriggerHit, cue: string): number {
  const first = cue.split(' ')[0];
  if (!first) return -1;
  for (let k = hit.a - 1; k >= Math.max(0, hit.a - 12); k--) if (v.low[k] === first || v.lemma[k] === first) return k;
  return -1;
}
