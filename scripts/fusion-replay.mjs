// Fusion replayed over stored analyses: iterate on src/fuse against the incidents streams (issue 10) without
// analysing every article again.
//
// Why: `sitrep eval --format incidents` on gva_dev takes 8-9 minutes, nearly all of it extraction; a change to the
// merge scorer or the blocking only needs the fusion step again. `analyze` runs the stream once into a file store
// (as the eval does, through analyzeRecords); `replay` reads its analyses back in stream order, fuses them into a
// fresh MemoryEventIndex with the current build (dist/), and scores the clusters with the eval's own functions
// (loadIncidents, mainEvent, scoreClusters). The figures follow the eval's closely but not exactly: the eval fuses
// through the SQL store's candidate query, this through the memory index (gva on 481a841: eval F1 0.873, replay
// 0.874). Re-run `analyze` after a change to extraction. Hand-written: a few lines of glue around the eval.
//
// Usage (after `npm run build`, with SITREP_SHARED set):
//   node scripts/fusion-replay.mjs analyze GOLD.jsonl STORE.db      # once (gva: ~9 minutes)
//   node scripts/fusion-replay.mjs replay GOLD.jsonl STORE.db [--diag] [--wrong]
//     --diag   missed same-incident pairs by what the scorer says between the two events now (veto or score),
//              weighted by article pairs; details to STORE.db.diag.json
//     --wrong  the predicted events that hold more than one incident, with their mergedBecause, to STORE.db.wrong.json
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const [mode, gold, dbPath] = process.argv.slice(2);
if (!['analyze', 'replay'].includes(mode) || !gold || !dbPath) {
  console.error('usage: node scripts/fusion-replay.mjs analyze|replay GOLD.jsonl STORE.db [--diag] [--wrong]');
  process.exit(2);
}
const inc = await import(`${root}dist/src/eval/incidents.js`);
const { openDb } = await import(`${root}dist/src/store/db.js`);
const lines = inc.loadIncidents(gold);
const extFile = dbPath + '.ext.json';

if (mode === 'analyze') {
  if (existsSync(dbPath)) { console.error(`${dbPath} exists: analyse into a fresh store`); process.exit(2); }
  const { analyzeRecords } = await import(`${root}dist/src/engine/analyze.js`);
  const { loadResources } = await import(`${root}dist/src/resources/index.js`);
  const store = await openDb(dbPath);
  const out = await analyzeRecords(inc.incidentRecords(lines, gold), { db: store, resources: loadResources() });
  // the report maps every input (a near-duplicate too) to the article it was stored as
  writeFileSync(extFile, JSON.stringify(Object.fromEntries(out.report.articles.map((a) => [a.externalId ?? '', a.id]))));
  await store.db.destroy();
  console.log(`${lines.length} articles analysed into ${dbPath}`);
  process.exit(0);
}

const { getArticles, getAnalyses } = await import(`${root}dist/src/store/repos/articles.js`);
const { PIPELINE_VERSION } = await import(`${root}dist/src/core/version.js`);
const F = await import(`${root}dist/src/fuse/index.js`);
const { dateOfLegalFollowUp } = await import(`${root}dist/src/extract/events/follow-up.js`);
const store = await openDb(dbPath);
const byExt = existsSync(extFile) ? JSON.parse(readFileSync(extFile, 'utf8'))
  : Object.fromEntries((await store.db.selectFrom('articles').select(['id', 'external_id']).execute()).map((r) => [r.external_id, r.id]));
const order = [...new Set(lines.map((l) => byExt[l.id]).filter(Boolean))];
const arts = new Map(), analyses = new Map();
for (let i = 0; i < order.length; i += 400) {
  const ids = order.slice(i, i + 400);
  for (const a of await getArticles(store.db, ids)) arts.set(a.id, a);
  for (const r of await getAnalyses(store.db, ids, PIPELINE_VERSION)) analyses.set(r.articleId, r.result);
}
await store.db.destroy();

const index = new F.MemoryEventIndex();
const t0 = performance.now();
for (const id of order) {
  const a = arts.get(id), r = analyses.get(id);
  if (!a || !r?.events.length) continue;
  // analyses stored before events carried dateFromPublication: the same test as extraction's (src/extract/events/index.ts)
  for (const e of r.events) {
    if (!e.date || e.dateFromPublication !== undefined) continue;
    const t = r.times.find((x) => x.start === e.date.at.start && x.end === e.date.at.end);
    if (e.dateBasis === 'reference' || (t && t.by === 'dates/time' && !t.reference.startsWith('expression:'))) e.dateFromPublication = true;
  }
  // analyses stored before events carried dateOfFollowUp: extraction's own test (src/extract/events/follow-up.ts)
  for (const e of r.events) if (e.dateOfFollowUp === undefined && dateOfLegalFollowUp(a.text, r.sentences, e, a.published ?? null)) e.dateOfFollowUp = true;
  F.fuseArticleEvents(a, r.events, r.mentions, index, { sentences: r.sentences });
}
const seconds = (performance.now() - t0) / 1000;

const eventsOf = new Map();
for (const e of index.all()) for (const m of e.members) { const l = eventsOf.get(m.article) ?? []; if (!l.includes(e)) l.push(e); eventsOf.set(m.article, l); }
const goldIds = [], pred = [];
for (const l of lines) {
  const aid = byExt[l.id];
  const main = aid ? inc.mainEvent(eventsOf.get(aid) ?? [], aid) : null;
  goldIds.push(l.incident); pred.push(main ? main.id : 'none:' + l.id);
}
const s = inc.scoreClusters(goldIds, pred);
console.log(`fusion ${seconds.toFixed(1)} s: B-cubed P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}; pairs merged ${(100 * s.pairsMerged).toFixed(1)}% (${s.samePairsMerged}/${s.samePairs}); wrong merges ${s.wrongMergesPer100.toFixed(2)} per 100 (${s.wrongMerges} articles, ${s.wrongPairs} pairs); ${pred.filter((p) => p.startsWith('none:')).length} without an event`);

const byId = new Map([...index.all()].map((e) => [e.id, e]));
if (process.argv.includes('--diag')) {
  const byIncident = new Map();
  lines.forEach((l, i) => { const m = byIncident.get(l.incident) ?? new Map(); m.set(pred[i], [...(m.get(pred[i]) ?? []), l]); byIncident.set(l.incident, m); });
  const tally = new Map(), details = [];
  for (const [incident, m] of byIncident) {
    const keys = [...m.keys()];
    for (let x = 0; x < keys.length; x++) for (let y = x + 1; y < keys.length; y++) {
      const n = m.get(keys[x]).length * m.get(keys[y]).length;
      const ea = byId.get(keys[x]), eb = byId.get(keys[y]);
      let verdict = 'an article without an event';
      if (ea && eb) {
        const va = F.viewOfFusedEvent(ea), vb = F.viewOfFusedEvent(eb);
        const sc = F.scoreMerge(va, vb);
        verdict = sc.veto ? sc.veto.replace(/\s*\(.*$/, '') : sc.score >= F.DEFAULT_THRESHOLD ? 'would merge now (arrival order, candidates, a look-alike)' : 'score below the threshold';
        if (ea.type !== eb.type) verdict += ` [${ea.type}/${eb.type}]`;
        // what the two share once the dates are left aside: is the date the only thing between them?
        const undated = F.scoreMerge({ ...va, date: null }, { ...vb, date: null });
        details.push({ incident, verdict, pairs: n, veto: sc.veto, score: sc.score, reasons: sc.reasons,
          views: [va, vb].map((v) => ({ publicationDate: !!v.publicationDate, followUpDate: !!v.followUpDate, parties: [...v.parties], names: [...v.names].slice(0, 8) })),
          undated: { veto: undated.veto, specific: undated.specific, against: undated.against },
          a: { id: ea.id, date: ea.date, place: ea.location?.name ?? null, dates: (ea.evidence.date ?? []).slice(0, 3).map((d) => ({ text: d.evidence.text, published: d.published, basis: d.basis ?? null })), titles: m.get(keys[x]).slice(0, 2).map((l) => l.title) },
          b: { id: eb.id, date: eb.date, place: eb.location?.name ?? null, dates: (eb.evidence.date ?? []).slice(0, 3).map((d) => ({ text: d.evidence.text, published: d.published, basis: d.basis ?? null })), titles: m.get(keys[y]).slice(0, 2).map((l) => l.title) } });
      }
      tally.set(verdict, (tally.get(verdict) ?? 0) + n);
    }
  }
  console.log('missed same-incident pairs, by what the scorer says between the two events now:');
  for (const [k, v] of [...tally].sort((p, q) => q[1] - p[1]).slice(0, 25)) console.log(String(v).padStart(7), ' ', k);
  writeFileSync(dbPath + '.diag.json', JSON.stringify(details, null, 1));
}
if (process.argv.includes('--wrong')) {
  const members = new Map();
  lines.forEach((l, i) => { if (!pred[i].startsWith('none:')) members.set(pred[i], [...(members.get(pred[i]) ?? []), l]); });
  const wrong = [];
  for (const [id, ls] of members) {
    const incidents = {};
    for (const l of ls) (incidents[l.incident] ??= []).push(l.title ?? l.id);
    if (Object.keys(incidents).length > 1) wrong.push({ event: id, incidents, mergedBecause: byId.get(id)?.mergedBecause ?? [] });
  }
  writeFileSync(dbPath + '.wrong.json', JSON.stringify(wrong, null, 1));
  console.log(`${wrong.length} events hold more than one incident: ${dbPath}.wrong.json`);
}
