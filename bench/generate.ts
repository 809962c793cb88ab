/**
 * Generated benchmark input: conflict-news-like articles built from small word lists and sentence
 * templates written for this benchmark, with a seeded generator so every run measures the same text.
 * Used to measure throughput at sizes the sample corpus does not have (many short items, long pieces).
 */
import type { RawRecord } from '../src/core/model/article.js';

/** Mulberry32: a tiny seeded PRNG, so the generated corpus (and the growth benchmark's copies) are the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTORS = ['Iran-backed militias', 'Kataib Hezbollah', 'the Islamic State group', 'Turkish forces', 'Kurdish fighters', 'unidentified gunmen', 'the Houthis', 'Syrian government forces', 'US forces', 'Israeli troops'];
const TARGETS = ['a US base', 'a military convoy', 'a police checkpoint', 'a market', 'an army patrol', 'a power station', 'the airport', 'a village', 'government offices', 'a refugee camp'];
const PLACES = ['Erbil', 'Baghdad', 'Deir ez-Zor', 'Mosul', 'Kirkuk', 'Idlib', 'Aleppo', 'Hasakah', 'Basra', 'Ain al-Asad air base', 'Raqqa', 'Sanaa'];
const WEAPONS = ['rockets', 'drones', 'mortar rounds', 'ballistic missiles', 'roadside bombs', 'rocket-propelled grenades'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SPEAKERS = ['a security official', 'the interior ministry', 'a local police chief', 'a spokesman for the coalition', 'witnesses', 'the health ministry'];
const NUMBERS = ['two', 'three', 'four', 'five', 'at least six', 'more than ten', '12', 'dozens of'];

type Pick = <T>(xs: readonly T[]) => T;

const TEMPLATES: ((p: Pick) => string)[] = [
  (p) => `${cap(p(ACTORS))} fired ${p(NUMBERS)} ${p(WEAPONS)} at ${p(TARGETS)} near ${p(PLACES)} on ${p(DAYS)}, ${p(SPEAKERS)} said.`,
  (p) => `${cap(p(NUMBERS))} people were killed and ${p(NUMBERS)} wounded when ${p(WEAPONS).replace(/s$/, '')} struck ${p(TARGETS)} in ${p(PLACES)}.`,
  (p) => `No group immediately claimed responsibility for the attack, but ${p(SPEAKERS)} blamed ${p(ACTORS)}.`,
  (p) => `"We will respond to any aggression against our forces," ${p(SPEAKERS)} told reporters in ${p(PLACES)} on ${p(DAYS)}.`,
  (p) => `The attack was the latest in a series of strikes on ${p(TARGETS)} since talks between Baghdad and Washington resumed last month.`,
  (p) => `${cap(p(ACTORS))} said in a statement that it had targeted ${p(TARGETS)} with ${p(WEAPONS)}, a claim that could not be independently verified.`,
  (p) => `Officials from both countries met in ${p(PLACES)} on ${p(DAYS)} to discuss the withdrawal of about 2,500 troops, according to a statement.`,
  (p) => `Air defence systems intercepted ${p(NUMBERS)} ${p(WEAPONS)} over ${p(PLACES)} early on ${p(DAYS)}, and no damage was reported.`,
];

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** `count` articles of 2–12 paragraphs (about 0.5–6 KB each), published across 2024. */
export function generateRecords(count: number, seed = 42): RawRecord[] {
  const r = rng(seed);
  const pick: Pick = (xs) => xs[Math.floor(r() * xs.length)]!;
  const out: RawRecord[] = [];
  for (let i = 0; i < count; i++) {
    const paras: string[] = [];
    const n = 2 + Math.floor(r() * 11);
    for (let k = 0; k < n; k++) {
      const sentences = 1 + Math.floor(r() * 3);
      paras.push(Array.from({ length: sentences }, () => pick(TEMPLATES)(pick)).join(' '));
    }
    const day = 1 + Math.floor(r() * 360);
    const published = new Date(Date.UTC(2024, 0, day)).toISOString().slice(0, 10);
    out.push({ origin: `generated#${i}`, file: null, format: 'text', body: paras.join('\n\n'), bodyIsHtml: false, externalId: `gen-${i}`, url: null, title: null, source: 'Generated', published, language: 'en' });
  }
  return out;
}
