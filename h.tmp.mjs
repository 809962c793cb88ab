import { docOf } from './dist/test/extract/helpers.js';
const pub = process.env.PUB ?? '2016-07-12';
for (const t of process.argv.slice(2)) {
  const d = docOf(t, pub);
  console.log('>> ' + t);
  for (const e of d.events) console.log(`   ${JSON.stringify(e.variants ?? [])} ${e.type}/${e.mode ?? ''} ${e.modality} c=${e.confidence} trig="${e.trigger.text}" d=${e.date ? JSON.stringify(e.date.value) : '-'} ${e.dateBasis ?? ''} @${e.location?.name ?? '-'} ${e.actors.map((x) => x.role[0] + ':' + x.name).join('; ')} k=${JSON.stringify(e.killed?.value ?? null)} i=${JSON.stringify(e.injured?.value ?? null)} ${e.rule}`);
  for (const g of d.article.diagnostics) console.log(`   diag ${g.rule}: ${g.message}`);
}
