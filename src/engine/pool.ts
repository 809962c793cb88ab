/**
 * The per-document pipeline on worker threads (`sitrep analyze --jobs N`). Each worker loads its own
 * resources (the same KB options as the caller's) and runs the default pipeline on the articles it is
 * given; the results come back as plain data (structured clone) and the caller stores them itself, one
 * article after another in its own order, so the store has a single writer and the ledger is the one a
 * single thread builds. Workers are started for a run and ended after it.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { Article } from '../core/model/article.js';
import type { Doc } from '../core/model/doc.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { KbOptions } from '../kb/index.js';

/** What the writer needs of an analysed document (no tokens: nothing after the pipeline reads them). */
export type DocResult = Pick<Doc, 'reference' | 'sentences' | 'mentions' | 'times' | 'figures' | 'quotes' | 'events'>;

export interface PoolAnswer { doc: DocResult | null; /** diagnostics the stages added to the article itself */ articleDiagnostics: Diagnostic[]; error: { name: string; message: string; code?: string } | null; diagnostics: Diagnostic[]; timings: [string, number][] }

export interface PoolRequest { id: number; article: Article; explain: boolean; timings: boolean }

/** The default job count: one per core. */
export const defaultJobs = (): number => Math.max(1, availableParallelism());

export class DocPool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, { resolve: (a: PoolAnswer) => void; reject: (e: Error) => void }>();
  private readonly load: number[] = [];
  private next = 0;
  private failed: Error | null = null;

  constructor(size: number, kb: KbOptions = {}) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL('./pool-worker.js', import.meta.url), { workerData: { kb } });
      w.on('message', (m: PoolAnswer & { id: number }) => {
        this.load[i]!--;
        const p = this.waiting.get(m.id);
        this.waiting.delete(m.id);
        p?.resolve(m);
      });
      // a worker that dies takes the run with it: every pending article fails with its error
      const fail = (e: Error): void => {
        this.failed ??= e;
        for (const p of this.waiting.values()) p.reject(e);
        this.waiting.clear();
      };
      w.on('error', fail);
      w.on('exit', (code) => { if (code !== 0) fail(new Error(`a pipeline worker exited with code ${code}`)); });
      this.workers.push(w);
      this.load.push(0);
    }
  }

  /** Analyses one article on the least busy worker. */
  run(article: Article, opts: { explain: boolean; timings: boolean }): Promise<PoolAnswer> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.next++;
    let at = 0;
    for (let i = 1; i < this.workers.length; i++) if (this.load[i]! < this.load[at]!) at = i;
    this.load[at]!++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.workers[at]!.postMessage({ id, article, explain: opts.explain, timings: opts.timings } satisfies PoolRequest);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => { w.removeAllListeners('exit'); return w.terminate(); }));
  }
}
