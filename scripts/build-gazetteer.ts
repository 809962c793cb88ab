/**
 * Builds the gazetteer cache (GeoNames cities500 subset + OurAirports) ahead of the first run, so the
 * first analysis does not pay the ~2 s it takes to read the 32 MB source.
 * Usage: npx tsx scripts/build-gazetteer.ts [--min-population N] [--countries IQ,SY,...]
 */
import { loadGazetteer, REGION_COUNTRIES } from '../src/kb/gazetteer.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const t0 = performance.now();
const g = loadGazetteer({
  countries: opt('--countries')?.split(',') ?? REGION_COUNTRIES,
  ...(opt('--min-population') ? { minPopulation: Number(opt('--min-population')) } : {}),
});
console.log(`gazetteer: ${g.places.length} places, ${g.airports.length} airports (${Math.round(performance.now() - t0)} ms)`);
