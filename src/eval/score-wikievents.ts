/**
 * WikiEvents scoring: event found (an engine ASSAULT event reports the sentence of a gold attack-family
 * trigger) and argument precision/recall/F1 per role. Arguments are compared per document as
 * (role, entity) pairs: a predicted head word matches a gold argument of the same role when it is the
 * head of any mention coreferent with it; each gold argument is matched once.
 */
import type { ReportEvent, ReportIndex } from './report.js';
import { ARG_ROLES, headWord, type ArgRole, type WikiDoc } from './datasets/wikievents.js';
import { Tally, type MetricRow, type Outcome } from './tally.js';
import { fold } from './names.js';
import type { RecordResult } from './score-records.js';

const f1 = (p: number | null, r: number | null): number | null => (p !== null && r !== null && p + r > 0 ? (2 * p * r) / (p + r) : p === null || r === null ? null : 0);

/** Does a report span tell the gold sentence holding the trigger? */
function tells(spanText: string, sentence: string, trigger: string): boolean {
  const s = fold(spanText), g = fold(sentence), t = fold(trigger);
  if (!s || !g || !s.includes(t)) return false;
  if (g.includes(s) || s.includes(g)) return true;
  const sw = new Set(s.split(' ')), gw = g.split(' ');
  const shared = gw.filter((w) => sw.has(w)).length;
  return shared / Math.min(sw.size, gw.length) >= 0.6;
}

function predicted(events: readonly ReportEvent[]): { role: ArgRole; head: string; text: string }[] {
  const out = new Map<string, { role: ArgRole; head: string; text: string }>();
  const put = (role: ArgRole, text: string | null | undefined): void => {
    if (!text) return;
    const head = headWord(text);
    if (head && !out.has(`${role}\u0000${head}`)) out.set(`${role}\u0000${head}`, { role, head, text });
  };
  for (const e of events) {
    for (const a of e.actors) put(a.role === 'agent' ? 'attacker' : a.role === 'target' ? 'target' : 'attacker', a.role === 'other' ? null : a.name);
    put('place', e.location?.name);
    put('instrument', e.weapon);
  }
  return [...out.values()];
}

export function scoreWikiEvents(docs: readonly WikiDoc[], index: ReportIndex): { metrics: MetricRow[]; results: RecordResult[] } {
  const tally = new Tally(['event.found', ...ARG_ROLES.map((r) => `args.${r}`), 'args.all']);
  const results: RecordResult[] = [];
  const counts = new Map<string, { n: number; filled: number; correct: number }>([...ARG_ROLES, 'all'].map((r) => [r, { n: 0, filled: 0, correct: 0 }]));
  const bump = (role: string, n: number, filled: number, correct: number): void => { const c = counts.get(role)!; c.n += n; c.filled += filled; c.correct += correct; };
  for (const doc of docs) {
    const assault = index.eventsOf(doc.id).filter((e) => String(e.type).toUpperCase() === 'ASSAULT');
    const outcomes: Outcome[] = [];
    for (const g of doc.events) {
      const hit = assault.find((e) => e.reports.some((r) => tells(r.text, g.sentence, g.trigger)));
      const o: Outcome = { metric: 'event.found', ok: !!hit, filled: !!hit, gold: `${g.type} "${g.trigger}"`, pred: hit ? `${hit.type}${hit.mode ? '/' + hit.mode : ''} ${hit.id}` : '—' };
      outcomes.push(o);
      tally.add(o);
    }
    // gold arguments: one per (role, coreference cluster)
    const gold = new Map<string, { role: ArgRole; heads: readonly string[]; text: string; matched: boolean }>();
    for (const g of doc.events) for (const a of g.args) if (!gold.has(`${a.role}\u0000${a.cluster}`)) gold.set(`${a.role}\u0000${a.cluster}`, { role: a.role, heads: a.heads, text: a.text, matched: false });
    const pred = predicted(assault);
    for (const role of ARG_ROLES) {
      const gs = [...gold.values()].filter((x) => x.role === role);
      const ps = pred.filter((x) => x.role === role);
      let correct = 0;
      for (const p of ps) {
        const m = gs.find((x) => !x.matched && x.heads.includes(p.head));
        if (m) { m.matched = true; correct++; }
        else outcomes.push({ metric: `args.${role}`, ok: false, filled: true, gold: '—', pred: p.text });
      }
      for (const x of gs) if (!x.matched) outcomes.push({ metric: `args.${role}`, ok: false, filled: false, gold: x.text, pred: '—' });
      bump(role, gs.length, ps.length, correct);
      bump('all', gs.length, ps.length, correct);
    }
    results.push({ id: doc.id, article: doc.id, text: doc.text, event: assault.map((e) => e.id).join(', ') || null, outcomes });
  }
  for (const [role, c] of counts) tally.set(`args.${role}`, c);
  const rows = tally.result();
  return { metrics: rows.map((r) => (r.name.startsWith('args.') ? { ...r, extra: { f1: f1(r.precision, r.rate) } } : r)), results };
}
