/**
 * The JSON report's types: the contract in shared/contract/report.schema.json, plus Sitrep's extra fields.
 * Derived from the one schema source, src/report/schema.ts, which also generates schema/report.schema.json.
 */
import type { Static } from '@sinclair/typebox';
import type { ArticleSchema, EntitySchema, EventSchema, ReportSchema, StorySchema, TimelineEntrySchema } from './schema.js';

export type Report = Static<typeof ReportSchema>;
export type ReportArticle = Static<typeof ArticleSchema>;
export type ReportEntity = Static<typeof EntitySchema>;
/** An event or a statement (a threat, plan, forecast or denial: something that did not, or not yet, happen). */
export type ReportEvent = Static<typeof EventSchema>;
export type ReportStory = Static<typeof StorySchema>;
export type ReportTimelineEntry = Static<typeof TimelineEntrySchema>;
/** Two articles that copy one another (wire copies, near-duplicates). */
export type ReportRelation = NonNullable<Report['relations']>[number];
