/**
 * Cross-source fusion: one canonical event per incident with every report, per-field evidence and
 * conflicts; article relations (near-duplicates, wire copies); story clusters; timelines.
 *
 * Use: `fuseArticleEvents(article, doc.events, doc.mentions, index, { sentences: doc.sentences })` per
 * article (index: a MemoryEventIndex, or a list of candidates loaded from the store for the windows of
 * `blockWindowsFor`, which is what the engine does: src/engine/fuse-store.ts), then `buildStories(...)`, `nearDuplicates(...)`, `timeline(...)`.
 */
export type { EventIndex } from './event-index.js';
export type { BlockQuery } from './block.js';
export { blockOf, blockQueryOf, blockWindowsFor, familyKey, datesMeet, MAX_REACH_DAYS } from './block.js';
export { MemoryEventIndex } from './memory-index.js';
export { fuseArticleEvents, type FuseOptions, type FuseResult, type FuseDecision } from './fuse.js';
export { familyOf, modeClass, modeRelation } from './family.js';
export { scoreMerge, DEFAULT_THRESHOLD, type MergeScore } from './score.js';
export { viewOfFused as viewOfFusedEvent } from './view.js';
export { consolidate } from './consolidate.js';
export type { FieldEvidence, EvidenceMap } from './evidence.js';
export { countsAgree } from './counts.js';
export { buildStories, type Story, type StoryInput, type StoryOptions, type StoryLink } from './stories.js';
export { nearDuplicates, NearDuplicateIndex, independentSources, type ArticleRelation } from './shingles.js';
export { timeline, labelOf, type TimelineEntry, type TimelineFilter } from './timeline.js';
