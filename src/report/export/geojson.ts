/**
 * GeoJSON (RFC 7946) FeatureCollection of the report's events: a Point at the event's place
 * ([longitude, latitude]) with the event's fields as properties; events without coordinates keep a
 * null geometry, as RFC 7946 allows, so no event is lost.
 */
import type { ExportEvent, ExportReport } from './acled-csv.js';

export interface Feature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: Record<string, unknown>;
}

export interface FeatureCollection {
  type: 'FeatureCollection';
  features: Feature[];
}

export function eventFeature(e: ExportEvent): Feature {
  const lat = e.location?.lat, lon = e.location?.lon;
  const hasPoint = typeof lat === 'number' && typeof lon === 'number' && Number.isFinite(lat) && Number.isFinite(lon);
  return {
    type: 'Feature',
    id: e.id,
    geometry: hasPoint ? { type: 'Point', coordinates: [lon, lat] } : null,
    properties: {
      type: e.type, mode: e.mode ?? null, acled: e.acled ?? null, cameo: e.cameo ?? null,
      date: e.date?.start ?? null, date_end: e.date?.end ?? null, date_precision: e.date?.precision ?? null,
      location: e.location?.name ?? null, country: e.location?.country ?? null, admin1: e.location?.admin1 ?? null, geo_precision: e.location?.precision ?? null,
      agents: e.actors.filter((a) => a.role === 'agent').map((a) => a.name),
      targets: e.actors.filter((a) => a.role === 'target').map((a) => a.name),
      weapon: e.weapon ?? null, quantity: e.quantity ?? null,
      killed: e.casualties?.killed ?? null, injured: e.casualties?.injured ?? null,
      responsibility: e.responsibility ?? null, outcome: e.outcome ?? null,
      modality: e.modality ?? 'asserted', background: e.background ?? false, confidence: e.confidence ?? null,
      conflicts: (e.conflicts ?? []).map((c) => c.field), sources: e.sources ?? [],
      reports: e.reports.map((r) => ({ article: r.article, start: r.start, end: r.end, text: r.text })),
    },
  };
}

export function toGeoJson(report: ExportReport): FeatureCollection {
  return { type: 'FeatureCollection', features: report.events.map(eventFeature) };
}
