/** The seed corpus from ../shared, cleaned and (optionally) analysed, for stage tests. */
import { testContext } from './resources.js';
import { join } from 'node:path';
import type { Article } from '../../src/core/model/article.js';
import { createDoc, type Doc } from '../../src/core/model/doc.js';
import { readInputs } from '../../src/ingest/index.js';
import { prepareArticle } from '../../src/engine/prepare.js';
import { cleanRecord } from '../../src/clean/index.js';
import { buildPipeline, DEFAULT_STAGES } from '../../src/pipeline/index.js';
import { sharedDir } from './shared.js';

let cache: Article[] | null | undefined;

/** The five cleaned seed articles with their meta.jsonl data (sorted by file name), or null without ../shared. */
export async function seedArticles(): Promise<Article[] | null> {
  if (cache !== undefined) return cache;
  const d = sharedDir();
  if (!d) return (cache = null);
  const dir = join(d, 'corpus', 'seeds');
  const { records } = await readInputs([dir], { meta: join(dir, 'meta.jsonl') });
  cache = records.map((r) => prepareArticle(cleanRecord(r)));
  return cache;
}

/** Seed Docs run through the pipeline up to and including the stage whose name starts with `upTo` (all stages by default). */
export async function seedDocs(upTo?: string): Promise<Doc[] | null> {
  const arts = await seedArticles();
  if (!arts) return null;
  const idx = upTo ? DEFAULT_STAGES.findIndex((s) => s.name.startsWith(upTo)) : DEFAULT_STAGES.length - 1;
  const pipeline = buildPipeline(DEFAULT_STAGES.slice(0, idx + 1));
  return arts.map((a) => pipeline.run(createDoc(a), testContext()));
}
