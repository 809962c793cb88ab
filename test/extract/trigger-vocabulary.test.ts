/**
 * Trigger vocabulary and trigger shapes on sentences written for these tests in the style of wire copy:
 * phrasal and reflexive verbs ("blew himself up", "went off"), "came under fire", CAMEO-style political
 * verbs (expel diplomats, reach a consensus, accede to demands), and the guards that keep participles
 * used as adjectives, figurative uses and infinitives from becoming events.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf, asserted } from './helpers.js';
import { PhraseIndex } from '../../src/lexicon/phrases.js';

const events = (text: string) => asserted(docOf(text, '2021-05-20'));
const types = (text: string) => events(text).map((e) => e.type);
const one = (text: string, type: string) => {
  const e = events(text).find((x) => x.type === type);
  assert.ok(e, `no ${type} event in: ${text} (got ${types(text).join(', ') || 'none'})`);
  return e;
};

test('phrase patterns: "_" stands for one word, a "?" slot may be left out, the first slot must be a word', () => {
  const ix = new PhraseIndex<string>();
  ix.add('blow _ up', 'reflexive');
  ix.add('reach a|an? deal', 'deal');
  const toks = (s: string) => s.split(' ').map((w, i) => ({ text: w, lemma: w === 'blew' ? 'blow' : w === 'reached' ? 'reach' : w, pos: 'X', start: i, end: i + 1 })) as never[];
  assert.equal(ix.matchAt(toks('he blew himself up'), 1)[0]?.end, 4);
  assert.equal(ix.matchAt(toks('he blew up'), 1).length, 0, '"_" needs a word');
  assert.equal(ix.matchAt(toks('they reached a deal'), 1)[0]?.end, 4);
  assert.equal(ix.matchAt(toks('they reached deal'), 1)[0]?.end, 3);
  assert.throws(() => ix.add('_ up', 'bad'));
});

test('bombs that went off, a bomber who blew himself up, a convoy that came under fire are attacks', () => {
  const a = one('Two bombs went off near a crowded market in Kirkuk on Monday, police said.', 'ASSAULT');
  assert.equal(a.mode, 'explosion');
  assert.equal(a.weapon?.value, 'bomb');
  assert.equal(types('The fire alarm went off at noon and staff left the building.').filter((t) => t === 'ASSAULT').length, 0);
  const s = one('A suicide bomber blew himself up at a checkpoint north of Baghdad on Sunday, killing six soldiers.', 'ASSAULT');
  assert.equal(s.mode, 'suicide');
  assert.deepEqual(s.killed?.value, { min: 6, max: 6 });
  const f = one('An army patrol came under heavy fire near Tal Afar on Tuesday.', 'ASSAULT');
  assert.ok(f.actors.some((x) => x.role === 'target' && /patrol/.test(x.name)), JSON.stringify(f.actors));
});

test('storming, massacres and assassination attempts are attacks; storming out of a meeting is not', () => {
  assert.ok(types('Gunmen stormed a police station in the town on Sunday night.').includes('ASSAULT'));
  assert.equal(types('The minister stormed out of the meeting on Sunday.').length, 0);
  assert.ok(types('Police foiled an assassination attempt against the governor on Friday.').includes('ASSAULT'));
});

test('a participle used as an adjective is no act: besieged towns, dead or imprisoned militants', () => {
  assert.equal(types('About 400,000 civilians remain in a dozen besieged towns.').length, 0);
  assert.equal(types('The camp holds the families of dead or imprisoned militants.').length, 0);
  assert.ok(types('Government forces besieged the town for three weeks.').includes('ASSAULT'));
  assert.equal(types('Britain remains opposed to sending its citizens home.').length, 0, '"opposed to" is a stance, not a statement');
});

test('capturing a town is an attack in active voice; a person captured in a town is not', () => {
  assert.ok(types('Rebel fighters captured the town of Maarat al-Numan on Monday.').includes('ASSAULT'));
  assert.equal(types('He had been captured in the city a month ago.').filter((t) => t === 'ASSAULT').length, 0);
});

test('political verbs: expelling diplomats is a sanction, accepting demands a concession, reaching a consensus an agreement', () => {
  one('Switzerland said it had expelled two Russian diplomats for spying.', 'SANCTION');
  one('The government accepted demands from the rebels that it hold elections.', 'CONCEDE');
  one('The two delegations reached a consensus on water sharing on Thursday.', 'AGREE');
  one('The two countries upgraded their diplomatic ties to ambassadorial level.', 'SUPPORT');
  one('Zambia extradited the suspect to Britain on Sunday, officials said.', 'COOPERATE');
  one('The foreign minister deplored the killing of civilians in a statement on Monday.', 'ACCUSE');
});

test('an infinitive is no theme: "allowed to return" is no concession, "allow the return of inspectors" is', () => {
  assert.equal(docOf('He doubted he would ever be allowed to return.').events.filter((e) => e.type === 'CONCEDE').length, 0);
  assert.ok(docOf('Iraq said it would allow the return of weapons inspectors.').events.some((e) => e.type === 'CONCEDE'));
});

test('"believed to be responsible for a blast" leaves the blast asserted; "is to be held" stays planned', () => {
  const d = docOf('Police were searching for a man believed to be responsible for a Friday blast which injured several people.');
  assert.ok(asserted(d).some((e) => e.type === 'ASSAULT'), JSON.stringify(d.events.map((e) => [e.type, e.modality])));
  const t = docOf('Officials said a new round of talks is to be launched in Geneva next week.');
  assert.equal(asserted(t).filter((e) => e.type === 'CONSULT').length, 0);
});

test('reported "must" is a demand on another; "we must" and epistemic "must be right" are not', () => {
  const e = one('The ministry said on Monday the government must release all detainees.', 'REQUEST');
  assert.ok(e.actors.some((a) => a.role === 'target' && /government/.test(a.name)), JSON.stringify(e.actors));
  assert.equal(types('We must act now, the minister said.').filter((t) => t === 'REQUEST').length, 0);
  assert.equal(types('Critics say the plan is mad, but I think something in it must be right.').filter((t) => t === 'REQUEST').length, 0);
});

test('infinitives: "willing to withdraw" commits, "failed to reach" negates, "attempted to assassinate" is an attack, a purpose clause of a done act is asserted', () => {
  const w = docOf('The government says it is willing to withdraw its troops from the border area.');
  assert.ok(asserted(w).some((e) => e.type === 'AGREE' && e.rule === 'events/commitment'), JSON.stringify(w.events.map((e) => [e.type, e.modality, e.rule])));
  const f = docOf('The two delegations failed to reach agreement on Sunday.');
  assert.equal(f.events.find((e) => e.type === 'AGREE')?.modality, 'negated');
  one('The group said its fighters attempted to assassinate the provincial governor on Friday.', 'ASSAULT');
  one('Shopkeepers closed their stores on Monday to protest against the new tax.', 'PROTEST');
  one('The agency sent a team of inspectors to the plant on Wednesday to investigate the leak.', 'ACCUSE');
  assert.equal(asserted(docOf('The union plans to protest against the new tax next week.')).filter((e) => e.type === 'PROTEST').length, 0);
});

test('an "unless" clause is conditional even when tagged as a preposition, and a perfect "has said" is no perfect of what follows', () => {
  const d = docOf('The opposition party has said it will boycott the elections unless the president agrees to step down.');
  assert.ok(asserted(d).some((e) => e.type === 'THREATEN'), JSON.stringify(d.events.map((e) => [e.type, e.modality])));
  assert.equal(asserted(d).filter((e) => e.type === 'AGREE').length, 0, 'agreeing is only the condition');
});

test('light verbs and states: renewed talks today, remained on alert, ordered patrols, completed the withdrawal, engaged in fighting', () => {
  one('Israel and Lebanon renewed negotiations today on a troop pullback.', 'CONSULT');
  const a = one('Army units remained on high alert along the border on Tuesday.', 'MOBILIZE');
  assert.ok(a.actors.some((x) => x.role === 'agent'), 'the units are the agent, not the target of a reduced relative');
  one('The provincial government ordered patrols by police after the riots.', 'MOBILIZE');
  one('Rebel forces said they had completed their withdrawal from the town.', 'RETREAT');
  one('Government forces were engaged in heavy fighting with rebels near the airport on Monday.', 'ASSAULT');
  one('The president hosted the visiting Japanese prime minister on Saturday.', 'CONSULT');
});

test('a past verb the tagger read as a noun after its subject still triggers: "Assailants abducted ...", "Assailants shot and killed ..."', () => {
  const a = one('Assailants abducted four teachers near Qamishli on Sunday.', 'ASSAULT');
  assert.equal(a.mode, 'abduction');
  assert.equal(one('Assailants shot and killed a shepherd near Baqubah on Tuesday.', 'ASSAULT').mode, 'firearms');
  assert.equal(docOf('The abducted teachers were later seen in a video.').events.filter((e) => e.type === 'ASSAULT').length, 0, 'a participle after "the" is no verb');
});

test('ACLED-style strategic and remote events: gathered for a protest, destroyed shelters, set up checkpoints, deployed from A to B, claimed to have shot down', () => {
  one('Dozens of residents gathered for a protest in front of the municipality building in Tyre.', 'PROTEST');
  const d = one('Gendarmerie forces destroyed two militant shelters in the mountains of Tunceli.', 'COERCE');
  assert.equal(d.mode, 'property destruction');
  assert.equal(types('The war destroyed the economy of the region.').length, 0, 'no concrete object destroyed');
  one('Militants set up several checkpoints on the main road out of the town.', 'MOBILIZE');
  one('Government troops deployed from the capital to the northern front on Sunday.', 'MOBILIZE');
  const s = one('Houthi forces claimed to have shot down a reconnaissance drone over Marib.', 'ASSAULT');
  assert.equal(s.outcome?.value, 'shot down');
  assert.ok(types('A gunman likely to be a member of the cell shot at a patrol on Monday.').includes('ASSAULT'), '"likely to" governs "be", not the later verb');
  const b = one('Police found the bodies of two men with gunshot wounds near the river.', 'ASSAULT');
  assert.equal(b.actors.filter((a) => a.role === 'agent').length, 0, 'the finder is no attacker');
});

test('an attack that also destroyed property stays an attack', () => {
  const ev = events('Militants destroyed a Shiite mosque and executed its muezzin in the town on Friday.');
  assert.ok(ev.some((e) => e.type === 'ASSAULT'), JSON.stringify(ev.map((e) => [e.type, e.mode])));
});

test('a noun premodifier that is a town is the place of the attack, not its agent', () => {
  const e = one('The Baghdad bombing killed three people on Monday.', 'ASSAULT');
  assert.equal(e.location?.name, 'Baghdad');
  assert.equal(e.actors.filter((a) => a.role === 'agent').length, 0, JSON.stringify(e.actors));
  const i = one('An Israeli airstrike killed three people on Monday.', 'ASSAULT');
  assert.ok(i.actors.some((a) => a.role === 'agent' && /Israel/.test(a.name)), 'a demonym stays the agent');
});

test('a headline whose verb tells the noun\'s incident is a report: "Bombings across Iraq kill at least 12"', () => {
  assert.ok(types('Bombings across Iraq kill at least 12').includes('ASSAULT'));
  assert.equal(types('The bombing was a turning point for the city.').length, 0, 'a bare mention stays thin');
});
