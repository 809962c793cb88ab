/**
 * Great-circle distance between two points in km: the haversine formula over a sphere of the mean Earth
 * radius (6371 km), accurate to about 0.5% (the Earth is not a sphere), which is finer than any
 * gazetteer point the engine compares. Hand-written: six lines of arithmetic need no dependency.
 */

/** Great-circle distance in km between two points in decimal degrees. */
export function km(a: { readonly lat: number; readonly lon: number }, b: { readonly lat: number; readonly lon: number }): number {
  const r = Math.PI / 180, dLat = (b.lat - a.lat) * r, dLon = (b.lon - a.lon) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLon / 2) ** 2;
  // rounding can lift h a hair above 1 for antipodal points, where asin would give NaN
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
