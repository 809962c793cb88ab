/** The API client: GET JSON, with the server's error message when a request is refused. */
export async function get<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { accept: 'application/json' } });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error((body as { message?: string }).message ?? `HTTP ${res.status}`);
  return body as T;
}

export interface Count { min: number; max: number | null }
export interface Summary {
  id: string; label: string; type: string; mode: string | null; acledType: string | null;
  date: { start: string; end: string; precision: string } | null; place: string | null; country: string | null; admin1: string | null;
  lat: number | null; lon: number | null; agents: string[]; targets: string[]; weapon: string | null; killed: Count | null; injured: Count | null;
  responsibility: { status: string; by: string[] } | null; sources: string[]; independentSources: number; conflicts: string[];
  confidence: number; background: boolean; modality: string; reports: number; updatedAt: string;
}
export interface Span { article: string; start: number; end: number; text: string }
export interface Evidenced { value: unknown; evidence: Span; sentence?: Span; published?: string | null; source?: string | null; member?: string }
export interface EventFull {
  id: string; type: string; mode: string | null; acled: Record<string, string | null>; cameo: string | null;
  date: { start: string; end: string; precision: string } | null;
  location: { name: string; country: string | null; admin1: string | null; lat: number | null; lon: number | null; precision: string | null } | null;
  actors: { role: string; name: string; entity: string | null }[]; weapon: string | null; quantity: number | null;
  casualties: { killed?: Count; injured?: Count } | null; responsibility: { status: string; by: string[] } | null; outcome: string | null;
  modality: string; background: boolean; reports: Span[]; evidence: Record<string, Evidenced[]>;
  conflicts: { field: string; values: Evidenced[]; note?: string }[]; confidence: number; rules: string[]; mergedBecause: string[];
  sources: string[]; independentSources: number;
}
export interface ArticleHead { id: string; title: string | null; source: string | null; published: string | null; url: string | null }
export interface ArticleFull { id: string; title: string | null; source: string | null; published: string | null; url: string | null; text: string; outletFromText: string | null }
