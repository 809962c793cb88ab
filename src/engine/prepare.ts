/**
 * Prepares a cleaned article for analysis: when it has no publication date, infers a window from the
 * text (the date stage's inference) so relative dates still have a reference.
 */
import type { Article } from '../core/model/article.js';
import * as dates from '../nlp/dates/index.js';

type Infer = (a: Article) => Article['publishedInferred'];

export function prepareArticle(article: Article): Article {
  const infer = (dates as unknown as { inferPublishedWindow?: Infer }).inferPublishedWindow;
  if (!article.published && infer) article.publishedInferred = infer(article);
  return article;
}
