/** Cleaning plain text written here: line endings, odd spaces, typographic quotes and invisible characters keep a faithful offset map. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanRecord } from '../../src/clean/index.js';
import { toRaw } from '../../src/clean/text-builder.js';
import { headlineOf, type RawRecord } from '../../src/core/model/article.js';

const record = (body: string, extra: Partial<RawRecord> = {}): RawRecord => ({ origin: 'mem.txt', file: 'mem.txt', format: 'text', body, bodyIsHtml: false, externalId: null, url: null, title: null, source: null, published: null, language: null, ...extra });

const RAW = [
  'Title: Militants ambush army patrol in the hills',
  '',
  'MOSUL, Iraq (Reuters) \u2014 Militants ambushed an army patrol in the hills\u00A0north of the city on Saturday,\tkilling  three soldiers, an officer said.',
  '',
  '\u201CThey came from two sides,\u201D the officer told reporters. \u2018We lost contact for an hour.\u2019',
  '',
  'The\u200B army later sent rein\u00ADforcements to the area.',
  '',
  'Reporting by A. Writer; Editing by B. Editor',
].join('\r\n');

test('headline with a Title: prefix stays as the first paragraph without the prefix; dateline with agency and a credit line are taken out', () => {
  const a = cleanRecord(record(RAW));
  assert.equal(a.title, 'Militants ambush army patrol in the hills');
  const { at, ...dl } = a.dateline!;
  assert.deepEqual(dl, { place: 'Mosul', agency: 'Reuters', region: 'Iraq' });
  // the dateline is cut out of the text: its place keeps its offsets in the raw input
  assert.equal(a.raw.slice(at!.start, at!.end), 'MOSUL');
  assert.equal(a.outletFromText, 'Reuters');
  assert.equal(a.text, [
    'Militants ambush army patrol in the hills',
    'Militants ambushed an army patrol in the hills north of the city on Saturday, killing three soldiers, an officer said.',
    '"They came from two sides," the officer told reporters. \'We lost contact for an hour.\'',
    'The army later sent reinforcements to the area.',
  ].join('\n'));
  assert.deepEqual(a.removed.map((r) => r.kind), ['title-prefix', 'boilerplate', 'dateline']);
  assert.equal(a.paragraphs.length, 4);
  assert.deepEqual(headlineOf(a), a.paragraphs[0]);
  // a headline has no closing punctuation and is not flagged as a truncated paragraph
  assert.deepEqual(a.diagnostics, []);
  for (const p of a.paragraphs) assert.ok(!a.text.slice(p.start, p.end).includes('\n'));
});

test('every cleaned character maps back to the raw character it came from', () => {
  const a = cleanRecord(record(RAW));
  const same: Record<string, string> = { '\u201C': '"', '\u201D': '"', '\u2018': "'", '\u2019': "'", '\u00A0': ' ', '\t': ' ' };
  for (let i = 0; i < a.text.length; i++) {
    const r = RAW[toRaw(a.offsetMap, i)]!;
    const c = a.text[i]!;
    assert.ok(r === c || same[r] === c, `char ${i} ${JSON.stringify(c)} came from ${JSON.stringify(r)}`);
  }
  // a span of cleaned text maps to the raw span that holds the same words
  const word = a.text.indexOf('reinforcements');
  const rawStart = toRaw(a.offsetMap, word);
  const rawEnd = toRaw(a.offsetMap, word + 'reinforcements'.length - 1) + 1;
  assert.equal(RAW.slice(rawStart, rawEnd), 'rein\u00ADforcements');
});

test('the content id is a hash of the cleaned text: same prose in another layout gives the same id', () => {
  const a = cleanRecord(record(RAW));
  const b = cleanRecord(record(RAW.replace(/\r\n/g, '\n'), { origin: 'other.txt', file: 'other.txt' }));
  assert.equal(a.id, b.id);
  const c = cleanRecord(record(RAW.replace('three soldiers', 'four soldiers')));
  assert.notEqual(a.id, c.id);
});

test('a headline given by the record is kept once, as the first paragraph, when the first line repeats it', () => {
  const a = cleanRecord(record('Flood waters recede in the delta\n\nFlood waters receded across the delta on Monday, allowing some families to return home.', { title: 'Flood Waters Recede in the Delta' }));
  assert.equal(a.title, 'Flood Waters Recede in the Delta');
  assert.equal(a.text, 'Flood waters recede in the delta\nFlood waters receded across the delta on Monday, allowing some families to return home.');
  assert.deepEqual(headlineOf(a), { start: 0, end: 'Flood waters recede in the delta'.length });
  // a title from metadata that the text does not open with is not part of the text
  const b = cleanRecord(record('Flood waters receded across the delta on Monday, allowing some families to return home.', { title: 'Delta floods recede' }));
  assert.equal(b.text, 'Flood waters receded across the delta on Monday, allowing some families to return home.');
  assert.equal(headlineOf(b), null);
});

test('a paragraph that stops mid-clause is flagged; complete ones are not', () => {
  const a = cleanRecord(record('Troops returned to the barracks on Friday. Officials said the operation had ended.\n\nThe minister said the second phase of the operation, which began in the spring and was expected to'));
  const d = a.diagnostics.filter((x) => x.rule === 'clean/truncated-paragraph');
  assert.equal(d.length, 1);
  assert.equal(d[0]!.text, 'The minister said the second phase of the operation, which began in the spring and was expected to');
  const ok = cleanRecord(record('Troops returned to the barracks on Friday.\n\nOfficials said the operation had ended after three weeks of fighting.'));
  assert.deepEqual(ok.diagnostics, []);
});

test('control characters (NUL, bell, escape, DEL) are dropped and form feeds become spaces, keeping the offset map', () => {
  const raw = 'Officials\u0000 said the \u0007road was\u000Creopened on \u001BFriday\u007F.';
  const a = cleanRecord(record(raw));
  assert.equal(a.text, 'Officials said the road was reopened on Friday.');
  for (let i = 0; i < a.text.length; i++) {
    const r = raw[toRaw(a.offsetMap, i)]!;
    assert.ok(r === a.text[i] || (r === '\u000C' && a.text[i] === ' '), `char ${i}`);
  }
});

test('an outlet naming itself as the reporter is the outlet from the text; other subjects are not', async () => {
  const rec = (body: string): RawRecord => ({ origin: 't', file: null, format: 'text', body, bodyIsHtml: false, externalId: null, url: null, title: null, source: null, published: null, language: null });
  assert.equal(cleanRecord(rec('Officials met on Monday.\nThe Baghdad Times tried to reach the ministry for comment but received no reply.')).outletFromText, 'The Baghdad Times');
  assert.equal(cleanRecord(rec('Officials met on Monday.\nThe Pentagon could not confirm the report.')).outletFromText, null);
});

test('prose that runs into a photo credit keeps its sentences: only the credit and a caption sentence go', () => {
  const prose = 'Police said the man left a paper bag on a concrete block near a bakery on Friday afternoon and rode away on a bicycle. '
    + 'The device went off a minute later, shattering the windows of the bakery and wounding 13 people, the prosecutor said. '
    + 'Investigators found screws, metal balls and batteries at the scene. '
    + 'No group has claimed responsibility.';
  const a = cleanRecord(record(`${prose} Police issued this image from CCTV showing a man wanted in connection with the blast. Photograph: Police Nationale/Handout/EPA\nThe suspect has not been identified.`));
  assert.equal(a.text, `${prose}\nThe suspect has not been identified.`);
  assert.deepEqual(a.removed.map((r) => r.text), ['Police issued this image from CCTV showing a man wanted in connection with the blast. Photograph: Police Nationale/Handout/EPA']);
  for (let i = 0; i < a.text.length; i++) assert.equal(a.text[i], a.raw[toRaw(a.offsetMap, i)], `char ${i}`);
  // without a caption sentence before it, the credit alone goes
  const b = cleanRecord(record(`${prose} Photograph: Police Nationale/Handout/EPA`));
  assert.equal(b.text, prose);
  // a short caption line is still a caption as a whole
  const c = cleanRecord(record(`A man walks past a burnt car in Baghdad. Photograph: Ahmad Smith/AFP/Getty Images\n${prose}`));
  assert.equal(c.text, prose);
});
