/**
 * Keyword classes over an event's free-text fields (mode, weapon): how a predicted event is put into a
 * dataset's category (GTD attack or weapon type, ACLED sub-event type) so it can be compared with gold.
 * Rules are data (src/eval/data/*.json), tried in order; words match at word starts, so `explos`
 * matches "explosives" and `mine` does not match "determined".
 */

export interface ClassRule {
  readonly code?: string;
  readonly label?: string;
  /** the predicted PLOVER types the rule applies to; any type when absent */
  readonly types?: readonly string[];
  /** words (or word beginnings); a rule without words fits on the type alone */
  readonly words?: readonly string[];
}

export interface CompiledRule { readonly rule: ClassRule; readonly re: RegExp | null }

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compiles the rules once: one alternation regex per rule. */
export function compileRules(rules: readonly ClassRule[]): CompiledRule[] {
  return rules.map((rule) => ({
    rule,
    re: rule.words?.length ? new RegExp(`(?:^|[^a-z0-9])(?:${rule.words.map(escape).join('|')})`, 'i') : null,
  }));
}

/** The first rule that fits `type` and whose words occur in `text`; null when none does. */
export function classify(rules: readonly CompiledRule[], type: string | null, text: string): ClassRule | null {
  for (const c of rules) {
    if (c.rule.types && (!type || !c.rule.types.includes(type))) continue;
    if (c.re ? c.re.test(text) : c.rule.types !== undefined) return c.rule;
  }
  return null;
}
