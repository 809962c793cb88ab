/**
 * Prepares a cleaned article for analysis: when it has no publication date, infers a window from the
 * text (the date stage's inference) so relative dates still have a reference.
 */
import type { Article } from '../core/model/article.js';
import { inferPublishedWindow } from '../nlp/dates/index.js';

export function prepareArticle(article: Article): Article {
  if (!article.published) article.publishedInferred = inferPublishedWindow(article);
  return article;
}
