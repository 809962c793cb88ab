/**
 * Cleaning on the seed corpus against the gold answers: headline, dateline, non-prose lines removed,
 * the truncated sentence flagged, and an offset map that leads every cleaned character back to its raw one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { seedArticles } from '../helpers/seeds.js';
import { needShared, sharedPath } from '../helpers/shared.js';
import { toRaw } from '../../src/clean/text-builder.js';
import type { Article } from '../../src/core/model/article.js';

interface GoldArticle {
  file: string;
  title: string | null;
  dateline: { place: string | null; agency: string | null } | null;
  outlet_from_text: string | null;
  not_body?: string[];
  truncated?: string;
}

const skip = needShared('gold', 'seeds.gold.json');
const gold = (): GoldArticle[] => (JSON.parse(readFileSync(sharedPath('gold', 'seeds.gold.json'), 'utf8')) as { articles: GoldArticle[] }).articles;

async function pairs(): Promise<[GoldArticle, Article][]> {
  const arts = (await seedArticles())!;
  return gold().map((g) => {
    const a = arts.find((x) => x.file === g.file);
    assert.ok(a, `seed ${g.file} was read`);
    return [g, a];
  });
}

test('every seed article is read and cleaned', skip, async () => {
  const arts = (await seedArticles())!;
  assert.equal(arts.length, gold().length);
  for (const a of arts) assert.ok(a.text.length > 500, `${a.file} keeps its body`);
});

test('the title of each seed equals the gold title (null when the file has no headline)', skip, async () => {
  for (const [g, a] of await pairs()) assert.equal(a.title, g.title, g.file);
});

test('the headline is the first paragraph of the text, once, and only when the file has one', skip, async () => {
  for (const [g, a] of await pairs()) {
    const p = a.paragraphs[0]!;
    if (g.title) {
      assert.equal(a.text.slice(p.start, p.end).replace(/\s+/g, ' '), g.title.replace(/\s+/g, ' '), g.file);
      assert.ok(!a.text.slice(p.end).includes(g.title), `${g.file} repeats its headline`);
    } else assert.notEqual(a.text.slice(p.start, p.end), a.title, g.file);
  }
});

test('dateline place and agency are as in gold, and the dateline is not left in the body', skip, async () => {
  for (const [g, a] of await pairs()) {
    assert.deepEqual(a.dateline && { place: a.dateline.place, agency: a.dateline.agency }, g.dateline, g.file);
    if (g.dateline?.place) assert.ok(!a.text.startsWith(g.dateline.place.toUpperCase()), `${g.file} body starts with the dateline`);
  }
});

test('the outlet named by the text is found (dateline agency, contributor credit, self-reference)', skip, async () => {
  for (const [g, a] of await pairs()) assert.equal(a.outletFromText, g.outlet_from_text, g.file);
});

test('no not_body string (captions, photo keywords, boilerplate) is left in article.text', skip, async () => {
  let checked = 0;
  for (const [g, a] of await pairs()) {
    for (const s of g.not_body ?? []) {
      assert.ok(a.raw.includes(s), `${g.file}: gold string is in the raw file: ${s}`);
      assert.ok(!a.text.includes(s), `${g.file}: "${s}" is still in the body`);
      checked++;
    }
  }
  assert.ok(checked >= 8, 'the gold lists not_body strings');
});

test('the gold truncated sentence is flagged with clean/truncated-paragraph, at its place in the text', skip, async () => {
  let checked = 0;
  for (const [g, a] of await pairs()) {
    const cut = a.diagnostics.filter((d) => d.rule === 'clean/truncated-paragraph');
    if (!g.truncated) { assert.deepEqual(cut, [], `${g.file} has no truncated paragraph`); continue; }
    assert.equal(cut.length, 1, g.file);
    const d = cut[0]!;
    assert.equal(d.text, g.truncated);
    assert.equal(a.text.slice(d.start, d.end), g.truncated);
    checked++;
  }
  assert.equal(checked, 1);
});

/** Raw characters that cleaning writes as another single character. */
const SAME: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u2009': ' ', '\u200A': ' ', '\t': ' ' };

function assertOffsetMap(a: Article): void {
  const segs = a.offsetMap;
  assert.ok(segs.length > 0, `${a.file}: the offset map is not empty`);
  assert.equal(segs[0]!.start, 0);
  assert.equal(segs[segs.length - 1]!.end, a.text.length, `${a.file}: the map covers the whole text`);
  for (let k = 1; k < segs.length; k++) {
    assert.equal(segs[k]!.start, segs[k - 1]!.end, `${a.file}: segments are contiguous`);
    assert.ok(segs[k]!.rawStart >= segs[k - 1]!.rawStart + (segs[k - 1]!.end - segs[k - 1]!.start), `${a.file}: raw positions only move forward`);
  }
  for (let i = 0; i < a.text.length; i++) {
    const c = a.text[i]!;
    const r = a.raw[toRaw(segs, i)]!;
    if (c !== r && SAME[r] !== c) assert.fail(`${a.file}: cleaned char ${i} ${JSON.stringify(c)} maps to raw ${toRaw(segs, i)} ${JSON.stringify(r)}`);
  }
}

test('the offset map leads every cleaned character back to the same raw character (modulo quote/space substitution)', skip, async () => {
  for (const [, a] of await pairs()) assertOffsetMap(a);
});

test('removed pieces point at their place in the raw text', skip, async () => {
  for (const [g, a] of await pairs()) {
    for (const r of a.removed) assert.equal(a.raw.slice(r.rawStart, r.rawStart + r.text.length), r.text, `${g.file}: ${r.kind}`);
  }
});
