/**
 * Resources: what every stage reads besides its document, loaded once by the engine (or a test helper)
 * and passed down in each stage's `ctx.resources` (src/nlp/stage.ts):
 * - `kb`: the knowledge base with the gazetteer (src/kb), its name index and entity-stage cue words;
 * - `lexicon`: the event dictionaries of dict/ (src/lexicon): triggers, weapons, nations, cues ...;
 * - `memo(key, build)`: tables that stages derive from these or from other dict/ files (the ACLED naming
 *   data, KB indexes by alias ...), built once per Resources on first use. This is the only place a
 *   cache that outlives one document may live; modules hold no mutable state of their own.
 * Nothing below the CLI reads the environment: options (KB files, folders) come in as arguments.
 */
import { loadKnowledgeBase, type KbOptions, type KnowledgeBase } from '../kb/index.js';
import { loadLexicon, type Lexicon } from '../lexicon/index.js';

/** A typed name for a memoised table; declare one per table as a module constant. */
export interface ResourceKey<T> {
  readonly name: string;
  /** phantom: the table's type */
  readonly _type?: T;
}

export const resourceKey = <T>(name: string): ResourceKey<T> => Object.freeze({ name });

export interface Resources {
  readonly kb: KnowledgeBase;
  readonly lexicon: Lexicon;
  /** The table under `key`, built by `build` on first use and kept for the life of these resources. */
  memo<T>(key: ResourceKey<T>, build: (res: Resources) => T): T;
}

export interface ResourceOptions {
  /** a loaded KB, or the options to load one (default: the built-in KB with the gazetteer) */
  readonly kb?: KnowledgeBase | KbOptions;
  /** a loaded lexicon (default: dict/ of the package) */
  readonly lexicon?: Lexicon;
}

const isKb = (k: KnowledgeBase | KbOptions): k is KnowledgeBase => typeof (k as KnowledgeBase).lookup === 'function';

/** Loads the resources: call once per process (engine, CLI, test file) and pass the result down. */
export function loadResources(opts: ResourceOptions = {}): Resources {
  const kb = opts.kb && isKb(opts.kb) ? opts.kb : loadKnowledgeBase(opts.kb ?? {});
  return createResources(kb, opts.lexicon ?? loadLexicon());
}

/** Resources over an already loaded KB and lexicon (each Resources owns its own memo tables). */
export function createResources(kb: KnowledgeBase, lexicon: Lexicon): Resources {
  const tables = new Map<ResourceKey<unknown>, unknown>();
  const res: Resources = {
    kb,
    lexicon,
    memo<T>(key: ResourceKey<T>, build: (r: Resources) => T): T {
      if (tables.has(key)) return tables.get(key) as T;
      const v = build(res);
      tables.set(key, v);
      return v;
    },
  };
  return Object.freeze(res);
}
