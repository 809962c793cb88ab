/** Response schemas of the API that are not in the report contract (list rows, pages, errors). */
export const REPORT_SCHEMA_ID = 'sitrep-report-v1-full';
/** A definition of the report contract (schema/report.schema.json), as registered by the server. */
export const ref = (def: string): { $ref: string } => ({ $ref: `${REPORT_SCHEMA_ID}#/$defs/${def}` });

const nstr = { type: ['string', 'null'] } as const;
const count = { anyOf: [{ type: 'null' }, { type: 'object', properties: { min: { type: 'integer' }, max: { type: ['integer', 'null'] } } }] } as const;

/** One ledger row: what the table, the map and the timeline show of an event. */
export const eventSummary = {
  type: 'object',
  properties: {
    id: { type: 'string' }, label: { type: 'string' }, type: { type: 'string' }, mode: nstr, acledType: nstr,
    date: { anyOf: [{ type: 'null' }, ref('dateValue')] }, place: nstr, country: nstr, admin1: nstr,
    lat: { type: ['number', 'null'] }, lon: { type: ['number', 'null'] }, agents: { type: 'array', items: { type: 'string' } },
    targets: { type: 'array', items: { type: 'string' } }, weapon: nstr, killed: count, injured: count,
    responsibility: { anyOf: [{ type: 'null' }, { type: 'object', properties: { status: { type: 'string' }, by: { type: 'array', items: { type: 'string' } } } }] },
    sources: { type: 'array', items: { type: 'string' } }, independentSources: { type: 'integer' }, conflicts: { type: 'array', items: { type: 'string' } },
    confidence: { type: 'number' }, background: { type: 'boolean' }, modality: { type: 'string' }, reports: { type: 'integer', description: 'articles that report it' },
    updatedAt: { type: 'string' },
  },
} as const;

export const articleHead = {
  type: 'object',
  properties: { id: { type: 'string' }, title: nstr, source: nstr, published: nstr, url: nstr, file: nstr, ingestedAt: { type: 'string' } },
} as const;

export const errorBody = {
  type: 'object', properties: { statusCode: { type: 'integer' }, error: { type: 'string' }, message: { type: 'string' } },
} as const;

export const errors = { 400: errorBody, 404: errorBody } as const;
