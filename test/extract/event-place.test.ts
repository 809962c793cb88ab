/**
 * Which place is the event's: address chains, containment in the unit the chain names, "between A and
 * B", nationality words that are no place, and the article's earlier sentences when the event's own
 * sentence names none. Sentences written for these tests in the style of incident summaries and wires.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asserted, docOf } from './helpers.js';
import type { Doc } from '../../src/core/model/doc.js';
import type { ExtractedEvent } from '../../src/core/model/event.js';
import { km } from '../../src/core/distance.js';
import { cleanRecord } from '../../src/clean/index.js';
import { createDoc } from '../../src/core/model/doc.js';
import { evidenceOf } from '../../src/fuse/evidence.js';
import { testContext, testPipeline } from '../helpers/resources.js';

const mention = (d: Doc, text: string) => {
  const m = d.mentions.find((x) => x.text === text);
  assert.ok(m?.geo, `mention ${text} with a point: ${JSON.stringify(d.mentions.map((x) => [x.text, x.geo?.precision]))}`);
  return m;
};
const violent = (d: Doc): ExtractedEvent => {
  const e = asserted(d).find((x) => x.type === 'ASSAULT' || x.type === 'COERCE');
  assert.ok(e, JSON.stringify(d.events.map((x) => x.type)));
  return e;
};
const placed = (e: ExtractedEvent) => {
  assert.ok(e.location?.geo, `event has a located place: ${JSON.stringify(e.location)}`);
  return e.location.geo;
};

test('an address chain whose head the gazetteer does not know: the point of the nearest enclosing unit, not the country', () => {
  for (const text of [
    'Gunmen opened fire on a checkpoint near Umm Jarab, Muqdadiyah district, Diyala, Iraq. Two policemen were wounded.',
    // a head the entity layer reads as a person's name ("Abu Karma") is still the head of the address
    'An explosive device detonated targeting an army patrol near Abu Karma, Muqdadiyah district, Diyala, Iraq. One soldier was killed.',
  ]) {
    const d = docOf(text, '2021-06-10');
    const e = violent(d);
    const g = placed(e);
    assert.notEqual(g.precision, 'country', text);
    // Umm Jarab is in no gazetteer: Muqdadiyah's point; Abu Karma is a village of the district (Who's On First), 19 km off
    assert.ok(km(g, mention(d, 'Muqdadiyah district').geo!) < 25, 'in Muqdadiyah district: ' + text);
    assert.doesNotMatch(e.location!.name, /Iraq|Diyala/);
  }
});

test('an address chain after the trigger\'s own place phrase: its most specific element', () => {
  const d = docOf('Gunmen shot and killed a shopkeeper in Qamishli, Al Hasakah, Syria. No group claimed responsibility for the incident.', '2021-06-10');
  assert.ok(km(placed(violent(d)), mention(d, 'Qamishli').geo!) < 1, 'at Qamishli');
});

test('a parenthesised address "X village (Town, Region)": the village of that town\'s area when the gazetteer has it', () => {
  // Khirbet Zanuta is a village of the Hebron hills (GeoNames via Who's On First), about 20 km south of the town
  const d = docOf('Israeli forces demolished a house in Khirbet Zanuta village (Hebron, West Bank).', '2022-03-10');
  const e = violent(d);
  assert.match(e.location!.name, /Zanuta/);
  assert.ok(km(placed(e), mention(d, 'Hebron').geo!) < 25, 'near Hebron');
  assert.equal(e.location!.precision, 'village');
  assert.equal(e.location!.by, 'gazetteer');
});

test('"Town - Part (District, Unit)": the part of the town, in the unit the address names', () => {
  // Silwan is a neighbourhood of East Jerusalem; the address puts it in the West Bank, not GeoNames' Jerusalem District
  const d = docOf('Israeli police demolished a Palestinian-owned shop in Al Quds - Silwan (Al Quds, West Bank).', '2022-03-10');
  const e = asserted(d)[0];
  assert.ok(e, JSON.stringify(d.events.map((x) => x.type)));
  assert.equal(placed(e).admin1, 'West Bank');
  assert.equal(placed(e).country, 'PS');
  assert.ok(km(placed(e), mention(d, 'Silwan').geo!) < 1, `at Silwan, got ${JSON.stringify(e.location)}`);
  // a dash between two distant towns before "road" is a route, not a part
  const r = docOf('Gunmen attacked a military convoy on the Aden - Taizz road, killing two soldiers.', '2022-03-10');
  const g = placed(violent(r));
  assert.ok(km(g, mention(r, 'Aden').geo!) < 5, `at Aden, got ${JSON.stringify(g)}`);
});

test('an address goes on past an Arabic article the name was read without ("of An Nasiriyah city": the mention is "Nasiriyah city")', () => {
  // "Tamin" alone is Tamines in Belgium: the address puts the neighbourhood in An Nasiriyah, Iraq
  const d = docOf('Gunmen shot dead a shopkeeper in the Tamin neighborhood of An Nasiriyah city on Monday.', '2022-03-10');
  const g = placed(violent(d));
  assert.equal(g.country, 'IQ');
  assert.ok(km(g, mention(d, 'Nasiriyah city').geo!) < 5, 'at Nasiriyah');
});

test('a nationality word after a town is no element of its address, and a village known by the name only as an alternate name is not the town', () => {
  // GeoNames also lists "Erbil" as an alternate name of Koşuyolu, a village in Mardin; the article names Turkey
  const d = docOf('Turkish warplanes struck PKK positions near Erbil, the Turkish defence ministry said.', '2022-03-10');
  const g = placed(violent(d));
  assert.equal(g.country, 'IQ', JSON.stringify(g));
  assert.equal(g.admin1, 'Erbil Governorate');
});

test('a village written with a town of another province is a namesake: the event takes the town\'s place', () => {
  // GeoNames' Bani Hasan is a village of Taiz, 300 km from Abs (Hajjah); the address means the one at Abs
  const d = docOf('Artillery fire hit homes in Bani Hasan (Abs) on Tuesday, killing a child, local sources said.', '2022-03-10');
  const g = placed(violent(d));
  assert.equal(g.admin1, 'Hajjah Governorate', JSON.stringify(g));
  assert.ok(km(g, mention(d, 'Abs').geo!) < 5, 'at Abs');
});

test('a nationality word is no place: "Palestinian youths clashed with Israeli soldiers ... (Salfit, West Bank)"', () => {
  const d = docOf('Palestinian youths clashed with Israeli soldiers during a raid on Qarawat village (Salfit, West Bank).', '2022-03-10');
  const g = placed(violent(d));
  assert.notEqual(g.precision, 'country');
  assert.ok(km(g, mention(d, 'Salfit').geo!) < 5, 'at Salfit');
});

test('a same-named town in another country loses to the unit the address names', () => {
  const d = docOf('Regime forces shelled Mansoura town in Ar Raqqa countryside. Casualties unknown.', '2022-03-10');
  const e = violent(d);
  const raqqa = mention(d, 'Ar Raqqa countryside').geo!;
  assert.equal(placed(e).country, 'SY');
  assert.ok(km(placed(e), raqqa) < 30, `inside Raqqa's countryside, got ${JSON.stringify(e.location)}`);
});

test('a town the gazetteer puts in the province its address names lies in it, however far from the seat', () => {
  // Kahnūj lies 266 km from the town of Kerman, inside Kerman Province
  const d = docOf('Employees of the judiciary protested in front of the courthouse in Kahnuj city (Kerman) over low wages.', '2022-01-09');
  const e = d.events.find((x) => x.type === 'PROTEST');
  assert.ok(e?.location?.geo, JSON.stringify(d.events.map((x) => [x.type, x.location?.name])));
  assert.ok(km(e.location.geo, mention(d, 'Kahnuj city').geo!) < 1, JSON.stringify(e.location));
});

test('"X town in Y": a town of Y\'s district heads the address, and a square lies in the town written after it', () => {
  const a = docOf('Hundreds of people staged a demonstration march in Khana Sor town in Sinjar, Ninewa, protesting against the airstrikes.', '2022-02-03');
  const ea = a.events.find((x) => x.type === 'PROTEST');
  assert.ok(ea?.location?.geo);
  assert.ok(km(ea.location.geo, mention(a, 'Khana Sor town').geo!) < 1, JSON.stringify(ea.location));
  // "Ulus" alone is a town in Bartın, 170 km off: the square of that name lies in Altındağ
  const b = docOf('Ukrainian nationals staged a protest at Ulus square in Altindag town, Ankara, against the offensive.', '2022-02-25');
  const eb = b.events.find((x) => x.type === 'PROTEST');
  assert.ok(eb?.location?.geo);
  assert.ok(km(eb.location.geo, mention(b, 'Altindag town').geo!) <= 20, JSON.stringify(eb.location));
  // a town read as a namesake outside the province written after it is no town for the square
  const c = docOf('A women\'s rights group staged a demonstration at Aydin city square in Efeler town, Aydin to demand the release of a politician.', '2022-01-20');
  const ec = c.events.find((x) => x.type === 'PROTEST');
  assert.ok(ec?.location?.geo);
  assert.ok(km(ec.location.geo, mention(c, 'Aydin city').geo!) < 5, JSON.stringify(ec.location));
});

test('"between A and B": the midpoint of the two towns', () => {
  const d = docOf('Clashes broke out on the road between Baqubah and Muqdadiyah, killing two fighters.', '2021-06-10');
  const g = placed(violent(d));
  const a = mention(d, 'Baqubah').geo!, b = mention(d, 'Muqdadiyah').geo!;
  const half = km(a, b) / 2;
  assert.ok(Math.abs(km(g, a) - half) < 2 && Math.abs(km(g, b) - half) < 2, 'halfway');
  assert.equal(g.approximate, true);
});

test('a town that names one end of a road is not the place: "on the Kirkuk-Tikrit road near Tuz Khurmatu"', () => {
  const d = docOf('A roadside bomb struck a convoy on the Kirkuk-Tikrit road near Tuz Khurmatu, Saladin, Iraq.', '2021-06-10');
  const g = placed(violent(d));
  assert.ok(km(g, mention(d, 'Tuz Khurmatu').geo!) < 20, 'near Tuz Khurmatu');
});

test('an event whose sentence names no place takes the place of the sentence before it', () => {
  const d = docOf('The convoy was passing through Tikrit, Saladin, Iraq on Sunday morning. Two soldiers were killed in the attack.', '2021-06-10');
  const g = placed(violent(d));
  assert.ok(km(g, mention(d, 'Tikrit').geo!) < 1, 'at Tikrit, not Iraq');
});

test('a background event is not placed by the sentence before it', () => {
  const d = docOf('The convoy was passing through Tikrit, Saladin, Iraq on Sunday morning. Two soldiers were killed in an attack on a convoy in January 2020.', '2021-06-10');
  const e = d.events.find((x) => x.type === 'ASSAULT');
  assert.ok(e);
  assert.notEqual(e.location?.name, 'Tikrit');
  assert.ok(!e.location?.geo || e.location.geo.precision === 'country');
});

test('a list of towns is not an address: the first town keeps its own point', () => {
  const d = docOf('Militants attacked police posts in Baqubah, Kirkuk and Tikrit on Monday.', '2021-06-10');
  const g = placed(violent(d));
  assert.ok(km(g, mention(d, 'Baqubah').geo!) < 1, `at Baqubah, got ${JSON.stringify(g)}`);
});

test('an address in parentheses through a district the gazetteer does not know: "X (District, Governorate)"', () => {
  // the head resolves to a same-named place in another country: the governorate the address names wins
  const d = docOf('Houthi forces shelled Al Mahjar (Bani Dhabyan, Marib) killing a woman.', '2022-03-10');
  const e = violent(d);
  assert.equal(e.location!.name, 'Al Mahjar', 'the name as written, not the other place\'s');
  assert.equal(placed(e).country, 'YE');
  assert.ok(km(placed(e), mention(d, 'Marib').geo!) < 5, 'at Marib');
  // a head that is no place mention at all, with a known district
  const d2 = docOf('Houthi forces shelled Bayt Qudayr (Hays, Al Hudaydah) killing a child.', '2022-03-10');
  assert.ok(km(placed(violent(d2)), mention(d2, 'Hays').geo!) < 5, 'at Hays');
});

test('the name a same-named foreign place was mistaken for is not the event\'s place name', () => {
  const d = docOf('Regime forces shelled Mansoura town in Ar Raqqa countryside. Casualties unknown.', '2022-03-10');
  // every record spelled "Mansoura" lies abroad; the province's own Al Manşūrah (spelled "Mansura" after the
  // transliteration fold) is the town, else the name stays as written
  const loc = violent(d).location!;
  assert.ok(loc.name === 'Mansoura' || loc.geo?.admin1 === 'Raqqa Governorate', JSON.stringify(loc));
  assert.equal(loc.geo?.country, 'SY');
});

test('a town standing for its province does not pull a place more than 60 km off to itself', () => {
  // Darbasiyah lies about 64 km from the town of Al Hasakah; "Al Hasakah" here names the governorate
  const d = docOf('Gunmen killed a shepherd in Darbasiyah, Al Hasakah, Syria.', '2021-06-10');
  assert.ok(km(placed(violent(d)), mention(d, 'Darbasiyah').geo!) < 1, 'at Darbasiyah');
});

test('a finer place written before "in <province>" is the event\'s, but not a place someone comes from', () => {
  const d = docOf('Regime forces shelled the surroundings of the school of Marea city in Aleppo governorate.', '2022-03-10');
  assert.ok(km(placed(violent(d)), mention(d, 'Marea city').geo!) < 1, 'at Marea, not the governorate');
  const d2 = docOf('Opposition rebels detained a man from rural Hama in Jarablus city in Aleppo countryside.', '2022-03-10');
  assert.ok(km(placed(violent(d2)), mention(d2, 'Jarablus city').geo!) < 1, 'at Jarablus, not Hama');
});

test('a town naming a road is weaker than the place the act is at, and "workers from X" do not place the act at X', () => {
  const d = docOf('Taxi drivers blocked the Tyre coastal highway at Sarafand (Sidon) on Monday.', '2022-03-10');
  const e = asserted(d).find((x) => x.type === 'PROTEST' || x.type === 'COERCE');
  assert.ok(e);
  assert.equal(e.location?.name, 'Sarafand');
  // Sarafand is a village of the coast between the two (GeoNames via Who's On First), nearer Sidon
  assert.ok(km(placed(e), mention(d, 'Sidon').geo!) < km(placed(e), mention(d, 'Tyre').geo!), 'Sarafand, not Tyre');
  assert.equal(e.location?.by, 'gazetteer');
  const d2 = docOf('Nurses from Basra protested in front of the health ministry in Baghdad on Monday.', '2022-03-10');
  const p = asserted(d2).find((x) => x.type === 'PROTEST');
  assert.ok(p);
  assert.ok(km(placed(p), mention(d2, 'Baghdad').geo!) < 1, 'at Baghdad');
});

const datelined = (text: string): Doc => {
  const article = cleanRecord({ origin: 'mem.txt', file: 'mem.txt', format: 'text', body: text, bodyIsHtml: false, externalId: null, url: null, title: null, source: null, published: '2019-01-02', language: null });
  return testPipeline().run(createDoc(article), testContext());
};

test('a local story: an act its sentences place nowhere happens in the dateline town, also one the gazetteer lacks', () => {
  const d = datelined('Teen held after shooting\n\nCUTLER BAY, Fla. — A teenager is behind bars after police said he shot his friend in a bedroom. The victim died at a hospital. The teenager was arrested on Sunday.');
  const e = violent(d);
  assert.equal(e.location?.name, 'Cutler Bay');
  assert.equal(e.location?.geo?.admin1, 'Florida');
  assert.match(e.location?.by ?? '', /dateline/);
  // provenance: the dateline is cut out of the cleaned text, so the place is read from the raw input at its
  // real offsets, and the span into the text is the empty range where the cut was made, not {0,0}
  const raw = e.location!.raw!;
  assert.equal(d.article.raw.slice(raw.start, raw.end), 'CUTLER BAY');
  assert.deepEqual(d.article.dateline?.at, raw);
  assert.equal(e.location!.at.start, e.location!.at.end);
  assert.ok(d.article.text.slice(e.location!.at.start).startsWith('A teenager is behind bars'), JSON.stringify(e.location!.at));
  // and the event's location evidence shows that raw span (flagged inRaw), not the empty cut
  const ev = evidenceOf(d.article, e).location![0]!;
  assert.equal(ev.inRaw, true);
  assert.equal(ev.evidence.text, 'CUTLER BAY');
  assert.deepEqual([ev.evidence.start, ev.evidence.end], [raw.start, raw.end]);
  // "St." is "Saint" in the gazetteer
  const s = violent(datelined('Fourth man charged\n\nST. PAUL, Minn. (AP) — Prosecutors say a teenager was fatally shot after a fight on Tuesday night.'));
  assert.equal(s.location?.geo?.admin1, 'Minnesota', JSON.stringify(s.location));
  // a hamlet the gazetteer does not list keeps its name at the point of the state written after it
  const h = violent(datelined('Sheriff names three shooting victims\n\nZYXQUORA, Mo. (AP) — A gunman killed three people in a shooting rampage on Thursday night, the sheriff said.'));
  assert.equal(h.location?.name, 'Zyxquora');
  assert.equal(h.location?.geo?.approximate, true);
  assert.equal(h.location?.precision, 'province');
});

test('a dateline far from the places the story names is where it was filed, not where the act happened', () => {
  const d = datelined('Strike condemned\n\nWASHINGTON (Reuters) — The Pentagon said on Monday that a drone strike had killed two militants. Officials in Iraq said the strike hit a vehicle.');
  for (const e of d.events) assert.notEqual(e.location?.name, 'Washington', JSON.stringify(e.location));
});

test('a place name before a street word names a street, not the place', () => {
  const d = docOf('Two men were shot in the 1100 block of Alabama Street on Wednesday night, police said.');
  assert.ok(!d.mentions.some((m) => m.text === 'Alabama' && m.geo?.precision === 'admin1'), JSON.stringify(d.mentions.map((m) => m.text)));
});

test('a seat named like its province after a place stands for the province: a same-named town 300+ km off is another place', () => {
  // the gazetteer has no Istanbul district of this name, only same-named villages and a town that also goes by it far away
  const e = violent(docOf('Police detained ten protesters in Kadikoy town, Istanbul, on Saturday.', '2022-04-26'));
  const g = placed(e);
  // (the gazetteer's Kadıköy district of Istanbul, found by its spelling once the villages are ruled out, or the name as written)
  assert.ok(e.location!.name === 'Kadikoy' || e.location!.name === 'Kadıköy', e.location!.name);
  assert.ok(km(g, { lat: 41.01, lon: 28.98 }) < 25, JSON.stringify(g));
});

test('a province named without its part noun: "Saqqez city (Kurdistan)" in an Iranian story is the Iranian province, not the Iraqi region', () => {
  const d = docOf('Police arrested two teachers at a sit-in protest in Saqqez city (Kurdistan). The Coordinating Council of Teachers Syndicates in Iran called the strike.', '2022-04-26');
  assert.equal(mention(d, 'Kurdistan').geo!.country, 'IR');
  assert.equal(placed(violent(d)).admin1, 'Kurdistan Province');
});

test('the province an address writes is the place\'s province, over the gazetteer\'s', () => {
  // GeoNames' Ulus nearest the name lies in Bartın; the text puts the square in Ankara
  const e = violent(docOf('Police detained students who staged a protest at Ulus square in Altindag town, Ankara, on Monday.', '2022-03-01'));
  assert.equal(placed(e).admin1, 'Ankara Province');
});

test('a dateline after the short lines that open a page (a follow line, a byline) is still read', () => {
  const d = datelined('Follow WXYZ7.COM: Facebook | Twitter\n\nBy Jane Roe\n\nTAMPA, Fla. (WXYZ) – Two men were wounded in a shooting outside a bar on Saturday night, police said.');
  assert.equal(d.article.dateline?.place, 'Tampa');
  const e = violent(d);
  assert.equal(e.location?.geo?.admin1, 'Florida', JSON.stringify(e.location));
  // a paragraph of prose is no opening line: a capitalised dash later in the story is no dateline
  const p = datelined('Two men were wounded in a shooting outside a bar on Saturday night. The police are looking for a witness.\n\nTAMPA, Fla. — A second shooting was reported later.');
  assert.equal(p.article.dateline, null);
});

test('a name written after a dot in a web address is no place', () => {
  const d = docOf('Follow NEWS4.COM for updates. A man was shot in Denver on Friday, police said.');
  assert.ok(!d.mentions.some((m) => m.text === 'COM'), JSON.stringify(d.mentions.map((m) => m.text)));
});

test('a city far more populous than a namesake seat is the usual referent of the name', () => {
  const d = docOf('Four people were shot on Wednesday night in San Francisco, police said.');
  assert.equal(mention(d, 'San Francisco').geo!.country, 'US');
});

test('an act placed only at its country takes the finer place named in that country next to it', () => {
  const d = datelined('Roadside bomb kills Russian general in Syria\n\nThe desert east of Palmyra is still home to cells of militants, officials say. The general was travelling with his guards on Sunday.');
  const e = violent(d);
  assert.notEqual(e.location?.geo?.precision, 'country', JSON.stringify(e.location));
  assert.ok(km(placed(e), mention(d, 'Palmyra').geo!) < 30, JSON.stringify(e.location));
  // a place in another country is no finer place of this one
  const o = datelined('Roadside bomb kills Russian general in Syria\n\nThe general had served near Baghdad before, officials say. He was travelling with his guards on Sunday.');
  assert.equal(violent(o).location?.geo?.country, 'SY', JSON.stringify(violent(o).location));
});

test('a story that names its town only in the name of the town police is in that town', () => {
  const d = datelined('Woman killed by stray bullet\n\nChattanooga Police say a man fired a gun in the room next to where the woman was sitting on Tuesday. The bullet went through the wall and killed her.');
  const e = violent(d);
  assert.equal(e.location?.name, 'Chattanooga', JSON.stringify(e.location));
  assert.equal(e.location?.geo?.admin1, 'Tennessee');
  // a country's police is no town's
  const n = datelined('Man wounded\n\nIraqi Police say a man fired at a checkpoint on Tuesday and wounded a guard.');
  assert.notEqual(violent(n).location?.geo?.precision, 'town', JSON.stringify(violent(n).location));
});

test('a dateline state written as its postal code ("TAMPA, FL —") holds the dateline town', () => {
  const h = violent(datelined('Man shot outside bar\n\nZYXQUORA, FL — A man was shot outside a bar on Saturday night, police said.'));
  assert.equal(h.location?.geo?.admin1, 'Florida', JSON.stringify(h.location));
});

test('"near X, Province": X is the place, the province (named like its seat) only says where X is', () => {
  // "near" makes Salamiyah's point approximate and coarser than Hama's; Hama, the province seat, is 30 km off
  // (the act's place is read from its sentence's places here, each element of the address tried in turn)
  const d = docOf('Assailants ambushed Syrian Armed Forces (SAF) soldiers and allied militiamen near Salamiyah, Hamah, Syria. Nine soldiers were killed.', '2021-06-10');
  const e = violent(d);
  assert.match(e.location!.name, /Salamiyah/);
  assert.ok(km(placed(e), mention(d, 'Salamiyah').geo!) < 5, 'at Salamiyah');
});

test('a neighbourhood of a town lies in that town: a same-named village 28 km off is another place', () => {
  // GeoNames' village Al Maḩmūdīyah lies 28 km north of Afrin, inside the district's 30 km reach but not a quarter's
  const d = docOf('A car bomb exploded in Mahmudiyah neighborhood, Afrin, Aleppo Province, Syria. Three civilians were killed.', '2021-06-10');
  const e = violent(d);
  assert.match(e.location!.name, /Mahmudiyah/);
  assert.ok(km(placed(e), mention(d, 'Afrin').geo!) < 5, 'at Afrin, the quarter unresolved');
  assert.equal(placed(e).approximate, true);
});

test('an area written before a province seat lies around that town, not anywhere in the province', () => {
  // the only Sharqīyah of Dhi Qar in GeoNames is a village 40 km from Nasiriyah; the province seat is a town here
  const d = docOf('Gunmen shot dead a shop owner in Al-Sharqiya area, Nasiriyah, Dhi Qar, Iraq. No group claimed the attack.', '2021-06-10');
  const e = violent(d);
  assert.ok(km(placed(e), mention(d, 'Nasiriyah').geo!) < 25, 'near Nasiriyah: ' + JSON.stringify(e.location));
});

test('a short name written with its province is matched through the transliteration fold ("Nawah" is GeoNames\' Nawa, Daraa)', () => {
  const d = docOf('Gunmen shot dead a local council member in Nawah, Daraa, Syria. No group claimed the killing.', '2021-06-10');
  const e = violent(d);
  const g = placed(e);
  // Nawa lies about 30 km north-west of Daraa city
  assert.ok(km(g, { lat: 32.89, lon: 36.04 }) < 5, JSON.stringify(e.location));
});

test('an act placed at a country takes a town of that country its own sentence names, not introduced as a place (VOA, WikiEvents)', () => {
  const d = docOf('Police say that two ethnic Chechen brothers who had lived in the United States for a decade, Tamerlan and Dzhokhar Tsarnaev, carried the bombs in backpacks to the Boston street near the finish line before detonating them.', '2014-07-21');
  const e = violent(d);
  assert.match(e.location!.name, /Boston/, JSON.stringify(e.location));
  assert.equal(placed(e).country, 'US');
});

test('a town written as where a person is from ("a Boston man") does not replace the country an act is placed at', () => {
  const d = docOf('A Boston man was shot dead in the United States on Monday, police said.', '2014-07-21');
  const e = violent(d);
  assert.doesNotMatch(e.location?.name ?? '', /Boston/, JSON.stringify(e.location));
});

test('a name that goes on past its mention ("Calle" of "Calle del Correo, Madrid, Spain") keeps its address: no namesake abroad', () => {
  // GeoNames gives Çağlı (Turkey) the alternate name "Calle"; the address after the street name is in Spain
  const d = docOf('The Cafetería Rolando bombing was an attack on 13 September 1974 at the Rolando cafe in Calle del Correo, Madrid, Spain which killed 13 people and wounded 71.', '1974-09-14');
  const e = violent(d);
  const g = placed(e);
  assert.equal(g.country, 'ES', JSON.stringify(e.location));
  assert.ok(km(g, { lat: 40.42, lon: -3.70 }) < 25, 'at Madrid: ' + JSON.stringify(e.location));
  assert.match(e.location!.name, /^Calle/);
});
