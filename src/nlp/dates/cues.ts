/**
 * Tense cues around a date expression. News copy reports the past, so a bare weekday or month is read
 * as the most recent one unless the words just before it look forward ("will", "would", "next",
 * "expect to begin", "by", "until"). "would" after an earlier date of the same sentence is future seen
 * from that date ("announced last year that the mission would end on December 31").
 * Future-in-the-past under a reporting verb ("announced the US would withdraw from the deal on Tuesday")
 * is no future cue by itself: with no earlier date in the sentence, a date at the end of the reported
 * clause dates the reporting verb, unless the reported predicate is one that is scheduled for a day
 * ("said a ceasefire would begin on Tuesday", "said he would visit Libya on Wednesday").
 */
const WINDOW = 48;
/** forward-looking words anywhere in the window before the expression (same sentence) */
const FUTURE_WORDS = /\b(?:will|won['’]t|shall|would|wouldn['’]t|['’]ll|next|begin|begins|expects?|expected\s+to|plans?|planned|planning|scheduled|intends?|intended|upcoming|due\s+to|set\s+to|is\s+to|are\s+to|was\s+to|were\s+to|aims?\s+to|hopes?\s+to|must|needs?\s+to|has\s+to|have\s+to)\b/gi;
/** cue prepositions that must stand right before the expression; they look forward only in a sentence that does ("must be passed by Friday", not "by Sunday, however, he had ...") */
const FUTURE_PREP = /\b(?:by|until|till|before)\s+(?:the\s+)?(?:end\s+of\s+)?$/i;
/** a past-tense verb right before the expression wins over an earlier cue ("both governments said Thursday") */
const RIGHT_BEFORE = /\b([\w'’]+)\s+(?:on\s+|in\s+|late\s+|early\s+|last\s+)?$/i;
const PAST_WORD = /^(?:said|told|announced|reported|confirmed|stated|added|met|spoke|held|took|killed|struck|launched|began|ended|was|were|had|\w+ed)$/i;
const FUTURE_WORD = /^(?:scheduled|planned|expected|due|set|slated|will|would|next|begin)$/i;
/** verbs that report speech or a decision; "would" after them is future seen from the report */
const REPORTING = /\b(?:said|says|say|announced|announces|agreed|told|tells|confirmed|stated|declared|added|promised|pledged|vowed|warned|insisted|decided|indicated|revealed|reported|claimed|noted|stressed|argued|acknowledged|admitted|ruled|signall?ed|made\s+clear|according\s+to)\b/i;
/** predicates that are scheduled for a day: a date right after them belongs to the reported clause */
const SCHEDULED = /\b(?:visit|travel|arrive|meet|hold|held|take\s+place|start|begin|resume|open|reopen|convene|vote|return|take\s+effect|go\s+into\s+effect|come\s+into\s+(?:force|effect)|enter\s+into\s+force|expire|end|close|launch|leave|depart|attend|host|sign|fly|head|go\s+ahead|released?|sworn|buried|testify|appear|speak|address|unveil|present|publish|announce|decide|rule|deliver|arrive|land)\b/i;

export interface TenseCue {
  readonly future: boolean;
  /** the cue word was "would"/"was to": future relative to an earlier point */
  readonly futureInPast: boolean;
  /**
   * the cue is a "would" reported by an earlier verb ("announced the US would withdraw ... on Tuesday")
   * and nothing else looks forward: with no earlier date in the sentence the expression dates the report
   */
  readonly reported?: boolean;
}

/** Reads the cue from `before`: the text of the same sentence before the expression. */
export function tenseCue(sentenceBefore: string): TenseCue {
  // keep to the sentence even when the caller could not give sentence bounds
  const cut = Math.max(sentenceBefore.lastIndexOf('. '), sentenceBefore.lastIndexOf('? '), sentenceBefore.lastIndexOf('! '), sentenceBefore.lastIndexOf('\n'));
  const before = cut >= 0 ? sentenceBefore.slice(cut + 2) : sentenceBefore;
  const w = before.slice(-WINDOW);
  if (FUTURE_PREP.test(w)) {
    FUTURE_WORDS.lastIndex = 0;
    const forward = FUTURE_WORDS.test(before);
    FUTURE_WORDS.lastIndex = 0;
    return { future: forward, futureInPast: false };
  }
  const rb = RIGHT_BEFORE.exec(w)?.[1] ?? '';
  if (!FUTURE_WORD.test(rb) && PAST_WORD.test(rb)) return { future: false, futureInPast: false };
  let last: RegExpMatchArray | null = null;
  for (const m of w.matchAll(FUTURE_WORDS)) last = m;
  if (!last) return { future: false, futureInPast: false };
  const word = last[0].toLowerCase();
  const futureInPast = /^(?:would|wouldn|was\s+to|were\s+to)/.test(word);
  if (/^would$/.test(word)) {
    const at = before.length - w.length + last.index!;
    const head = before.slice(0, at), tail = before.slice(at + last[0].length);
    if (REPORTING.test(head) && !SCHEDULED.test(tail)) return { future: true, futureInPast, reported: true };
  }
  return { future: true, futureInPast };
}

const CUE_WORD = /\b(on|in|at|by|since|until|till|from|during|before|after|through|throughout|as\s+of)\s+(?:the\s+)?$/i;
/** The preposition that introduces the expression ("since", "by", "on" ...), lower-cased; null when none. */
export function cueWord(before: string): string | null {
  // an open bound that governs the whole phrase: "since the outbreak of the war on Oct. 7"
  const bound = /\b(since|until|till)\b[^,;.!?"“”]*$/i.exec(before.slice(-60));
  if (bound) return bound[1]!.toLowerCase();
  const m = CUE_WORD.exec(before.slice(-24));
  return m ? m[1]!.toLowerCase().replace(/\s+/g, ' ') : null;
}
