/**
 * The stage guard: holds a stage to its declaration. A stage sees its Doc through a Proxy that throws on
 * a read of a layer outside its `requires`/`assigns` and on a write of one outside its `assigns`; after
 * the stage, the layers it only requires are checked to be the same arrays with the same elements
 * (an in-place push or splice is a write too). `article` and `reference` are the Doc's input and free to
 * read. Used by tests (`buildPipeline(..., { guard: true })`); the engine runs unguarded.
 * Hand-written: a dozen lines over the standard Proxy; no library checks a declared read/write set.
 */
import type { Doc } from '../core/model/doc.js';
import { SitrepError } from '../core/errors.js';
import type { Layer, Stage } from '../nlp/stage.js';

export const LAYERS: readonly Layer[] = ['sentences', 'tokens', 'mentions', 'times', 'figures', 'quotes', 'events'];
const LAYER_SET = new Set<string>(LAYERS);

const violation = (stage: Stage, what: string): SitrepError =>
  new SitrepError('SITREP_ERR_CONFIG', `stage ${stage.name} ${what} (requires: ${stage.requires.join(', ') || 'nothing'}; assigns: ${stage.assigns.join(', ')})`);

/** The doc as `stage` may see it. */
export function guardDoc(doc: Doc, stage: Stage): Doc {
  const readable = new Set<string>([...stage.requires, ...stage.assigns]);
  const writable = new Set<string>(stage.assigns);
  const write = (p: string | symbol): void => {
    if (typeof p === 'string' && !writable.has(p)) throw violation(stage, `writes doc.${p}, which it does not assign`);
  };
  return new Proxy(doc, {
    get(target, p, receiver) {
      if (typeof p === 'string' && LAYER_SET.has(p) && !readable.has(p)) throw violation(stage, `reads doc.${p}, which it neither requires nor assigns`);
      return Reflect.get(target, p, receiver);
    },
    set(target, p, value, receiver) { write(p); return Reflect.set(target, p, value, receiver); },
    defineProperty(target, p, attrs) { write(p); return Reflect.defineProperty(target, p, attrs); },
    deleteProperty(target, p) { write(p); return Reflect.deleteProperty(target, p); },
  });
}

/** Runs `stage` on `doc` under the guard. */
export function runGuarded(stage: Stage, doc: Doc, run: (d: Doc) => void): void {
  const readOnly = stage.requires.filter((l) => !stage.assigns.includes(l));
  const before = readOnly.map((l) => [l, doc[l], [...doc[l]]] as const);
  run(guardDoc(doc, stage));
  for (const [l, arr, copy] of before) {
    const now = doc[l] as readonly unknown[];
    if (now !== arr || now.length !== copy.length || copy.some((x, i) => now[i] !== x)) throw violation(stage, `changes doc.${l}, which it only requires`);
  }
}
