/**
 * Responsibility statements in a sentence: "X claimed responsibility" (claimed by X), "No group has yet
 * claimed responsibility" (unclaimed), "sources attributed the attack to X", "blamed by Y on X",
 * "suspected the involvement of X" (attributed to X), "X, which denied involvement" (denied by X).
 * Claimants stay as written when unnamed ("An Iraqi militia"). Cue phrases: dict/responsibility.json.
 */
import type { ActorRef, ResponsibilityRef } from '../../core/model/event.js';
import { readSlot } from './actors.js';
import { npLeft, npRight } from './np.js';
import { findSeq, rangeOf, textOf, type SentView } from './sentence.js';

export interface ResponsibilityReading extends ResponsibilityRef {
  /** the actors named as responsible (for the event's agent when none is known) */
  readonly actors: ActorRef[];
}

const stripDet = (s: string): string => s.replace(/^(the|a|an)\s+/i, '').trim();

function namesOf(v: SentView, np: [number, number]): { by: string[]; actors: ActorRef[] } {
  const actors = readSlot(v, np[0], np[1], 'agent').actors;
  if (actors.length) return { by: [...new Set(actors.map((a) => a.name))], actors };
  const text = stripDet(textOf(v, np[0], np[1]));
  return { by: text ? [text] : [], actors: text ? [{ role: 'agent', name: text, entity: null, at: rangeOf(v, np[0], np[1]) }] : [] };
}

/** Does the token range hold a time expression ("last year", "on Monday")? */
function isTimeSpan(v: SentView, np: [number, number]): boolean {
  const from = v.toks[np[0]]!.start, to = v.toks[np[1] - 1]!.end;
  return v.doc.times.some((t) => t.start < to && t.end > from);
}

function subjectBefore(v: SentView, k: number): [number, number] | null {
  let e = k;
  while (e > 0 && (v.toks[e - 1]!.pos === 'AUX' || v.toks[e - 1]!.pos === 'ADV' || v.low[e - 1] === 'yet')) e--;
  if (v.low[e - 1] === 'which' || v.low[e - 1] === 'who') {
    let a = e - 1;
    if (v.low[a - 1] === ',') a--;
    return npLeft(v, a, { coord: true });
  }
  const np = npLeft(v, e, { coord: true });
  // "A group that few had heard of until last year has claimed ...": a time phrase ends a relative
  // clause; the claimant is the noun phrase the clause hangs on
  if (np && isTimeSpan(v, np)) {
    for (let r = np[0] - 1; r >= Math.max(0, np[0] - 14); r--) {
      if (/^(that|which|who)$/.test(v.low[r]!)) return npLeft(v, r, { coord: true });
    }
    return null;
  }
  return np;
}

export function readResponsibility(v: SentView): ResponsibilityReading[] {
  const lex = v.lex.responsibility;
  const out: ResponsibilityReading[] = [];
  const n = v.toks.length;
  for (let k = 0; k < n; k++) {
    const un = lex.unclaimedPhrases.matchAt(v.toks, k)[0];
    if (un) { out.push({ status: 'unclaimed', by: [], actors: [], at: rangeOf(v, k, un.end) }); k = un.end - 1; continue; }
    const cl = lex.claimed.matchAt(v.toks, k)[0];
    if (cl) {
      const subj = subjectBefore(v, k);
      const from = subj ? subj[0] : k;
      if (subj && lex.unclaimedSubjects.matchAt(v.toks, subj[0])[0]) out.push({ status: 'unclaimed', by: [], actors: [], at: rangeOf(v, from, cl.end) });
      else if (subj && !/^(it|they|he|she)$/.test(v.low[subj[0]]!)) {
        const { by, actors } = namesOf(v, subj);
        // "X claimed to have ..." with no trigger word is still a claim
        out.push({ status: 'claimed', by, actors, at: rangeOf(v, from, cl.end) });
      }
      k = cl.end - 1;
      continue;
    }
    const de = lex.denied.matchAt(v.toks, k)[0];
    if (de) {
      const subj = subjectBefore(v, k);
      if (subj) { const { by, actors } = namesOf(v, subj); out.push({ status: 'denied', by, actors, at: rangeOf(v, subj[0], de.end) }); }
      k = de.end - 1;
      continue;
    }
    const at = lex.attributed.matchAt(v.toks, k)[0];
    if (at) {
      const limit = Math.min(n, at.end + 10);
      let np: [number, number] | null = null;
      const passive = v.lemma[k - 1] === 'be' || v.lemma[k - 2] === 'be';
      for (const prep of ['involvement of', 'to', 'on']) {
        const p = findSeq(v, prep, at.end, limit);
        if (p >= 0) { np = npRight(v, p + prep.split(' ').length, { coord: true, limit: n }); if (np) break; }
      }
      if (!np && /^(believed|presumed|thought) to be$/.test(v.low.slice(k, at.end).join(' '))) np = npRight(v, at.end, { coord: true, limit: n });
      if (!np && passive) np = subjectBefore(v, k - 1);
      if (!np && !passive && /^(blame|accuse|suspect)$/.test(v.lemma[k]!)) np = npRight(v, at.end, { coord: true, limit: n });
      if (np && !/^(the attack|the incident|the blast|the bombing|the strike)$/.test(textOf(v, np[0], np[1]).toLowerCase())) {
        const { by, actors } = namesOf(v, np);
        if (by.length) out.push({ status: 'attributed', by, actors, at: rangeOf(v, k, np[1]) });
      }
      k = at.end - 1;
    }
  }
  // "..., which denied involvement" refers to the actor just attributed
  return out;
}
