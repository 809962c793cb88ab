#!/usr/bin/env node
/**
 * The real-article gold set (eval/gold/articles.jsonl, docs/ANNOTATION.md).
 *
 *   node scripts/gold-articles.mjs select [--raw DIR]          lists the articles the selection rule picks
 *   node scripts/gold-articles.mjs check [FILE] [--raw DIR]    checks every gold span against the shared text
 *
 * Selection rule (fixed before annotating, so the set is not picked by content): for each source, its
 * articles are ordered by sha256("sitrep-gold-v1/<source>/<id>"), those longer than the source's cap
 * (or shorter than 200 characters) are passed over, and the first QUOTA are taken. The caps keep full
 * reading of every article feasible; they select by length only.
 *
 * Reads the texts through dist/src/eval/datasets/article-sources.js (run `npx tsc -p tsconfig.json` first).
 * `check` exits 1 when any span does not match its text, naming the article and the field.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { readSource, sourceLibrary } from '../dist/src/eval/datasets/article-sources.js';
import { checkGoldFile } from '../dist/src/eval/datasets/articles.js';

export const SELECTION = { salt: 'sitrep-gold-v1', quotas: { gva: 30, lgl: 22, guardian: 14, wikievents: 14 }, caps: { gva: 3000, lgl: 3000, guardian: 4500, wikievents: 4500 }, minLength: 200 };

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const raw = resolve(opt('--raw', '../shared/eval/raw'));
const cmd = args[0];

if (cmd === 'select') {
  for (const [source, quota] of Object.entries(SELECTION.quotas)) {
    const key = (id) => createHash('sha256').update(`${SELECTION.salt}/${source}/${id}`).digest('hex');
    const picked = readSource(raw, source)
      .filter((a) => a.text.length >= SELECTION.minLength && a.text.length <= SELECTION.caps[source])
      .map((a) => ({ a, k: key(a.id) }))
      .sort((x, y) => (x.k < y.k ? -1 : 1))
      .slice(0, quota);
    for (const { a } of picked) process.stdout.write(`${source}\t${a.id}\t${a.text.length}\t${a.published ?? ''}\n`);
  }
} else if (cmd === 'check') {
  const file = resolve(args[1] && !args[1].startsWith('--') ? args[1] : 'eval/gold/articles.jsonl');
  const { errors, articles, events } = checkGoldFile(file, sourceLibrary(raw));
  for (const e of errors) process.stderr.write(e + '\n');
  process.stdout.write(`${file}: ${articles} articles, ${events} events, ${errors.length} problems\n`);
  process.exit(errors.length ? 1 : 0);
} else {
  process.stderr.write('usage: node scripts/gold-articles.mjs select|check [FILE] [--raw DIR]\n');
  process.exit(2);
}
