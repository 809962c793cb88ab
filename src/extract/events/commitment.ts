/**
 * Commitments: a statement that an actor will, is willing to, or has promised to act is itself an act
 * PLOVER codes (AGREE: "agree to, offer or promise to do something"; THREATEN: the same for a hostile
 * act). The planned act stays non-asserted; the commitment is an asserted AGREE or THREATEN event on the
 * same trigger ("Portugal will support Turkey's bid, its president said" → AGREE; "Greece plans to impose
 * restrictions" → THREATEN). Only firm commitment cues count: intent verbs that commit (promise, pledge,
 * vow, decide, agree, plan, intend, prepare), "willing/ready/prepared to", and "will"/"would" in reported
 * speech. Forecasts, conditionals ("could", "if") and wishes ("hope to") give none.
 */
import type { PloverType } from '../../core/model/event.js';
import { lexicon } from '../lexicon/index.js';
import type { ModalityReading } from './modality.js';
import type { SentView } from './sentence.js';
import type { TriggerHit } from './triggers.js';

const COMMIT_VERBS = new Set(['promise', 'pledge', 'vow', 'decide', 'agree', 'plan', 'intend', 'prepare', 'offer', 'undertake', 'commit']);
const COMMIT_PHRASES = /^(?:(?:willing|ready|prepared|poised) to|plans? to|planned to|intends? to|vow(?:s|ed)? to|pledged? to|promised? to)$/;
const HOSTILE = new Set<PloverType>(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE', 'PROTEST', 'REJECT']);
const COOPERATIVE = new Set<PloverType>(['AID', 'SUPPORT', 'COOPERATE', 'RETREAT', 'CONCEDE', 'CONSULT', 'AGREE']);

/** The PLOVER type of the commitment to a planned act, or null when the cue is no firm commitment. */
export function commitmentType(v: SentView, hit: TriggerHit, type: PloverType, mod: ModalityReading): PloverType | null {
  if (mod.modality !== 'planned' && mod.modality !== 'hypothetical') return null;
  const kind = HOSTILE.has(type) ? 'THREATEN' : COOPERATIVE.has(type) ? 'AGREE' : null;
  if (!kind) return null;
  const cue = mod.cue ?? '';
  if (mod.intentVerb && COMMIT_VERBS.has(mod.intentVerb)) return kind;
  if (COMMIT_PHRASES.test(cue)) return kind;
  if (cue === 'will' || cue === "'ll" || cue === 'would') {
    // reported speech: "X said it will ...", "..., the ministry said"
    const { reportingVerbs } = lexicon().cues;
    for (let k = 0; k < v.toks.length; k++) {
      if (k >= hit.a && k < hit.b) continue;
      if ((v.toks[k]!.pos === 'VERB' || v.toks[k]!.pos === 'AUX') && (reportingVerbs.has(v.low[k]!) || reportingVerbs.has(v.lemma[k]!)) && v.low[k] !== 'according') return kind;
    }
    return null;
  }
  return null;
}
