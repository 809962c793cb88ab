/** Agents and targets on realistic sentences (written for these tests in the style of ACLED notes and wire copy). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asserted, docOf } from './helpers.js';
import type { ExtractedEvent } from '../../src/core/model/event.js';
import { stripCount } from '../../src/extract/events/actors.js';

const agents = (e: ExtractedEvent | undefined) => (e?.actors ?? []).filter((a) => a.role === 'agent');
const targets = (e: ExtractedEvent | undefined) => (e?.actors ?? []).filter((a) => a.role === 'target');
const first = (text: string, type = 'ASSAULT') => asserted(docOf(text, '2022-03-10')).find((e) => e.type === type);

test('protesters described by who they are: the subject of the protest verb is the agent', () => {
  assert.deepEqual(agents(first('Retired airline employees protested in front of parliament in Tehran over their pensions.', 'PROTEST')).map((a) => a.name), ['Retired airline employees']);
  assert.deepEqual(agents(first('Taxi drivers blocked streets in Sulaymaniyah city over high fuel prices.', 'PROTEST')).map((a) => a.name), ['Taxi drivers']);
  assert.deepEqual(agents(first('Health workers gathered outside the hospital in Fatih town and staged a protest over low salaries.', 'PROTEST')).map((a) => a.name), ['Health workers']);
});

test('one clashes with the other side; clashes between X and Y have X as agent and Y as target', () => {
  const e = first('Palestinian rioters clashed with Israeli military forces in Beita village near Nablus.');
  assert.deepEqual(agents(e).map((a) => a.name), ['Palestinian rioters']);
  assert.ok(targets(e).some((a) => a.entity === 'kb:idf'), JSON.stringify(e?.actors));
  const b = first('Clashes erupted between the Iraqi army and YBS militants near Sinuni district.');
  assert.ok(agents(b).some((a) => a.entity === 'kb:iraq-military'), JSON.stringify(b?.actors));
  assert.ok(targets(b).some((a) => a.entity === 'kb:ybs'), JSON.stringify(b?.actors));
});

test('a participle or relative clause between subject and verb does not hide the subject', () => {
  const e = first('JWS fighters operating under OPS shelled QSD positions west of Tell Abiad city.');
  assert.ok(agents(e).some((a) => a.entity === 'kb:sna'), JSON.stringify(e?.actors));
  assert.ok(targets(e).some((a) => a.entity === 'kb:sdf'));
  const t = first('Turkish forces supported by JWS who operates under OPS shelled QSD positions in Dardara town.');
  assert.equal(agents(t)[0]?.entity, 'kb:turkey-military', 'the subject comes first');
  assert.ok(agents(t).some((a) => a.entity === 'kb:sna'), 'the partner that supported it is an agent too');
});

test('victims: people hit are the target, unknown gunmen stay unknown', () => {
  const e = first('Unknown gunmen shot and killed two men in Western Maliha town in Dara countryside.');
  assert.deepEqual(targets(e).map((a) => a.name), ['men']);
  assert.equal(agents(e).length, 0);
  const h = first('Houthi fighters shot and injured 2 civilians near a mosque in Ibb city.');
  assert.ok(agents(h).some((a) => a.entity === 'kb:houthis'), 'a past tense the tagger read as a noun still has its subject');
  assert.deepEqual(targets(h).map((a) => a.name), ['civilians']);
  const p = first('Soldiers fired live bullets, killing two Palestinians in Kafr Dan village.');
  assert.ok(targets(p).some((a) => a.name === 'Palestinians' && !a.entity), 'a plural demonym hit is people, not the state');
});

test('a bare "Soldiers" is the force named before it; a bare crowd takes the nationality named before', () => {
  const d = docOf('Palestinian rioters clashed with Israeli military forces in Husan village. Soldiers fired rubber bullets and tear gas canisters at rioters near the village.', '2022-03-10');
  const fired = asserted(d).find((e) => e.trigger.text.startsWith('fired'));
  assert.ok(fired, JSON.stringify(asserted(d).map((e) => e.trigger.text)));
  assert.equal(agents(fired)[0]?.entity, 'kb:idf');
  assert.equal(d.article.text.slice(agents(fired)[0]!.at.start, agents(fired)[0]!.at.end), 'Soldiers', 'the span is the word in the text');
});

test('the force holding targeted positions is the target; nation + weapon is the agent', () => {
  const e = first('Al Fath Al Mubeen Operation Room shelled regime forces positions in Termala town.');
  assert.ok(targets(e).some((a) => /regime forces/i.test(a.name)), JSON.stringify(e?.actors));
  const t = first('Turkish artillery and airstrikes targeted PKK positions in the Kokere area.');
  assert.ok(agents(t).some((a) => a.name === 'Turkey'), JSON.stringify(t?.actors));
  assert.ok(targets(t).some((a) => a.entity === 'kb:pkk'));
  const i = first('IS militants attacked Peshmerga near Akhchemashat village.');
  assert.ok(agents(i).some((a) => a.entity === 'kb:islamic-state'), 'an acronym the tagger took for a verb is still the subject');
});

test('descriptive names lose their counts', () => {
  assert.equal(stripCount('5 rioters'), 'rioters');
  assert.equal(stripCount('Dozens of anti-corruption protesters'), 'anti-corruption protesters');
  assert.equal(stripCount('a group of local residents'), 'local residents');
  assert.equal(stripCount('members of the militia'), 'members of the militia');
});

test('who planted a device is the agent; coordinated descriptions are each an actor; a participle before a place is skipped', () => {
  const m = first('A presumed Houthi-planted landmine exploded in Ad Dayr, Hajjah, injuring 1 civilian.');
  assert.ok(agents(m).some((a) => a.entity === 'kb:houthis'), JSON.stringify(m?.actors));
  assert.ok(!targets(m).some((a) => a.entity === 'kb:houthis'), 'the planter is not the target');
  const s = first('Israeli settlers and train guards physically assaulted a Palestinian near a train station in Jerusalem.');
  assert.deepEqual(agents(s).map((a) => a.name).sort(), ['Israeli settlers', 'train guards']);
  const h = first('Houthi forces stationed in the Central Security Camp fired artillery at Taizz, injuring 4 civilians.');
  assert.ok(agents(h).some((a) => a.entity === 'kb:houthis'), JSON.stringify(h?.actors));
});

test('what is fired towards people is aimed at them; totals are counts', () => {
  const t = first('Israeli military forces positioned on a settlement road in Madama village fired tear gas canisters toward Palestinians.');
  assert.ok(agents(t).some((a) => a.entity === 'kb:idf'), 'the subject before a participle phrase');
  assert.ok(targets(t).some((a) => a.name === 'Palestinians'));
  const m = first('Police forces captured and detained a total of 35 migrants that entered Turkey illegally in Van.', 'COERCE');
  assert.deepEqual(targets(m).map((a) => a.name), ['migrants']);
});

test('the hyphenated first half of a compound adjective written apart is no actor ("a non-life threatening wound")', () => {
  const d = docOf('Dishon was later airlifted to Methodist Hospital for treatment of what is believed to be a non-life threatening wound after a shooting at Warren Village on Monday.', '2017-02-22');
  const names = d.events.flatMap((e) => e.actors.map((a) => a.name));
  assert.ok(!names.some((n) => /non-life/i.test(n)), `no "non-life" actor (got ${names.join(', ')})`);
  assert.ok(d.events.some((e) => e.type === 'ASSAULT'), 'the shooting is still read');
});
