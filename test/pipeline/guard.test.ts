/** The stage guard (src/pipeline/guard.ts) holds each stage to its requires/assigns. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../src/core/model/doc.js';
import { plainArticle } from '../../src/core/model/article.js';
import type { Stage } from '../../src/nlp/stage.js';
import { tokensStage } from '../../src/nlp/tokens/index.js';
import { datesStage } from '../../src/nlp/dates/index.js';
import { figuresStage } from '../../src/nlp/figures/index.js';
import { quotesStage } from '../../src/nlp/quotes/index.js';
import { entitiesStage } from '../../src/nlp/entities/index.js';
import { buildPipeline } from '../../src/pipeline/index.js';
import { bareContext } from '../helpers/resources.js';

const doc = () => createDoc(plainArticle('Gunmen killed 3 people on Monday. "We will not leave," the mayor said.', { id: 'g', published: '2024-07-17' }));
const stage = (name: string, requires: Stage['requires'], assigns: Stage['assigns'], run: Stage['run']): Stage => ({ name, requires, assigns, run });
const guarded = (...stages: Stage[]) => buildPipeline([tokensStage, ...stages], [], { guard: true });

test('a stage that reads a layer it does not declare fails under the guard, and runs unguarded', () => {
  const peek = stage('test/peek.v1', ['tokens'], ['figures'], (d) => { d.figures = d.times.map(() => ({}) as never); });
  assert.throws(() => guarded(peek).run(doc(), bareContext()), /test\/peek\.v1 reads doc\.times/);
  assert.doesNotThrow(() => buildPipeline([tokensStage, peek]).run(doc(), bareContext()));
});

test('a stage that assigns or mutates a layer it does not assign fails under the guard', () => {
  const assign = stage('test/assign.v1', ['tokens'], ['figures'], (d) => { d.quotes = []; });
  assert.throws(() => guarded(assign).run(doc(), bareContext()), /writes doc\.quotes/);
  const push = stage('test/push.v1', ['tokens'], ['figures'], (d) => { d.tokens.push(d.tokens[0]!); });
  assert.throws(() => guarded(push).run(doc(), bareContext()), /changes doc\.tokens/);
  const ok = stage('test/ok.v1', ['tokens'], ['figures'], (d) => { d.figures = []; void d.article.text; void d.reference; });
  assert.doesNotThrow(() => guarded(ok).run(doc(), bareContext()));
});

test('the figures and quotes stages declare what they read: before the layers they need, the order check fails', () => {
  // figures reads the mentions (a figure's place), quotes reads the times (a quoted time is no quote)
  assert.throws(() => buildPipeline([tokensStage, datesStage, figuresStage, entitiesStage]), /nlp\/figures\.v1 requires mentions/);
  assert.throws(() => buildPipeline([tokensStage, entitiesStage, quotesStage, datesStage]), /nlp\/quotes\.v1 requires times/);
});
