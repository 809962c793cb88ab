/**
 * The web app in a real browser: Debian's chromium driven by playwright-core over the seed corpus. An
 * analyst filters the ledger to the July 2024 Ain al-Asad drone attack, opens it, and reads Tasnim's
 * "no group has yet claimed" beside The New Arab's claim, each with its sentence marked; the map and the
 * timeline show the event, and the timeline's brush filters the table; the attack's story page shows its
 * timeline; a later visit announces what arrived since the last one; a hostile article's markup stays
 * text. Screenshots go to dist/screenshots/
 * (or $SITREP_SCREENSHOTS). Skips with a message without chromium, without ../shared, or without the
 * built app (npm run build:web).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { served, type Served } from './fixture.js';
import { sharedDir, repoRoot } from '../helpers/shared.js';
import { WEB_ROOT } from '../../src/serve/server.js';

const CHROMIUM = process.env.SITREP_CHROMIUM ?? '/usr/bin/chromium';
const shared = sharedDir();
const skip = !existsSync(CHROMIUM) ? `no browser at ${CHROMIUM} (apt-get install chromium, or set SITREP_CHROMIUM)`
  : !shared ? 'the seed corpus in ../shared is absent'
  : !existsSync(join(WEB_ROOT, 'index.html')) ? `the web app is not built at ${WEB_ROOT} (npm run build:web)` : false;
const shots = process.env.SITREP_SCREENSHOTS ?? join(repoRoot(), 'dist', 'screenshots');

const HOSTILE = {
  title: 'Attack near Kirkuk <img src=x onerror="window.__pwned=1">',
  source: '<script>window.__pwned=2</script>Hostile Wire',
  url: 'javascript:window.__pwned=3',
  published: '2024-07-20',
  text: 'Gunmen attacked a police checkpoint near Kirkuk on Saturday, killing two officers, police said. <script>window.__pwned=4</script> '
    + 'Witnesses described the attack <img src=x onerror="window.__pwned=5"> and <a href="javascript:window.__pwned=6">a link</a> as brief.',
};

test('the analyst reads the July 2024 Ain al-Asad attack: outlets side by side, sentences marked, map and timeline, hostile text inert', { skip, timeout: 240000 }, async () => {
  const { chromium } = await import('playwright-core');
  let s: Served | null = null;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-extensions', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'] });
  try {
    s = await served([join(shared!, 'corpus', 'seeds')], { webRoot: WEB_ROOT });
    const post = await s.app.inject({ method: 'POST', url: '/api/articles', payload: JSON.stringify(HOSTILE), headers: { 'content-type': 'application/json', authorization: 'Bearer test-token' } });
    assert.equal(post.statusCode, 200, post.body);
    const base = await s.app.listen({ host: '127.0.0.1', port: 0 });
    mkdirSync(shots, { recursive: true });
    // one browser profile for the analyst (its storage remembers the last visit); the shared link opens in another
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    page.on('pageerror', (e) => errors.push(e.message));
    // nothing leaves the machine: any request to another origin fails the test
    const foreign: string[] = [];
    await page.route('**/*', (route) => { const u = route.request().url(); if (!u.startsWith(base) && !u.startsWith('data:')) { foreign.push(u); return route.abort(); } return route.continue(); });

    await page.goto(base + '/');
    await page.waitForSelector('table.events tbody tr');
    // the timeline's brush filters the rest: dragging across its middle sets the date range in the URL, and
    // the table then lists only events whose dates overlap it
    const bars = (await page.$('.timeline svg'))!;
    const bb = (await bars.boundingBox())!;
    await page.mouse.move(bb.x + bb.width * 0.45, bb.y + bb.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(bb.x + bb.width * 0.75, bb.y + bb.height * 0.5, { steps: 8 });
    await page.mouse.up();
    await page.waitForURL(/from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d/);
    const brushed = new URL(page.url());
    const [bFrom, bTo] = [brushed.searchParams.get('from')!, brushed.searchParams.get('to')!];
    assert.ok(bFrom < bTo, `a date range: ${bFrom} – ${bTo}`);
    await page.waitForSelector('form.filters .chips');
    const total = async (qs: string) => JSON.parse((await s!.app.inject(`/api/events?${qs}&limit=1&count=true`)).body).total as number;
    const inRange = await total(`from=${bFrom}&to=${bTo}`);
    assert.ok(inRange > 0 && inRange < await total(''), `the brushed range (${bFrom} – ${bTo}) holds some of the events, not all`);
    // the summary re-renders after the brushed query returns: wait for its content (the locator's auto-wait, not
    // a sleep), then read it; the table renders with it
    const summary = new RegExp(`^${inRange} events? under these filters`);
    await page.locator('.summary', { hasText: summary }).waitFor({ timeout: 30000 }).catch(() => undefined); // the assertion reports what is shown
    assert.match(await page.textContent('.summary') ?? '', summary);
    await page.waitForFunction(`document.querySelectorAll('table.events tbody tr').length === ${Math.min(inRange, 100)}`, undefined, { timeout: 30000 }).catch(() => undefined);
    assert.equal((await page.$$('table.events tbody tr')).length, Math.min(inRange, 100), 'the table follows the brush');
    await page.goto(base + '/');
    await page.waitForSelector('table.events tbody tr');
    // the analyst filters: July 2024, the words of the place
    await page.fill('input[name=from]', '2024-07-01');
    await page.fill('input[name=to]', '2024-07-31');
    await page.fill('input[name=q]', 'Ain al-Asad');
    await page.click('form.filters button[type=submit]');
    await page.waitForURL(/from=2024-07-01/);
    await page.waitForSelector('table.events tbody tr');
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('to'), '2024-07-31', 'the filter state is in the URL');
    const rows = await page.$$eval('table.events tbody tr', (trs) => trs.map((tr) => ({ id: tr.getAttribute('data-id')!, text: tr.textContent ?? '' })));
    const attack = rows.find((r) => /drone/.test(r.text) && /Ain al-Asad/.test(r.text) && /2024-07-16/.test(r.text));
    assert.ok(attack, `the attack is listed: ${rows.map((r) => r.text).join(' | ')}`);
    // the map shows it, the timeline shows the brushed range
    assert.ok(await page.$(`.map circle[data-id="${attack.id}"]`), 'the event is a point on the map');
    assert.ok((await page.$$('.timeline rect.bar:not(.out)')).length > 0, 'the timeline shows the filtered days');
    assert.ok(await page.$('.timeline .brush .selection'), 'the date range is the brush');
    await page.screenshot({ path: join(shots, 'ledger.png') });
    // a shared link opens the same view
    const again = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    await again.goto(page.url());
    await again.waitForSelector(`table.events tbody tr[data-id="${attack.id}"]`);
    await again.close();

    await page.click(`table.events tbody tr[data-id="${attack.id}"] a`);
    await page.waitForSelector('table.versions');
    assert.match(page.url(), new RegExp(`/events/${attack.id}$`));
    const heads = await page.$$eval('table.versions thead th[data-article]', (ths) => ths.map((th) => ({ id: th.getAttribute('data-article')!, text: th.textContent ?? '' })));
    const tasnim = heads.find((h) => /Tasnim/.test(h.text)), newArab = heads.find((h) => /New Arab/.test(h.text));
    assert.ok(tasnim && newArab, `both outlets have a column: ${heads.map((h) => h.text).join(', ')}`);
    const row = await page.$('table.versions tr[data-field="responsibility"]');
    assert.ok(row, 'responsibility has a row');
    assert.match(await row.getAttribute('class') ?? '', /conflict/, 'the disagreement is highlighted');
    const cell = async (article: string) => row.$eval(`td[data-article="${article}"]`, (td) => ({ text: td.textContent ?? '', marked: [...td.querySelectorAll('mark.value')].map((m) => m.textContent) }));
    const t = await cell(tasnim.id), n = await cell(newArab.id);
    assert.match(t.text, /unclaimed/);
    assert.match(t.text, /No group has yet claimed/i);
    assert.match(n.text, /claimed by Iraqi militia/);
    assert.match(n.text, /An Iraqi militia has claimed responsibility/);
    assert.ok(t.marked.length && n.marked.length, 'the words of each value are marked in its sentence');
    // the source articles, with the report sentences marked in place
    const marked = await page.$$eval('article.source mark.report', (ms) => ms.map((m) => m.textContent ?? '').join(''));
    assert.match(marked, /No group has yet claimed/);
    assert.match(marked, /claimed responsibility for the attack/);
    await page.screenshot({ path: join(shots, 'event.png'), fullPage: true });
    await page.screenshot({ path: join(shots, 'event-top.png') });

    // the hostile article: its markup is shown as text, nothing runs, its javascript: link goes nowhere
    const hostile = JSON.parse(post.body).articles[0].id as string;
    await page.goto(`${base}/articles/${hostile}`);
    await page.waitForSelector('.article-text');
    const body = await page.textContent('main');
    assert.match(body ?? '', /<script>window\.__pwned=4<\/script>/, 'the script tag is shown as text');
    assert.match(body ?? '', /onerror="window\.__pwned=5"/);
    const hrefs = await page.$$eval('main a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    assert.ok(hrefs.every((h) => !/^\s*javascript:/i.test(h)), `no javascript: link: ${hrefs.join(' ')}`);
    await page.goto(`${base}/?from=2024-07-20&to=2024-07-20`);
    await page.waitForSelector('table.events tbody tr');
    await page.screenshot({ path: join(shots, 'hostile.png') });

    // a story page: the attack's story with its timeline, reached from the list of stories
    const story = s.report.stories.find((x) => x.events.includes(attack.id));
    assert.ok(story?.timeline?.length, 'the attack belongs to a story with a timeline');
    await page.goto(`${base}/stories`);
    await page.click(`ul.stories a[href="/stories/${story.id}"]`);
    await page.waitForSelector('ol.story-timeline li');
    assert.equal((await page.$$('ol.story-timeline li')).length, story.timeline.length, 'one line per timeline entry');
    assert.ok(await page.$(`ol.story-timeline a[href="/events/${attack.id}"]`), 'the timeline links the attack');
    await page.screenshot({ path: join(shots, 'story.png') });

    // what arrived since the last visit: an article stored after the first visit is announced on the next one
    const later = await s.app.inject({ method: 'POST', url: '/api/articles', payload: JSON.stringify({ title: 'Rockets hit Balad base', source: 'Test Wire', published: '2025-03-04',
      text: 'Two rockets struck Balad Air Base north of Baghdad on Monday, wounding two contractors, Iraqi security officials said.' }), headers: { 'content-type': 'application/json', authorization: 'Bearer test-token' } });
    assert.equal(later.statusCode, 200, later.body);
    const fresh = (JSON.parse(later.body).events as { id: string }[]).map((e) => e.id);
    assert.ok(fresh.length > 0, 'the new article gave an event');
    const visit = await context.newPage();
    visit.on('pageerror', (e) => errors.push(e.message));
    await visit.goto(base + '/');
    const note = await visit.waitForSelector('.new p');
    assert.match(await note.textContent() ?? '', /\d+ events? new or changed since your last visit/);
    await visit.click('.new button');
    await visit.waitForURL(/since=/);
    await visit.waitForSelector(`table.events tbody tr[data-id="${fresh[0]}"]`);
    await visit.close();
    assert.equal(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned), undefined, 'no payload ran');

    // the API's OpenAPI page renders under the same Content-Security-Policy, from the server alone
    await page.goto(`${base}/docs`);
    await page.waitForSelector('.swagger-ui .opblock-tag', { timeout: 30000 });
    assert.match(await page.textContent('.swagger-ui .info') ?? '', /Sitrep API/);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, [], 'no script errors');
    assert.deepEqual(foreign, [], 'no request left the server');
  } finally {
    await browser.close();
    await s?.close();
  }
});
