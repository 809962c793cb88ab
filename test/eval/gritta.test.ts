import { test } from 'node:test';
import { testResources } from '../helpers/resources.js';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { needShared, sharedPath } from '../helpers/shared.js';
import { loadGritta, scoreGritta, placeMentions } from '../../src/eval/datasets/gritta.js';
import { runEval } from '../../src/eval/index.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-gritta-'));
const write = (name: string, xml: string): string => { const p = join(dir, name); writeFileSync(p, xml); return p; };
const raw = (...p: string[]): string => sharedPath('eval', 'raw', 'geoparsing-gritta', ...p);

const LGL = `<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="7">
    <title>t</title>
    <text><![CDATA[Police in Gainesville, Georgia, arrested two men on Friday. The Hall County sheriff said more arrests could follow in Atlanta.]]></text>
    <toponyms>
      <toponym><start>10</start><end>21</end><phrase>Gainesville</phrase>
        <gaztag geonameid="4196586"><name>Gainesville</name><fcode>PPLA2</fcode><lat>34.29788</lat><lon>-83.82407</lon></gaztag></toponym>
      <toponym><start>23</start><end>30</end><phrase>Georgia</phrase>
        <gaztag geonameid="4197000"><name>Georgia</name><fcode>ADM1</fcode><lat>32.75042</lat><lon>-83.50018</lon></gaztag></toponym>
      <toponym><start>63</start><end>74</end><phrase>Hall County</phrase></toponym>
      <toponym><start>115</start><end>122</end><phrase>Atlanta</phrase>
        <gaztag geonameid="4180439"><name>Atlanta</name><fcode>PPLA</fcode><lat>33.749</lat><lon>-84.38798</lon></gaztag></toponym>
    </toponyms>
  </article>
</articles>`;

const GEOVIRUS = `<articles><article><source>x</source>
<text>Health officials in Nairobi, Kenya, reported new cholera cases on Monday.</text>
<locations>
<location><name>Nairobi</name><start>21</start><end>28</end><lat>-1.28</lat><lon>36.82</lon><page>p</page></location>
<location><name>Kenya</name><start>30</start><end>35</end><lat>0.1</lat><lon>37.9</lon><page>p</page></location>
</locations></article></articles>`;

const GWN = `<?xml version="1.0" ?>
<articles><article file="3"><title>t</title><link>l</link>
<text>Nigerians living in Lagos say the Iraqi embassy is closed.</text>
<toponyms>
<toponym><extractedName>Nigerians</extractedName><normalisedName/><type>Demonym</type><modifierType/><nonLocational>Yes</nonLocational><start>0</start><end>9</end></toponym>
<toponym><extractedName>Lagos</extractedName><normalisedName>Lagos</normalisedName><type>Literal</type><modifierType/><nonLocational>No</nonLocational><start>20</start><end>25</end><geonamesID>2332459</geonamesID><latitude>6.45407</latitude><longitude>3.39467</longitude></toponym>
<toponym><extractedName>Iraqi</extractedName><normalisedName>Iraq</normalisedName><type>Non_Literal_Modifier</type><modifierType>Adjective</modifierType><nonLocational>No</nonLocational><start>34</start><end>39</end><geonamesID>99237</geonamesID><latitude>33</latitude><longitude>44</longitude></toponym>
<toponym><extractedName>US</extractedName><normalisedName/><type>Literal</type><modifierType/><nonLocational>No</nonLocational><start>-12</start><end>-10</end></toponym>
</toponyms></article></articles>`;

test('gritta loader: LGL gaztags, GeoVirus offsets one past the name, GWN types; spans checked against the text', () => {
  const l = loadGritta(write('lgl.xml', LGL));
  assert.equal(l.corpus, 'lgl');
  assert.equal(l.docs.length, 1);
  const t = l.docs[0]!.toponyms;
  assert.deepEqual(t.map((x) => l.docs[0]!.text.slice(x.start, x.end)), ['Gainesville', 'Georgia', 'Hall County', 'Atlanta']);
  assert.equal(t[1]!.type, 'ADM1');
  assert.equal(t[2]!.lat, null, 'a toponym without a gaztag has no coordinates');

  const v = loadGritta(write('GeoVirus.xml', GEOVIRUS));
  assert.equal(v.corpus, 'geovirus');
  assert.deepEqual(v.docs[0]!.toponyms.map((x) => v.docs[0]!.text.slice(x.start, x.end)), ['Nairobi', 'Kenya']);

  const g = loadGritta(write('GWN.xml', GWN));
  assert.equal(g.corpus, 'gwn');
  assert.equal(g.docs[0]!.id, '3');
  assert.deepEqual(g.docs[0]!.toponyms.map((x) => x.type), ['Demonym', 'Literal', 'Non_Literal_Modifier']);
  assert.ok(g.skipped.some((s) => /offsets/.test(s.reason)), 'negative offsets (into the title) are skipped');
});

test('gritta scoring: recall over gold with coordinates, precision over place mentions, 161 km resolution', () => {
  const res = testResources();
  const s = scoreGritta(loadGritta(write('lgl.xml', LGL)), res);
  const row = (n: string) => s.metrics.find((m) => m.name === n)!;
  assert.equal(row('toponym.recall').n, 3, 'Hall County has no coordinates and is not counted');
  // Gainesville is the Georgia town (the state named beside it), not the larger one in Florida
  const gv = s.outcomes.find((o) => o.name === 'Gainesville')!;
  assert.ok(gv.got && gv.km !== null && gv.km < 50, JSON.stringify(gv));
  const ga = s.outcomes.find((o) => o.name === 'Georgia')!;
  assert.ok(ga.got && ga.km !== null && ga.km < 161, `Georgia is the US state here: ${JSON.stringify(ga)}`);
  assert.equal(row('resolve.161km').correct, row('resolve.161km').n);

  const g = scoreGritta(loadGritta(write('GWN.xml', GWN)), res);
  const lagos = g.outcomes.find((o) => o.name === 'Lagos')!;
  assert.ok(lagos.got && lagos.km! < 50);
  assert.ok(g.outcomes.find((o) => o.name === 'Iraqi')!.got, 'an adjectival demonym is a toponym modifier in GWN');
});

test('place mentions: US states, "City, State", countries outside the region, continents', () => {
  const res = testResources();
  const ms = placeMentions('Flooding hit Dayton, Ohio, and parts of Kentucky. Aid groups in Harare, Zimbabwe, said Africa needs more help.', 't', res);
  const by = (t: string) => ms.find((m) => m.text === t);
  assert.equal(by('Ohio')?.geo?.precision, 'admin1');
  assert.equal(by('Kentucky')?.geo?.country, 'US');
  assert.equal(by('Dayton')?.geo?.country, 'US');
  assert.equal(by('Zimbabwe')?.key, 'kb:country-zw');
  assert.equal(by('Harare')?.geo?.country, 'ZW');
  assert.equal(by('Africa')?.geo?.precision, 'region', 'Africa is the continent, not an old name of Mahdia');
});

test('sitrep eval --format gritta on GeoWebNews', needShared('eval', 'raw', 'geoparsing-gritta', 'GWN.xml'), async () => {
  const g = loadGritta(raw('GWN.xml'));
  assert.equal(g.docs.length, 200);
  const withCoords = g.docs.reduce((n, d) => n + d.toponyms.filter((t) => t.lat !== null).length, 0);
  assert.ok(withCoords > 2500, `${withCoords} toponyms with coordinates`);
  const res = await runEval({ format: 'gritta', gold: raw('GWN.xml'), limit: 30 });
  assert.equal(res.exitCode, 0);
  const m = (res.json as { metrics: { name: string; rate: number | null }[] }).metrics;
  assert.ok(m.find((x) => x.name === 'toponym.recall')!.rate! > 0.5, res.text);
  assert.ok(m.find((x) => x.name === 'resolve.161km')!.rate! > 0.6, res.text);
});

test('LGL and GeoVirus load with every gold span on its name', needShared('eval', 'raw', 'geoparsing-gritta', 'lgl.xml'), () => {
  for (const f of ['lgl.xml', 'GeoVirus.xml']) {
    const g = loadGritta(raw(f));
    assert.ok(g.docs.length > 200, f);
    for (const d of g.docs.slice(0, 50)) for (const t of d.toponyms) if (t.name) assert.equal(d.text.slice(t.start, t.end), t.name, `${f} ${d.id}`);
  }
});

test('a name shared by a country and a US state or town: the country unless the text places it inside the US', () => {
  const res = testResources();
  const key = (text: string, name: string): string | undefined => placeMentions(text, 't', res).find((m) => m.text === name)?.key;
  assert.equal(key('The United States sent aid to Georgia and Ukraine, officials in Washington said.', 'Georgia'), 'kb:country-ge');
  assert.equal(key('Protesters in Atlanta, Georgia, marched on Saturday.', 'Georgia'), 'kb:admin1-us-georgia');
  assert.equal(key('The storm moved from Alabama into Georgia.', 'Georgia'), 'kb:admin1-us-georgia');
  assert.equal(key('A Pennsylvania senator condemned the strikes on Lebanon.', 'Lebanon'), 'kb:country-lb');
  const palestine = placeMentions('Residents of Palestine, Texas, said taxes rose.', 't', res).find((m) => m.text === 'Palestine');
  assert.equal(palestine?.geo?.country, 'US');
  // a bare Syrian village the gazetteer lacks is not replaced by a small namesake abroad
  const bara = placeMentions('Syrian regime forces shelled Bara in Idleb governorate.', 't', res).find((m) => m.text === 'Bara');
  assert.ok(!bara?.geo || bara.geo.country === 'SY', JSON.stringify(bara?.geo));
});
