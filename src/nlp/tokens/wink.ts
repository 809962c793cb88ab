/**
 * A wink-nlp instance that reads every text as if it were the first: its tokens depend on that text alone.
 *
 * wink learns: each word outside its model's lexicon (an OOV: "Trump's", a new name) is added to the
 * lexeme hash the first time it is read, and the tokenizer then keeps any text found in that hash as one
 * token. So "Trump’s." at the end of a sentence, read whole once, makes every later "Trump's decision" one
 * token instead of "Trump" + "'s" — in every later document of the process. Output then depended on which
 * documents a process had read before (run order, worker threads), not on the document.
 *
 * Here each readDoc first forgets the OOV lexemes the previous reads added (their hash entries; the
 * lexeme list and wink's parallel table of OOV features are append-only and keep their rows, so indices
 * held by earlier documents stay valid). Other feature values wink adds (an OOV's prefix, suffix, shape)
 * are kept: a token's feature is read back as the value's string, so which index it got does not change
 * an answer. The rows left behind grow with the text read; past ROWS_BEFORE_RELOAD the instance is
 * built anew (~0.4 s), which changes nothing either, as no state survives a read.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface WinkIts { value: unknown; pos: unknown; lemma: unknown; span: unknown }
export interface WinkItemList { out(f?: unknown): unknown[] }
export interface WinkDoc { tokens(): WinkItemList; sentences(): WinkItemList }
export interface Wink { readDoc(text: string): WinkDoc; its: WinkIts }

interface Feature { list: string[]; hash: Record<string, number>; intrinsicSize: number }
interface CoreModel { features: { lexeme: Feature } }
interface WinkModel { core(): CoreModel }

/** OOV lexeme rows kept before the instance is rebuilt (about 100 bytes each). */
const ROWS_BEFORE_RELOAD = 200_000;

/** wink with only `pipe` (e.g. ['sbd', 'pos']) whose every readDoc starts from the model's own lexicon. */
export function statelessWink(pipe: readonly string[]): Wink {
  const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => Wink;
  const model = require('wink-eng-lite-web-model') as WinkModel;
  let lexeme: Feature, inner: Wink, seen: number;
  const load = (): void => {
    // the core model is built anew per instance; keep a handle on the lexeme table this instance learns into
    const tap = Object.assign(Object.create(null) as object, model, { core: () => { const c = model.core(); lexeme = c.features.lexeme; return c; } });
    inner = winkNLP(tap, [...pipe]);
    seen = lexeme.list.length;
  };
  load();
  return {
    get its() { return inner.its; },
    readDoc(text: string): WinkDoc {
      if (lexeme.list.length - lexeme.intrinsicSize > ROWS_BEFORE_RELOAD) load();
      else {
        // forget what the last read learnt: an OOV index ≥ intrinsicSize is never a model lexeme
        for (let i = seen; i < lexeme.list.length; i++) {
          const w = lexeme.list[i]!;
          if (lexeme.hash[w] === i) delete lexeme.hash[w];
        }
        seen = lexeme.list.length;
      }
      return inner.readDoc(text);
    },
  };
}
