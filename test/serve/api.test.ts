/**
 * Route tests of the API over the example corpus: every filter's answer is checked against the report
 * built by the report builder (an independent path over the same store), every endpoint answers, and
 * bad input gets a 4xx that names the problem and stores nothing.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { served, type Served } from './fixture.js';
import { repoRoot } from '../helpers/shared.js';
import { countRows } from '../../src/store/repos/articles.js';
import { ACLED_COLUMNS, acledExport } from '../../src/report/export/acled-csv.js';
import { testEngine } from '../helpers/resources.js';
import type { ReportEvent } from '../../src/report/types.js';

let s: Served;
before(async () => { s = await served(); });
after(async () => { await s?.close(); });

const get = async (url: string) => {
  const r = await s.app.inject(url);
  return { status: r.statusCode, body: r.headers['content-type']?.toString().includes('json') ? JSON.parse(r.body) : r.body, headers: r.headers };
};

/** Every event id under a filter, through cursor pages of 7. */
async function allIds(qs: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 100; i++) {
    const r = await get(`/api/events?${qs}${qs ? '&' : ''}limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    assert.equal(r.status, 200, `${qs}: ${JSON.stringify(r.body)}`);
    ids.push(...r.body.events.map((e: { id: string }) => e.id));
    cursor = r.body.nextCursor;
    if (!cursor) break;
  }
  return ids;
}

const expectIds = async (qs: string, pred: (e: ReportEvent) => boolean): Promise<string[]> => {
  const want = s.report.events.filter(pred).map((e) => e.id).sort();
  const got = await allIds(qs);
  assert.equal(new Set(got).size, got.length, `${qs}: an event came twice across pages`);
  assert.deepEqual([...got].sort(), want, `filter ${qs}`);
  return got;
};

const km = (a: { lat: number; lon: number }, b: { lat: number; lon: number }): number => {
  const r = Math.PI / 180, dLat = (b.lat - a.lat) * r, dLon = (b.lon - a.lon) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLon / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.sqrt(h));
};

test('the unfiltered ledger pages through every asserted event once, newest first', async () => {
  assert.ok(s.report.events.length > 10, 'the example corpus yields events');
  const ids = await expectIds('', () => true);
  const byId = new Map(s.report.events.map((e) => [e.id, e]));
  const starts = ids.map((id) => byId.get(id)!.date?.start ?? '');
  const dated = starts.filter(Boolean);
  assert.deepEqual(dated, [...dated].sort().reverse(), 'sorted by date, descending');
  const r = await get('/api/events?count=true&limit=1');
  assert.equal(r.body.total, s.report.events.length);
});

test('each filter answers what the report says', async () => {
  const withDate = s.report.events.filter((e) => e.date);
  const mid = withDate[Math.floor(withDate.length / 2)]!.date!.start;
  await expectIds(`from=${mid}`, (e) => !!e.date && e.date.end >= mid);
  await expectIds(`to=${mid}`, (e) => !!e.date && e.date.start <= mid);
  await expectIds('from=2024-01-01&to=2024-12-31', (e) => !!e.date && e.date.end >= '2024-01-01' && e.date.start <= '2024-12-31');
  await expectIds('type=ASSAULT', (e) => e.type === 'ASSAULT');
  await expectIds('type=assault,consult', (e) => e.type === 'ASSAULT' || e.type === 'CONSULT');
  await expectIds('mode=drone', (e) => e.mode === 'drone');
  await expectIds(`acled=${encodeURIComponent('Explosions/Remote violence')}`, (e) => e.acled.event_type === 'Explosions/Remote violence');
  await expectIds('country=iq', (e) => e.location?.country === 'IQ');
  const admin1 = s.report.events.find((e) => e.location?.admin1)!.location!.admin1!;
  await expectIds(`admin1=${encodeURIComponent(admin1)}`, (e) => e.location?.admin1 === admin1);
  const site = s.report.events.find((e) => e.location?.precision === 'site' && e.location.lat !== null)!.location!;
  const p = { lat: site.lat!, lon: site.lon! };
  const near = await expectIds(`near=${p.lat},${p.lon}&radius=25`, (e) => e.location?.lat != null && e.location.lon != null && km(p, { lat: e.location.lat, lon: e.location.lon! }) <= 25);
  assert.ok(near.length >= 2, 'several incidents at one base');
  const agent = s.report.events.flatMap((e) => e.actors).find((a) => a.role === 'agent')!.name;
  await expectIds(`actor=${encodeURIComponent(agent.toUpperCase())}`, (e) => e.actors.some((a) => a.name.toLowerCase() === agent.toLowerCase()) || !!e.responsibility?.by.some((b) => b.toLowerCase() === agent.toLowerCase()));
  const entity = site.entity!;
  await expectIds(`entity=${encodeURIComponent(entity)}`, (e) => e.location?.entity === entity || e.actors.some((a) => a.entity === entity));
  const claimed = await expectIds('q=claimed', (e) => e.reports.some((r) => /\bclaim(?:s|ed|ing)?\b/i.test(r.text)));
  assert.ok(claimed.length > 0);
  await expectIds('q=drone%20strike', (e) => e.reports.some((r) => /\bdrones?\b/i.test(r.text)) && e.reports.some((r) => /\bstrik(?:e|es|ing)\b/i.test(r.text)));
  await expectIds('minConfidence=0.8', (e) => e.confidence >= 0.8);
  await expectIds('minSources=2', (e) => e.independentSources >= 2);
  await expectIds('conflicts=true', (e) => e.conflicts.length > 0);
  await expectIds('conflicts=false', (e) => e.conflicts.length === 0);
  await expectIds('background=true', (e) => e.background);
  await expectIds('background=false', (e) => !e.background);
  await expectIds('minKilled=1', (e) => (e.casualties?.killed?.min ?? -1) >= 1);
  await expectIds('since=2000-01-01T00:00:00Z', () => true);
  await expectIds(`since=${encodeURIComponent(new Date(Date.now() + 3600e3).toISOString())}`, () => false);
  await expectIds('type=ASSAULT&country=IQ&conflicts=true', (e) => e.type === 'ASSAULT' && e.location?.country === 'IQ' && e.conflicts.length > 0);
  // statements (threats, plans, denials) are out of the ledger unless asked for
  const stmts = await allIds('modality=planned,forecast,hypothetical,negated,denied');
  assert.deepEqual(stmts.sort(), s.report.statements.map((e) => e.id).sort());
});

test('sorting: by toll descending, by sources ascending, and pages that follow the sort', async () => {
  const byId = new Map(s.report.events.map((e) => [e.id, e]));
  const ids = await allIds('sort=-toll');
  const tolls = ids.map((id) => byId.get(id)!.casualties?.killed?.min ?? -1);
  assert.deepEqual(tolls, [...tolls].sort((a, b) => b - a));
  const src = (await allIds('sort=sources')).map((id) => byId.get(id)!.independentSources);
  assert.deepEqual(src, [...src].sort((a, b) => a - b));
  const conf = (await allIds('sort=-confidence')).map((id) => byId.get(id)!.confidence);
  assert.deepEqual(conf, [...conf].sort((a, b) => b - a));
});

test('bad filter values are refused with a message that names the parameter', async () => {
  const cases: [string, RegExp][] = [
    ['type=FLYING', /type: unknown value "FLYING"/],
    ['mode=teleport', /mode: unknown value "teleport"/],
    ['acled=Wars', /acled: unknown value "Wars"/],
    ['country=Iraq', /country: "IRAQ" is not an ISO/],
    ['from=2024-13-01', /from/],
    ['from=2024-02-30', /from/],
    ['from=yesterday', /from/],
    ['from=2024-05-01&to=2024-04-01', /from \(2024-05-01\) is after to \(2024-04-01\)/],
    ['near=Baghdad', /near: "Baghdad" is not "lat,lon"/],
    ['near=95,10', /near/],
    ['radius=10', /radius needs near/],
    ['limit=501', /limit/],
    ['limit=0', /limit/],
    ['limit=100000000', /limit/],
    ['cursor=garbage', /cursor/],
    [`sort=-toll&cursor=${Buffer.from(JSON.stringify(['-date', 19000, 'ev-1'])).toString('base64url')}`, /cursor: it pages a list sorted by -date/],
    ['sort=loudness', /sort/],
    ['minConfidence=2', /minConfidence/],
    ['minSources=0', /minSources/],
    ['conflicts=maybe', /conflicts/],
    ['q=%21%21%21', /q: no words/],
    ['since=last%20week', /since/],
    ['colour=red', /unknown parameter "colour"/],
  ];
  for (const [qs, msg] of cases) {
    const r = await get(`/api/events?${qs}`);
    assert.equal(r.status, 400, `${qs} → ${r.status}`);
    assert.match(r.body.message, msg, qs);
  }
  for (const path of ['/api/events/histogram?type=NOPE', '/api/events/histogram?from=2024-02-30', '/api/events/points?limit=999999', '/api/export/events.csv?from=2024-99-01',
    '/api/export/events.geojson?bogus=1', '/api/export/events.geojson?limit=10001', '/api/articles?limit=0', '/api/entities?limit=100000', `/api/events?q=${'word%20'.repeat(100)}`]) {
    const r = await get(path);
    assert.equal(r.status, 400, path);
    assert.ok(r.body.message.length > 10, `${path}: a message says what is wrong`);
  }
});

test('every read route refuses an unknown parameter by name, including the routes that take none', async () => {
  const d = await get('/docs/json');
  const one = { '/api/events/{id}': `/api/events/${s.report.events[0]!.id}`, '/api/articles/{id}': `/api/articles/${s.report.articles[0]!.id}`,
    '/api/entities/{id}': `/api/entities/${encodeURIComponent(s.report.entities[0]!.id)}`, '/api/stories/{id}': `/api/stories/${s.report.stories[0]!.id}`,
    '/api/outlets/{id}': `/api/outlets/${encodeURIComponent(s.report.articles.find((a) => a.source)!.source!)}` } as Record<string, string>;
  const paths = Object.entries(d.body.paths as Record<string, Record<string, unknown>>).filter(([, ops]) => ops.get).map(([p]) => p);
  assert.ok(paths.length >= 14, `the read routes: ${paths.join(' ')}`);
  for (const p of paths) {
    const url = one[p] ?? p;
    assert.ok(!url.includes('{'), `a test id for ${p}`);
    assert.equal((await get(url)).status, 200, url);
    const r = await get(`${url}?colour=red`);
    assert.equal(r.status, 400, `${url}?colour=red`);
    assert.match(r.body.message, /unknown parameter "colour"/, url);
  }
});

test('one event: every field, evidence spans that resolve in their articles, per-source values, conflicts, merge reasons', async () => {
  const want = s.report.events.find((e) => e.conflicts.length && new Set(e.reports.map((r) => r.article)).size > 1)!;
  // with the ledger index built, its count of independent sources is used
  assert.equal((await get('/api/events?limit=1')).status, 200);
  const r = await get(`/api/events/${want.id}`);
  assert.equal(r.status, 200);
  assert.deepEqual(r.body.event, JSON.parse(JSON.stringify(want)), 'the API shows the event as the report does');
  // an event changed since it was indexed is counted from its articles' texts: the same count
  const stamp = (await s.store.db.selectFrom('fused_events').select('updated_at').where('id', '=', want.id).executeTakeFirstOrThrow()).updated_at;
  await s.store.db.updateTable('fused_events').set({ updated_at: stamp + 'x' }).where('id', '=', want.id).execute();
  try {
    assert.deepEqual((await get(`/api/events/${want.id}`)).body.event, r.body.event);
  } finally { await s.store.db.updateTable('fused_events').set({ updated_at: stamp }).where('id', '=', want.id).execute(); }
  const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true, strict: false });
  ajv.addSchema(JSON.parse(readFileSync(join(repoRoot(), 'schema', 'report.schema.json'), 'utf8')));
  assert.ok(ajv.validate('sitrep-report-v1-full#/$defs/event', r.body.event), ajv.errorsText());
  assert.ok(r.body.event.mergedBecause.length > 0);
  assert.deepEqual(r.body.articles.map((a: { id: string }) => a.id).sort(), [...new Set(want.reports.map((x) => x.article))].sort());
  const texts = new Map<string, string>();
  for (const a of r.body.articles) texts.set(a.id, (await get(`/api/articles/${a.id}`)).body.article.text);
  for (const vals of Object.values(r.body.event.evidence) as { evidence: { article: string; start: number; end: number; text: string } }[][]) {
    for (const v of vals) assert.equal(texts.get(v.evidence.article)!.slice(v.evidence.start, v.evidence.end), v.evidence.text);
  }
  const missing = await get('/api/events/ev-000000000000');
  assert.equal(missing.status, 404);
  assert.match(missing.body.message, /no event "ev-000000000000"/);
});

test('articles: pages, one article with its text and the spans read from it', async () => {
  const list = await get('/api/articles?limit=5');
  assert.equal(list.status, 200);
  assert.equal(list.body.articles.length, 5);
  const next = await get(`/api/articles?limit=5&cursor=${list.body.nextCursor}`);
  assert.ok(next.body.articles.every((a: { id: string }) => !list.body.articles.some((b: { id: string }) => b.id === a.id)));
  const outlet = s.report.articles.find((a) => a.source)!.source!;
  const bySource = await get(`/api/articles?source=${encodeURIComponent(outlet)}&limit=100`);
  assert.deepEqual(bySource.body.articles.map((a: { id: string }) => a.id).sort(), s.report.articles.filter((a) => a.source === outlet).map((a) => a.id).sort());
  const a = s.report.articles.find((x) => s.report.events.some((e) => e.reports.some((r) => r.article === x.id)))!;
  const one = await get(`/api/articles/${a.id}`);
  assert.equal(one.status, 200);
  assert.equal(one.body.article.text, a.text);
  assert.ok(one.body.spans.some((x: { kind: string }) => x.kind === 'report'));
  for (const sp of one.body.spans) assert.equal(a.text.slice(sp.start, sp.end), sp.text);
  assert.ok(one.body.events.length > 0);
  assert.equal((await get('/api/articles/0000000000000000')).status, 404);
  assert.equal((await get('/api/articles?limit=9999')).status, 400);
});

test('entities with their events, stories with timelines, outlets with what each asserted', async () => {
  const ents = await get('/api/entities?q=asad&limit=10');
  assert.equal(ents.status, 200);
  assert.ok(ents.body.entities.length > 0 && ents.body.entities.every((e: { name: string }) => /asad/i.test(e.name)));
  assert.equal((await get('/api/entities?type=planet')).status, 400);
  const ent = s.report.entities.find((e) => (e.events?.length ?? 0) > 1)!;
  const one = await get(`/api/entities/${encodeURIComponent(ent.id)}`);
  assert.equal(one.status, 200);
  assert.deepEqual(one.body.events.map((e: { id: string }) => e.id).sort(), [...ent.events!].sort());
  assert.equal((await get('/api/entities/kb:nowhere')).status, 404);

  const st = await get('/api/stories');
  assert.deepEqual(st.body.stories.map((x: { id: string }) => x.id).sort(), s.report.stories.map((x) => x.id).sort());
  const story = s.report.stories.find((x) => (x.timeline?.length ?? 0) > 1)!;
  const one2 = await get(`/api/stories/${story.id}`);
  assert.equal(one2.status, 200);
  assert.deepEqual(one2.body.story.timeline, JSON.parse(JSON.stringify(story.timeline)));
  assert.equal((await get('/api/stories/st-nothing')).status, 404);

  const outlets = await get('/api/outlets');
  const named = outlets.body.outlets.find((o: { source: string | null }) => o.source)!;
  assert.equal(named.articles, s.report.articles.filter((a) => a.source === named.source).length);
  const o = await get(`/api/outlets/${encodeURIComponent(named.source)}`);
  assert.equal(o.status, 200);
  const mine = new Set(o.body.articles.map((a: { id: string }) => a.id));
  assert.ok(o.body.asserted.length > 0 && o.body.asserted.every((x: { evidence: { article: string } }) => mine.has(x.evidence.article)));
  assert.equal((await get('/api/outlets/The%20Daily%20Nothing')).status, 404);
});

test('histogram, map points and facets agree with the list', async () => {
  const h = await get('/api/events/histogram?type=ASSAULT');
  const dated = s.report.events.filter((e) => e.type === 'ASSAULT' && e.date);
  assert.equal(h.body.days.reduce((n: number, d: { events: number }) => n + d.events, 0), dated.length);
  const pts = await get('/api/events/points?country=IQ');
  assert.equal(pts.body.points.length, s.report.events.filter((e) => e.location?.country === 'IQ' && e.location.lat != null).length);
  const f = await get('/api/facets');
  assert.equal(f.body.type.reduce((n: number, x: { n: number }) => n + x.n, 0), s.report.events.length + s.report.statements.length);
});

test('exports of a filter: GeoJSON features and ACLED CSV rows are the filtered events', async () => {
  const want = s.report.events.filter((e) => e.type === 'ASSAULT').map((e) => e.id).sort();
  const g = await s.app.inject('/api/export/events.geojson?type=ASSAULT');
  assert.equal(g.statusCode, 200);
  assert.match(String(g.headers['content-type']), /geo\+json/);
  const fc = JSON.parse(g.body);
  assert.equal(fc.type, 'FeatureCollection');
  assert.deepEqual(fc.features.map((x: { id: string }) => x.id).sort(), want);
  const c = await s.app.inject('/api/export/events.csv?type=ASSAULT');
  assert.equal(c.statusCode, 200);
  const lines = c.body.trim().split('\r\n');
  assert.equal(lines[0], ACLED_COLUMNS.join(','));
  // the CSV keeps ACLED's scope (a date, a place down to admin-1, an ACLED actor), as `sitrep export` does
  const inScope = acledExport(testEngine().resources, { events: s.report.events.filter((e) => e.type === 'ASSAULT'), articles: s.report.articles });
  assert.ok(inScope.rows > 0 && inScope.rows <= want.length);
  assert.equal(lines.length - 1, inScope.rows);
});

test('OpenAPI at /docs describes every route; security headers and a CSP without inline script', async () => {
  const d = await get('/docs/json');
  assert.equal(d.status, 200);
  for (const p of ['/api/events', '/api/events/{id}', '/api/events/histogram', '/api/events/points', '/api/articles', '/api/articles/{id}', '/api/entities', '/api/entities/{id}', '/api/stories', '/api/stories/{id}', '/api/outlets', '/api/outlets/{id}', '/api/export/events.geojson', '/api/export/events.csv', '/api/watch', '/api/watch/run']) {
    assert.ok(d.body.paths[p], `OpenAPI has ${p}`);
  }
  assert.ok(d.body.paths['/api/events'].get.parameters.some((p: { name: string }) => p.name === 'minSources'));
  const r = await s.app.inject('/api/health');
  const csp = String(r.headers['content-security-policy']);
  assert.match(csp, /script-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  assert.equal(r.headers['x-content-type-options'], 'nosniff');
  assert.equal((await get('/api/nothing-here')).status, 404);
});

const post = (body: string, type: string, token: string | null = 'test-token', qs = '') => s.app.inject({
  method: 'POST', url: `/api/articles${qs}`, payload: body, headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
});

test('POST /api/articles: refused without the token, for bad bodies and oversize bodies, with nothing stored', async () => {
  const before = await countRows(s.store.db);
  const text = 'Gunmen attacked a checkpoint near Samarra on Monday, killing three soldiers, security sources said.';
  const cases: [Awaited<ReturnType<typeof post>>, number, RegExp][] = [
    [await post(text, 'text/plain', null), 401, /Authorization: Bearer/],
    [await post(text, 'text/plain', 'wrong-token'), 401, /Bearer/],
    [await post(text, 'image/png'), 415, /unsupported Content-Type "image\/png"/],
    [await post('{"articles": [{"text": "x"}', 'application/json'), 400, /malformed JSON/],
    [await post('', 'text/plain'), 400, /empty|no article/],
    [await post('\u0000\u0001\u0002binary', 'text/plain'), 400, /binary/],
    [await post('{"articles": [{"title": "no body"}]}', 'application/json'), 400, /nothing stored/],
    [await post('<rss><channel><item>', 'application/rss+xml'), 400, /malformed XML/],
    [await post(text, 'text/plain', 'test-token', '?colour=red'), 400, /unknown parameter "colour"/],
  ];
  for (const [r, status, msg] of cases) {
    assert.equal(r.statusCode, status, r.body);
    assert.match(JSON.parse(r.body).message, msg);
  }
  const small = await served([], { bodyLimit: 1000 });
  try {
    const big = await small.app.inject({ method: 'POST', url: '/api/articles', payload: 'a'.repeat(5000), headers: { 'content-type': 'text/plain', authorization: 'Bearer test-token' } });
    assert.equal(big.statusCode, 413);
    assert.match(JSON.parse(big.body).message, /too large/i);
    assert.equal((await countRows(small.store.db)).articles, 0);
  } finally { await small.close(); }
  const off = await served([], { token: null });
  try {
    const r = await off.app.inject({ method: 'POST', url: '/api/articles', payload: text, headers: { 'content-type': 'text/plain', authorization: 'Bearer anything' } });
    assert.equal(r.statusCode, 403);
    assert.match(JSON.parse(r.body).message, /SITREP_TOKEN/);
  } finally { await off.close(); }
  assert.deepEqual(await countRows(s.store.db), before, 'nothing stored by refused requests');
});

test('POST /api/articles: a JSON record is analysed, stored, answered with its events, and listed by the API', async () => {
  const rec = { title: 'Rocket attack on base near Balad', source: 'Test Wire', published: '2025-03-04',
    text: 'Two rockets struck Balad Air Base north of Baghdad on Monday, wounding two contractors, Iraqi security officials said. No group claimed responsibility for the attack.' };
  const r = await post(JSON.stringify({ articles: [rec] }), 'application/json');
  assert.equal(r.statusCode, 200, r.body);
  const body = JSON.parse(r.body);
  assert.equal(body.analysed.length, 1);
  assert.equal(body.failures.length, 0);
  const ev = body.events.find((e: { type: string }) => e.type === 'ASSAULT');
  assert.ok(ev, 'the attack is in the answer');
  assert.deepEqual(ev.sources, ['Test Wire']);
  const listed = await get('/api/events?q=Balad%20rockets&from=2025-03-01');
  assert.ok(listed.body.events.some((e: { id: string }) => e.id === ev.id), 'the new event is listed at once');
  const again = await post(JSON.stringify(rec), 'application/json');
  assert.deepEqual(JSON.parse(again.body).unchanged, body.analysed, 'the same article again stores nothing new');
  // a hostile article is stored as text; nothing in it is interpreted by the API
  const hostile = await post('<p>Militants <script>alert(1)</script> attacked a village near Kirkuk on Friday, killing four people.</p><a href="javascript:alert(2)">more</a>', 'text/html');
  assert.equal(hostile.statusCode, 200, hostile.body);
});

test('rate limit: past the limit a client gets 429', async () => {
  const limited = await served([], { rateLimit: 3 });
  try {
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push((await limited.app.inject('/api/health')).statusCode);
    assert.deepEqual(codes, [200, 200, 200, 429, 429]);
  } finally { await limited.close(); }
});

test('watch control: status is readable, a poll needs the token and a server started with --watch', async () => {
  const st = await get('/api/watch');
  assert.equal(st.status, 200);
  assert.equal(st.body.enabled, false);
  const anon = await s.app.inject({ method: 'POST', url: '/api/watch/run' });
  assert.equal(anon.statusCode, 401);
  const r = await s.app.inject({ method: 'POST', url: '/api/watch/run', headers: { authorization: 'Bearer test-token' } });
  assert.equal(r.statusCode, 409);
  assert.match(JSON.parse(r.body).message, /--watch/);
});
