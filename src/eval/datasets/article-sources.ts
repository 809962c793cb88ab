/**
 * The full articles of the real-article gold set (eval/gold/articles.jsonl, docs/ANNOTATION.md), read
 * from where they lie in the shared folder and never copied: each source is one file of
 * ../shared/eval/raw, each article is found by its record id, and gold offsets point into the text
 * given here. The text of each source is exactly what the other eval formats feed the engine:
 *
 * - `guardian`: ngec-guardian-sdf/guardian_sdf_sample.csv, the `text` column; id = the unnamed index column;
 * - `gva`: incidents/gva_dev.jsonl, the `text` field (the title goes to the engine as the title);
 * - `wikievents`: wikievents/dev.jsonl, the text rebuilt from its sentences (src/eval/datasets/wikievents.ts);
 * - `lgl`: geoparsing-gritta/lgl.xml, the `text` element as src/eval/datasets/gritta.ts reads it; the
 *   download time's date stands in for the publication date.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvRecords } from '../csv.js';
import { loadWikiEvents } from './wikievents.js';
import { readGrittaArticles, xmlText as str } from './gritta.js';
import { loadIncidents } from '../incidents.js';

export type ArticleSource = 'guardian' | 'gva' | 'wikievents' | 'lgl';
export const ARTICLE_SOURCES: readonly ArticleSource[] = ['guardian', 'gva', 'wikievents', 'lgl'];

/** The file of each source, relative to the shared folder's eval/raw. */
export const SOURCE_FILE: Record<ArticleSource, string> = {
  guardian: 'ngec-guardian-sdf/guardian_sdf_sample.csv',
  gva: 'incidents/gva_dev.jsonl',
  wikievents: 'wikievents/dev.jsonl',
  lgl: 'geoparsing-gritta/lgl.xml',
};

export interface SourceArticle {
  readonly source: ArticleSource;
  readonly id: string;
  readonly text: string;
  readonly title: string | null;
  /** ISO date, when the source gives one */
  readonly published: string | null;
  readonly url: string | null;
}

function readGuardian(path: string): SourceArticle[] {
  return csvRecords(readFileSync(path, 'utf8')).map((r) => ({ source: 'guardian', id: r[''] ?? '', text: r.text ?? '', title: null, published: r.date || null, url: null }));
}

function readGva(path: string): SourceArticle[] {
  return loadIncidents(path).map((r) => ({ source: 'gva', id: r.id, text: r.text, title: r.title, published: r.published, url: r.source }));
}

function readWikiEvents(path: string): SourceArticle[] {
  return loadWikiEvents(path).docs.map((d) => ({ source: 'wikievents', id: d.id, text: d.text, title: null, published: null, url: null }));
}

function readLgl(path: string): SourceArticle[] {
  return readGrittaArticles(path).map((a) => {
    const dl = /^\d{4}-\d{2}-\d{2}/.exec(str(a.dltime))?.[0] ?? null;
    return { source: 'lgl', id: str(a['@_docid']), text: str(a.text), title: str(a.title) || null, published: dl, url: str(a.url) || null };
  });
}

const READERS: Record<ArticleSource, (path: string) => SourceArticle[]> = { guardian: readGuardian, gva: readGva, wikievents: readWikiEvents, lgl: readLgl };

/** Every article of one source, in file order. `raw` is the shared folder's eval/raw. */
export function readSource(raw: string, source: ArticleSource): SourceArticle[] {
  return READERS[source](join(raw, SOURCE_FILE[source]));
}

/** A reader that loads each source file once and finds articles by id. */
export function sourceLibrary(raw: string): { get(source: ArticleSource, id: string): SourceArticle | null; all(source: ArticleSource): SourceArticle[] } {
  const cache = new Map<ArticleSource, Map<string, SourceArticle>>();
  const load = (s: ArticleSource): Map<string, SourceArticle> => {
    let m = cache.get(s);
    if (!m) { m = new Map(readSource(raw, s).map((a) => [a.id, a])); cache.set(s, m); }
    return m;
  };
  return { get: (s, id) => load(s).get(id) ?? null, all: (s) => [...load(s).values()] };
}
