/**
 * Knowledge-base record types (the JSONL format of the files in `kb/`, documented in kb/README.md) and
 * a reader that validates each line and reports bad lines with file:line instead of failing silently.
 */
import { readFileSync } from 'node:fs';
import { SitrepError } from '../core/errors.js';
import type { EntityType } from '../core/model/entity.js';

export type RecordKind = 'country' | 'admin1' | 'region' | 'place' | 'site' | 'actor';

/** What kind of actor a record is; events use it to tell states and their forces from armed groups. */
export type ActorClass = 'state' | 'government' | 'military' | 'armed_group' | 'political' | 'igo' | 'ngo' | 'media' | 'person' | 'other';

export interface RoleSpan {
  readonly role: string;
  /** KB id of the organisation the role is in */
  readonly org: string | null;
  /** inclusive ISO dates; null = open */
  readonly from: string | null;
  readonly to: string | null;
}

/** One line of a KB file. Fields beyond `id`, `kind`, `name` depend on the kind. */
export interface KbRecord {
  readonly id: string;
  readonly kind: RecordKind;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
  /** ISO2 country the record belongs to (for a country: its own code) */
  readonly country: string | null;
  readonly source: string;
  // countries
  readonly iso2?: string;
  readonly iso3?: string;
  readonly demonyms?: readonly string[];
  readonly capital?: string;
  // places
  readonly lat?: number;
  readonly lon?: number;
  /** admin-1 code (GeoNames) or KB admin1 id */
  readonly admin1?: string | null;
  readonly geonames_admin1?: string;
  readonly precision?: 'site' | 'town' | 'admin2' | 'admin1' | 'country' | 'region';
  readonly population?: number;
  readonly ourairports?: string;
  // actors
  readonly class?: ActorClass;
  readonly parent?: string;
  readonly roles?: readonly RoleSpan[];
  /** a gazetteer row (`geonames:<id>`) this curated record names: point, country, admin-1 and population come from it */
  readonly ref?: string;
  /** GeoNames feature code of a gazetteer row (PPL, PPLA2, ADM2 ...; AIRL/AIRM for airports) */
  readonly fcode?: string;
}

const KINDS = new Set<RecordKind>(['country', 'admin1', 'region', 'place', 'site', 'actor']);
const TYPES = new Set<EntityType>(['person', 'organization', 'location', 'facility', 'other']);

/** Reads one JSONL KB file. Blank lines and lines starting with `#` or `//` are skipped. */
export function readKbFile(path: string): KbRecord[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new SitrepError('SITREP_ERR_CONFIG', `cannot read knowledge-base file: ${(e as Error).message}`, path);
  }
  const out: KbRecord[] = [];
  text.split('\n').forEach((line, i) => {
    const t = line.trim();
    if (!t || t.startsWith('#') || t.startsWith('//')) return;
    let r: Record<string, unknown>;
    try {
      r = JSON.parse(t) as Record<string, unknown>;
    } catch (e) {
      throw new SitrepError('SITREP_ERR_CONFIG', `invalid JSON: ${(e as Error).message}`, `${path}:${i + 1}`);
    }
    out.push(checkRecord(r, `${path}:${i + 1}`));
  });
  return out;
}

function checkRecord(r: Record<string, unknown>, where: string): KbRecord {
  const bad = (m: string): never => { throw new SitrepError('SITREP_ERR_CONFIG', `knowledge-base record ${m}`, where); };
  if (typeof r.id !== 'string' || !r.id) bad('has no "id"');
  if (typeof r.name !== 'string' || !r.name) bad('has no "name"');
  if (!KINDS.has(r.kind as RecordKind)) bad(`has unknown kind ${JSON.stringify(r.kind)}`);
  const kind = r.kind as RecordKind;
  const type = (r.type ?? (kind === 'site' ? 'facility' : kind === 'actor' ? 'organization' : 'location')) as EntityType;
  if (!TYPES.has(type)) bad(`has unknown type ${JSON.stringify(r.type)}`);
  if (r.aliases !== undefined && !(Array.isArray(r.aliases) && r.aliases.every((a) => typeof a === 'string'))) bad('"aliases" must be a list of strings');
  if (kind !== 'actor' && (typeof r.lat !== 'number' || typeof r.lon !== 'number') && typeof r.ref !== 'string') bad('is a place without numeric "lat"/"lon" or a gazetteer "ref"');
  if (typeof r.ref === 'string' && (r.lat !== undefined || r.lon !== undefined)) bad('has both a gazetteer "ref" and its own "lat"/"lon"');
  if (typeof r.source !== 'string' || !r.source) bad('has no "source"');
  const country = kind === 'country' ? (r.iso2 as string) : ((r.country as string | null | undefined) ?? null);
  return { ...(r as object), kind, type, aliases: (r.aliases as string[] | undefined) ?? [], country } as unknown as KbRecord;
}
