/** Deterministic ids for fused events and stories: a short content hash, so re-runs give the same ids. */
import { createHash } from 'node:crypto';

export const shortHash = (s: string, n = 12): string => createHash('sha1').update(s).digest('hex').slice(0, n);

/** The id of a canonical event: a hash of its first member (article id and local event id). */
export const fusedIdOf = (article: string, event: string): string => 'ev-' + shortHash(`${article}:${event}`);

export const memberKey = (m: { article: string; event: string }): string => `${m.article}:${m.event}`;
