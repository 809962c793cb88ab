/**
 * `sitrep meta set ID [--source S] [--published YYYY-MM-DD] [--url U] [--title T] [--language L] [--db FILE]`:
 * corrects a stored article's metadata after the fact. The values are marked as a person's (never replaced
 * by a later input), and the article is re-analysed with them: its dates, events and their fusion are rebuilt.
 */
import { parseArgs } from 'node:util';
import { SitrepError } from '../core/errors.js';
import type { MetaField } from '../core/model/article.js';
import { openDb, DEFAULT_DB_FILE } from '../store/db.js';
import { getArticles } from '../store/repos/articles.js';
import { analyzeArticles } from '../engine/analyze.js';
import { setMeta } from '../engine/metadata.js';
import { prepareArticle } from '../engine/prepare.js';
import { readDay } from '../ingest/day.js';
import { urlOrWarn } from '../ingest/url-field.js';
import { EXIT } from './exit-codes.js';
import { cliResources } from './resources.js';

export const META_USAGE = `usage: sitrep meta set ID [--source S] [--published YYYY-MM-DD] [--url URL] [--title T] [--language L] [--db FILE|postgres://URL]
  corrects a stored article's metadata (an empty value clears it) and re-analyses it with the correction`;

export async function metaCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: {
    source: { type: 'string' }, published: { type: 'string' }, url: { type: 'string' }, title: { type: 'string' }, language: { type: 'string' },
    db: { type: 'string' }, help: { type: 'boolean', short: 'h' },
  } });
  if (values.help) { process.stdout.write(META_USAGE + '\n'); return EXIT.OK; }
  const [verb, id] = positionals;
  if (verb !== 'set' || !id || positionals.length > 2) throw new SitrepError('SITREP_ERR_USAGE', 'meta needs: set ID and at least one field\n' + META_USAGE);
  const set: Partial<Record<MetaField, string | null>> = {};
  for (const f of ['source', 'title', 'language'] as const) if (values[f] !== undefined) set[f] = values[f]!.trim() || null;
  if (values.published !== undefined) {
    const r = readDay(values.published);
    if (values.published.trim() && !r.day) throw new SitrepError('SITREP_ERR_USAGE', `--published "${values.published}": ${r.problem}`);
    set.published = r.day;
  }
  if (values.url !== undefined) {
    const url = urlOrWarn(values.url, []);
    if (values.url.trim() && !url) throw new SitrepError('SITREP_ERR_USAGE', `--url "${values.url}": not an absolute http(s) URL`);
    set.url = url;
  }
  if (!Object.keys(set).length) throw new SitrepError('SITREP_ERR_USAGE', 'meta set needs at least one field to set\n' + META_USAGE);
  const store = await openDb(values.db ?? DEFAULT_DB_FILE, { mustExist: true });
  try {
    const [stored] = await getArticles(store.db, [id]);
    if (!stored) throw new SitrepError('SITREP_ERR_INPUT_MISSING', 'no article with this id in the store', id);
    const article = prepareArticle({ ...setMeta(stored, set), publishedInferred: null });
    const run = await analyzeArticles(store, [{ article, fresh: false }], { resources: cliResources() });
    for (const f of run.failures) process.stderr.write(`sitrep: error: ${f.message} [${f.code}]\n`);
    if (run.failures.length) return EXIT.INPUT_FAILED;
    process.stderr.write(`sitrep: ${id}: ${Object.entries(set).map(([k, v]) => `${k} = ${v ?? '(none)'}`).join(', ')}; re-analysed\n`);
    return EXIT.OK;
  } finally {
    await store.db.destroy();
  }
}
