/**
 * Places in context on incident-report text (GTD-style summaries): an address chain chooses among
 * same-named villages, a village no gazetteer has keeps its name at the unit its address names, and the
 * event says how its place was chosen and how precise it is.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../../src/core/model/doc.js';
import type { Mention } from '../../src/core/model/entity.js';
import { docOf } from './helpers.js';

const find = (doc: Doc, text: string): Mention | undefined => doc.mentions.find((m) => m.text === text);
test('an address chain chooses among same-named villages, and a village no gazetteer has keeps its name at the unit it names', () => {
  // three Iraqi villages are called Yusufiyah (Babil/Baghdad border, Qadisiyah, Wasit): the one the address names wins
  const a = docOf('An explosive device detonated targeting a contractor convoy in Yusufiyah, Baghdad, Iraq.');
  const y = find(a, 'Yusufiyah')!;
  assert.equal(y.geo?.admin1, 'Baghdad Governorate');
  // "Islah, Diyala": the gazetteer's Islahs lie in Wasit and Dhi Qar; the place keeps its name, at the province, approximate
  const b = docOf('Assailants fired mortars targeting Islah, Diyala, Iraq. There were no reported casualties in the attack.');
  const i = find(b, 'Islah')!;
  assert.equal(i.name, 'Islah');
  assert.equal(i.geo?.admin1, 'Diyala Governorate');
  assert.equal(i.geo?.precision, 'admin1');
  assert.equal(i.geo?.approximate, true);
  const ev = b.events.find((e) => e.location)!;
  assert.equal(ev.location!.by, 'unknown+address');
  assert.equal(ev.location!.precision, 'province');
  // an unknown area inside a town takes the town's point; the town, written without a gazetteer spelling, is found through the fold
  const c = docOf('A sniper shot and killed three police officers in al Mutasim area, Dhuluiya, Saladin, Iraq.');
  const t = find(c, 'Dhuluiya')!;
  assert.equal(t.geo?.admin1, 'Saladin Governorate');
  const e = c.events.find((x) => x.location)!;
  assert.equal(e.location!.name, 'Mutasim');
  assert.ok(e.location!.geo && Math.abs(e.location!.geo.lat - t.geo!.lat) < 0.01, 'Mutasim takes the point of Dhuluiya');
  assert.equal(e.location!.geo!.approximate, true);
});
