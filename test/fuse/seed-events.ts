/**
 * The seed articles with hand-built extracted events modelled on the seed gold (G1 ... G13), for
 * fusion tests that should not wait for the event extractor. Not a test file.
 */
import type { Article } from '../../src/core/model/article.js';
import type { ExtractedEvent } from '../../src/core/model/event.js';
import type { Mention as M } from '../../src/core/model/entity.js';
import { GEO, makeEvent, seedArticle, typedKeys } from './fixtures.js';

export interface SeedInput { article: Article; events: ExtractedEvent[]; mentions: M[] }

const PEOPLE = { 'kb:qassem-soleimani': 'person', 'kb:abu-mahdi-al-muhandis': 'person', 'kb:kataib-hezbollah': 'organization', 'kb:united-states': 'location', 'kb:iraq': 'location' } as const;
const soleimani = (text: string) => ({ role: 'target' as const, text, name: 'Qassem Soleimani', entity: 'kb:qassem-soleimani' });
const muhandis = (text: string) => ({ role: 'target' as const, text, name: 'Abu Mahdi al-Muhandis', entity: 'kb:abu-mahdi-al-muhandis' });
const us = (role: 'agent' | 'target', text: string, nth = 0) => ({ role, text, name: 'United States', entity: 'kb:united-states', nth });

export function seedInputs(): SeedInput[] | null {
  const a0 = seedArticle('000_f81764883dc4cba5.txt', 'Tasnim News Agency', '2024-07-17');
  const a1 = seedArticle('001_dec8900fd44e8918.txt', 'The New Arab', '2024-07-23');
  const a2 = seedArticle('002_413f76696a0b9fbb.txt', null, '2024-01-28');
  const a3 = seedArticle('003_a165803c8a8103b3.txt', 'Newsweek', '2022-04-08');
  const a4 = seedArticle('004_e9d9c2b5e2588747.txt', 'Associated Press', '2024-01-25');
  if (!a0 || !a1 || !a2 || !a3 || !a4) return null;
  const out: SeedInput[] = [];
  out.push({ article: a0, mentions: typedKeys(a0, PEOPLE), events: [
    makeEvent(a0, { id: 'e1', type: 'ASSAULT', mode: 'drone', trigger: 'drone attack', sentences: ['A drone attack struck', 'Explosions reverberated', 'No group has yet claimed'],
      date: { text: 'Tuesday', start: '2024-07-16', precision: 'day' }, place: { text: 'Ain al-Asad air base', name: 'Ain al-Asad Air Base', entity: 'kb:ain-al-asad', geo: GEO.asad },
      actors: [us('target', 'US troops')], quantity: { text: 'two drones', value: 2 }, killed: { text: 'No casualties', value: { min: 0, max: 0 } },
      responsibility: [{ text: 'No group has yet claimed responsibility for the attack', status: 'unclaimed' }] }),
    makeEvent(a0, { id: 'e2', type: 'ASSAULT', mode: 'drone', trigger: 'intercepted', sentences: ['In April, two drones were intercepted'],
      date: { text: 'In April', start: '2024-04-01', end: '2024-04-30', precision: 'month' }, place: { text: 'Ain al-Asad', name: 'Ain al-Asad Air Base', entity: 'kb:ain-al-asad', geo: GEO.asad, nth: 2 },
      quantity: { text: 'two drones', value: 2, nth: 1 }, outcome: { text: 'intercepted', value: 'intercepted' } }),
    makeEvent(a0, { id: 'e3', type: 'ASSAULT', mode: 'drone strike', trigger: 'assassination', sentences: ['The tensions escalated in early 2020'], background: true,
      date: { text: 'early 2020', start: '2020-01-01', end: '2020-04-30', precision: 'range' }, place: { text: "Baghdad's airport", name: 'Baghdad International Airport', geo: GEO.baghdadAirport },
      actors: [soleimani('Qassem Soleimani'), muhandis('Abu Mahdi Al-Muhandis'), { role: 'agent', text: 'Donald Trump', entity: 'kb:donald-trump' }] }),
  ] });
  out.push({ article: a1, mentions: typedKeys(a1, PEOPLE), events: [
    makeEvent(a1, { id: 'e1', type: 'ASSAULT', mode: 'drone', trigger: 'targeted', sentences: ['The dialogue comes amid escalating tensions', 'An Iraqi militia has claimed'],
      date: { text: 'Tuesday', start: '2024-07-16', precision: 'day' }, place: { text: 'Ain al-Asad airbase', name: 'Ain al-Asad Air Base', entity: 'kb:ain-al-asad', geo: GEO.asad },
      actors: [{ role: 'agent', text: 'An Iraqi militia', entity: null }], quantity: { text: 'two armed drones', value: 2 },
      responsibility: [{ text: 'An Iraqi militia has claimed responsibility for the attack.', status: 'claimed', by: ['An Iraqi militia'] }] }),
    makeEvent(a1, { id: 'e2', type: 'CONSULT', mode: 'negotiate', trigger: 'resumed', sentences: ['The US-Iraq Joint Security Cooperation Dialogue resumed'],
      date: { text: 'Monday', start: '2024-07-22', precision: 'day' }, place: { text: 'Washington', name: 'Washington, D.C.', geo: GEO.washington },
      actors: [us('agent', 'US'), { role: 'agent', text: 'Iraq', entity: 'kb:iraq' }] }),
    makeEvent(a1, { id: 'e3', type: 'ASSAULT', mode: 'drone', trigger: 'drone attack', sentences: ['A drone attack in January killed'],
      date: { text: 'in January', start: '2024-01-01', end: '2024-01-31', precision: 'month' }, place: { text: 'Jordan', name: 'Jordan', geo: GEO.jordan },
      killed: { text: 'killed three US personnel', value: { min: 3, max: 3 } } }),
  ] });
  out.push({ article: a2, mentions: typedKeys(a2, PEOPLE), events: [
    makeEvent(a2, { id: 'e1', type: 'CONSULT', mode: 'negotiate', trigger: 'held their first formal talks', sentences: ['In a significant development'],
      date: { text: 'recently', start: '2024-01-01', end: '2024-01-31', precision: 'month' }, actors: [us('agent', 'United States'), { role: 'agent', text: 'Iraq', entity: 'kb:iraq' }] }),
    makeEvent(a2, { id: 'e2', type: 'ASSAULT', mode: 'airstrike', trigger: 'airstrike', sentences: ['particularly after a U.S. airstrike'], background: true,
      date: { text: 'January 2020', start: '2020-01-01', end: '2020-01-31', precision: 'month' },
      actors: [us('agent', 'U.S.', 1), soleimani('Qassem Soleimani'), muhandis('Abu Mahdi al-Muhandis')], killed: { text: 'killing', value: { min: 2, max: null } } }),
  ] });
  out.push({ article: a3, mentions: typedKeys(a3, PEOPLE), events: [
    makeEvent(a3, { id: 'e1', type: 'ASSAULT', mode: 'drone', trigger: 'downed', sentences: ['The remarks came after reports emerged Thursday', 'In a statement, the U.S.-led coalition'],
      date: { text: 'Friday local time', start: '2022-04-08', precision: 'day' }, time: { text: '1:46 a.m.', value: '01:46' },
      place: { text: 'Ain al-Asad Air Base', name: 'Ain al-Asad Air Base', entity: 'kb:ain-al-asad', geo: GEO.asad }, actors: [us('target', 'U.S. forces')],
      quantity: { text: 'two drones', value: 2 }, outcome: { text: 'shot down', value: 'intercepted' },
      variants: [{ field: 'quantity', value: 1, text: 'an armed unmanned aerial system' }] }),
    makeEvent(a3, { id: 'e2', type: 'ASSAULT', mode: 'shelling', trigger: 'received 2 rounds of indirect fire', sentences: ['Just 24 hours earlier', 'As a result, "four U.S. servicemembers'],
      date: { text: 'April 7', start: '2022-04-07', precision: 'day' }, time: { text: '1:09 a.m.', value: '01:09' },
      place: { text: 'Green Village', name: 'Green Village', geo: GEO.greenVillage }, weapon: { text: 'indirect fire', value: 'indirect fire' },
      quantity: { text: '2 rounds', value: 2 }, injured: { text: 'four U.S. servicemembers', value: { min: 4, max: 4 } } }),
    makeEvent(a3, { id: 'e3', type: 'ASSAULT', mode: null, trigger: 'killing', triggerNth: 1, sentences: ['The situation escalated substantially'], background: true,
      date: { text: 'January 3, 2020', start: '2020-01-03', precision: 'day' }, place: { text: 'Baghdad International Airport', name: 'Baghdad International Airport', geo: GEO.baghdadAirport, nth: 1 },
      actors: [us('agent', 'U.S.', 8), soleimani('Qassem Soleimani'), muhandis('Abu Mahdi al-Muhandis')] }),
    makeEvent(a3, { id: 'e4', type: 'CONSULT', mode: 'phone', trigger: 'spoke via telephone', sentences: ['Iranian Foreign Minister Hossein Amir-Abdollahian and Iraqi'],
      date: { text: 'Friday', start: '2022-04-08', precision: 'day' } }),
  ] });
  out.push({ article: a4, mentions: typedKeys(a4, PEOPLE), events: [
    makeEvent(a4, { id: 'e1', type: 'AGREE', mode: 'announce talks', trigger: 'expect to begin talks', sentences: ['The United States and Iraq expect'],
      date: { text: 'Thursday', start: '2024-01-25', precision: 'day' }, actors: [us('agent', 'United States'), { role: 'agent', text: 'Iraq', entity: 'kb:iraq' }] }),
    makeEvent(a4, { id: 'e2', type: 'ASSAULT', mode: 'missile', trigger: 'firing multiple ballistic missiles', sentences: ['On Saturday, Kataib Hezbollah launched'],
      date: { text: 'On Saturday', start: '2024-01-20', precision: 'day' }, place: { text: 'al-Asad Air Base', name: 'Ain al-Asad Air Base', entity: 'kb:ain-al-asad', geo: GEO.asad },
      actors: [{ role: 'agent', text: 'Kataib Hezbollah', entity: 'kb:kataib-hezbollah' }], weapon: { text: 'ballistic missiles', value: 'ballistic missile' } }),
    makeEvent(a4, { id: 'e3', type: 'ASSAULT', mode: 'airstrike', trigger: 'hitting three known Iranian militia locations', sentences: ['The U.S. responded Tuesday'],
      date: { text: 'Tuesday', start: '2024-01-23', precision: 'day' }, place: { text: 'Iraq', name: 'Iraq', geo: GEO.iraq, nth: 3 },
      actors: [us('agent', 'U.S.', 4), { role: 'target', text: 'Iranian militia locations', entity: 'kb:kataib-hezbollah' }], quantity: { text: 'three known', value: 3 },
      killed: { text: 'killing some of those fighters', value: { min: 1, max: null } } }),
    makeEvent(a4, { id: 'e4', type: 'ASSAULT', mode: 'airstrike', trigger: 'airstrike', sentences: ['particularly in the wake of a U.S. airstrike'], background: true,
      date: { text: 'January 2020', start: '2020-01-01', end: '2020-01-31', precision: 'month' }, place: { text: 'Baghdad airport', name: 'Baghdad International Airport', geo: GEO.baghdadAirport },
      actors: [soleimani('Qassem Soleimani'), muhandis('Abu Mahdi al-Muhandis')], killed: { text: 'killed Iranian Gen.', value: { min: 2, max: null } } }),
  ] });
  return out;
}


