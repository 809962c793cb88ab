/** Builds analysed Docs from text written in a test (the whole default pipeline, events included, under the stage guard). */
import { testContext, testPipeline } from '../helpers/resources.js';
import { createDoc, type Doc } from '../../src/core/model/doc.js';
import { plainArticle, type Article } from '../../src/core/model/article.js';

export function articleOf(text: string, published = '2024-07-17'): Article {
  return plainArticle(text, { id: 'test', published });
}

export function docOf(text: string, published = '2024-07-17'): Doc {
  return testPipeline().run(createDoc(articleOf(text, published)), testContext());
}

/** the ledger's events: asserted, and within its scope (an accident is kept, marked out of scope) */
export const asserted = (d: Doc) => d.events.filter((e) => e.modality === 'asserted' && !e.scope);
