/** Event grammar on realistic sentences (written for these tests in the style of wire copy and GTD/ACLED summaries). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asserted, docOf } from './helpers.js';

test('active voice: weapon, quantity, target place, unknown perpetrator kept unknown', () => {
  const d = docOf('Assailants fired three rockets at a military base in Kirkuk on Monday. No casualties were reported. No group claimed responsibility for the attack.', '2021-05-20');
  const ev = asserted(d);
  assert.equal(ev.length, 1, JSON.stringify(ev.map((e) => e.trigger.text)));
  const e = ev[0]!;
  assert.equal(e.type, 'ASSAULT');
  assert.equal(e.weapon?.value, 'rocket');
  assert.equal(e.quantity?.value, 3);
  assert.deepEqual(e.killed?.value, { min: 0, max: 0 });
  assert.equal(e.responsibility[0]?.status, 'unclaimed');
  assert.equal(e.actors.filter((a) => a.role === 'agent').length, 0, 'assailants are not a named agent');
  assert.equal(e.sentences.length, 3, 'casualty and claim sentences are reports of the same incident');
  assert.equal(d.article.text.slice(e.weapon!.at.start, e.weapon!.at.end), 'rockets');
});

test('passive voice with a by-phrase, casualties summed over coordinated counts', () => {
  const d = docOf('Five soldiers and three assailants were killed and at least four others were injured when a checkpoint was attacked by gunmen near Baqubah on Tuesday.', '2021-06-10');
  const e = asserted(d).find((x) => x.type === 'ASSAULT');
  assert.ok(e);
  assert.deepEqual(e.killed?.value, { min: 8, max: 8 });
  assert.deepEqual(e.injured?.value, { min: 4, max: null });
});

test('claims and attributions become responsibility, and the claimant the agent', () => {
  const d = docOf('An explosive device detonated targeting a convoy in Nasiriyah on Sunday, killing 2 and wounding 5. Sources attributed the attack to the Islamic State.', '2021-06-14');
  const e = asserted(d).find((x) => x.type === 'ASSAULT')!;
  assert.deepEqual(e.killed?.value, { min: 2, max: 2 });
  assert.deepEqual(e.injured?.value, { min: 5, max: 5 });
  assert.equal(e.mode, 'explosion');
  assert.equal(e.responsibility[0]?.status, 'attributed');
  assert.ok(e.actors.some((a) => a.role === 'agent' && /Islamic State/i.test(a.name)));
});

test('modal, forecast and negated attacks are not asserted', () => {
  for (const s of ['The militia said any response could escalate attacks on the base.', 'Officials are likely to launch an airstrike on the town next week.', 'The army did not rule out the possibility of an air strike.']) {
    const d = docOf(s);
    assert.equal(asserted(d).filter((e) => e.type === 'ASSAULT').length, 0, s);
  }
});

test('aggregate statements are not incidents', () => {
  for (const s of ['Militias have struck American military installations in Iraq more than 60 times.', 'The groups have carried out dozens of attacks against US forces.', 'Recent months have seen a surge in attacks on US bases.']) {
    assert.equal(asserted(docOf(s)).filter((e) => e.type === 'ASSAULT').length, 0, s);
  }
});

test('intent to meet is an agreement; talks held are a consultation', () => {
  const a = asserted(docOf('Iran and Iraq expect to begin talks soon, both governments said Thursday.', '2024-01-25'));
  assert.ok(a.some((e) => e.type === 'AGREE' && e.mode === 'announce talks'), JSON.stringify(a.map((e) => e.type)));
  const c = asserted(docOf('Turkey and Syria held talks in Moscow on Monday.', '2024-01-25'));
  assert.ok(c.some((e) => e.type === 'CONSULT' && e.actors.filter((x) => x.role === 'agent').length >= 2));
});

test('protests and arrests get their own types', () => {
  assert.ok(asserted(docOf('Hundreds of teachers protested in front of the governorate building in Basra on Sunday.', '2022-02-10')).some((e) => e.type === 'PROTEST'));
  assert.ok(asserted(docOf('Police arrested three men in Mosul on Sunday.', '2022-02-10')).some((e) => e.type === 'COERCE' && e.mode === 'arrest'));
});

test('every field span lies inside the article text', () => {
  const d = docOf('On Saturday, Kataib Hezbollah launched an attack, firing multiple ballistic missiles at al-Asad Air Base in western Iraq.', '2024-01-25');
  for (const e of d.events) {
    for (const r of [e.trigger, ...e.sentences, e.date?.at, e.location?.at, e.weapon?.at, ...e.actors.map((a) => a.at)]) {
      if (!r) continue;
      assert.ok(r.start >= 0 && r.end <= d.article.text.length && r.start < r.end, JSON.stringify(r));
    }
    assert.ok(e.confidence > 0 && e.confidence <= 1);
    assert.match(e.rule, /^events\//);
  }
});

test('a killing recalled inside another attack, with its own attacker, is an incident of its own', () => {
  const d = docOf('Ain al-Asad was also the main target of the Iranian ballistic missile attack of January 2020, launched in retaliation for the U.S. killing of Iranian Gen. Qassem Soleimani in Baghdad.', '2021-03-03');
  const violent = d.events.filter((e) => e.type === 'ASSAULT');
  const agentsOf = (e: (typeof violent)[number]) => e.actors.filter((a) => a.role === 'agent').map((a) => a.name);
  assert.equal(violent.length, 2, JSON.stringify(violent.map(agentsOf)));
  assert.ok(violent.every((e) => agentsOf(e).length === 1), 'each attack keeps only its own attacker');
  assert.notDeepEqual(agentsOf(violent[0]!), agentsOf(violent[1]!));
});

test('a later sentence naming the strike by a compatible means (helicopters, missiles) tells the same strike', () => {
  const d = docOf('A U.S. strike near Baghdad airport early on Friday killed a senior commander, officials said. Missiles fired by helicopters hit two vehicles on the access road. The strike was condemned by the government.', '2020-01-03');
  const violent = asserted(d).filter((e) => e.type === 'ASSAULT');
  assert.equal(violent.length, 1, JSON.stringify(violent.map((e) => [e.trigger.text, e.mode])));
});

test('the incident a strike answers ("in retaliation for last Sunday\'s drone attack") is its own event, with its own date', () => {
  const d = docOf('U.S. forces hit more than 85 targets in Iraq and Syria on Friday in retaliation for last Sunday\'s drone attack that killed three U.S. soldiers in Jordan.', '2024-02-03');
  const violent = asserted(d).filter((e) => e.type === 'ASSAULT');
  assert.equal(violent.length, 2, JSON.stringify(violent.map((e) => e.trigger.text)));
  const [strike, drone] = [...violent].sort((a, b) => a.trigger.start - b.trigger.start);
  assert.equal(strike!.date?.value.start, '2024-02-02');
  assert.equal(drone!.date?.value.start, '2024-01-28');
  assert.deepEqual(drone!.killed?.value, { min: 3, max: 3 });
  assert.equal(strike!.killed, null, 'the soldiers were killed in the drone attack, not the strikes');
});

test('a speaker who calls or condemns the attack is not its attacker; a group that carried it out is', () => {
  const d = docOf('Rockets struck a coalition base near Erbil on Monday night. Iraqi President Barham Salih called the attack a dangerous escalation.', '2021-02-16');
  const attacks = asserted(d).filter((e) => e.type === 'ASSAULT');
  assert.ok(attacks.length >= 1);
  assert.ok(attacks.every((e) => !e.actors.some((a) => a.role === 'agent' && /Salih/.test(a.name))), JSON.stringify(attacks.map((e) => e.actors)));
  const g = docOf('The Islamic State carried out an attack on an army checkpoint near Kirkuk on Monday.', '2021-02-16');
  const e = asserted(g).find((x) => x.type === 'ASSAULT');
  assert.ok(e?.actors.some((a) => a.role === 'agent' && /Islamic State/.test(a.name)), JSON.stringify(e?.actors));
});

test('a time phrase closing a relative clause is not the claimant ("a group unknown until last year has claimed")', () => {
  const d = docOf('Rockets hit Erbil on Monday evening. A group that few in Iraq had heard of until last year has claimed responsibility for the attack.', '2021-02-17');
  const e = asserted(d).find((x) => x.type === 'ASSAULT')!;
  const claim = e.responsibility.find((r) => r.status === 'claimed');
  assert.ok(claim, JSON.stringify(e.responsibility));
  assert.ok(!claim.by.some((b) => /last year/i.test(b)), JSON.stringify(claim.by));
  assert.ok(!e.actors.some((a) => /last year/i.test(a.name)), JSON.stringify(e.actors));
});

test('a reference back ("during the attack") joins the incident without the date its sentence gives another happening', () => {
  const d = docOf('A car bomb exploded outside a police station in Kirkuk on 3 March 2016, killing five officers. A sixth officer died in April of injuries suffered during the attack.', '2016-06-27');
  const attacks = asserted(d).filter((e) => e.type === 'ASSAULT');
  assert.equal(attacks.length, 1, `one attack expected (got ${attacks.map((e) => `${e.trigger.text} ${e.date?.value.start}`).join('; ')})`);
  assert.equal(attacks[0]!.date?.value.start, '2016-03-03');
  // a date written with the noun is its own: a different day's attack stays apart
  const d2 = docOf('A car bomb exploded outside a police station in Kirkuk on 3 March 2016, killing five officers. The attack on 9 April killed two more officers in Kirkuk.', '2016-06-27');
  assert.equal(asserted(d2).filter((e) => e.type === 'ASSAULT').length, 2);
});
