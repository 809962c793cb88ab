/**
 * Weekday resolution on real Guardian copy (../shared/eval/raw/ngec-guardian-sdf): each row is a passage
 * of one article, the weekday expression in it and the date it must resolve to against the article's
 * publication date. Several are checkable facts (Baghuz fell on Saturday 23 March 2019; Jarrah Begum died
 * on Thursday 7 March 2019).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { detectTimes } from '../../src/nlp/dates/detect.js';
import { needShared, sharedPath } from '../helpers/shared.js';

/** Minimal RFC 4180 reader for the sample file. */
function readCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], f = '', q = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (q) { if (c === '"') { if (s[i + 1] === '"') { f += '"'; i++; } else q = false; } else f += c; }
    else if (c === '"') q = true;
    else if (c === ',') { row.push(f); f = ''; }
    else if (c === '\n') { row.push(f); rows.push(row); row = []; f = ''; }
    else if (c !== '\r') f += c;
  }
  if (f || row.length) { row.push(f); rows.push(row); }
  return rows;
}

// [published, passage (verbatim), expression, expected]
const TABLE: [string, string, string, string][] = [
  ['2019-03-26', 'caliphate” on Saturday in Baghuz', 'Saturday', '2019-03-23'],
  ['2019-03-22', 'Bali tweeted on Friday', 'Friday', '2019-03-22'],
  ['2019-03-13', 'Red Cross said on Wednesday', 'Wednesday', '2019-03-13'],
  ['2019-03-13', 'An Isis video released on Tuesday', 'Tuesday', '2019-03-12'],
  ['2019-03-12', 'Jeremy Hunt, said on Sunday', 'Sunday', '2019-03-10'],
  ['2019-03-09', 'Jarrah, died on Thursday', 'Thursday', '2019-03-07'],
  ['2019-03-08', 'Jarrah was buried on Friday', 'Friday', '2019-03-08'],
  ['2019-02-20', 'On Tuesday, the SDF spokesman', 'Tuesday', '2019-02-19'],
  ['2019-02-18', 'Trump tweeted on Sunday that Britain', 'Sunday', '2019-02-17'],
  ['2019-02-18', 'a son on Saturday while in a refugee camp', 'Saturday', '2019-02-16'],
  ['2019-03-14', 'culminating on Thursday, is expected', 'Thursday', '2019-03-14'],
  // forward-looking
  ['2018-09-04', 'are due to meet in Tehran on Friday', 'Friday', '2018-09-07'],
  ['2018-01-22', 'will travel to Paris for talks on Tuesday', 'Tuesday', '2018-01-23'],
  ['2017-11-22', 'will be briefed on Putin’s plans in Moscow on Thursday', 'Thursday', '2017-11-23'],
  ['2018-04-12', 'will meet next Wednesday', 'next Wednesday', '2018-04-18'],
  // "by" in a past narrative is not a plan
  ['2019-01-07', 'By Sunday, however, he', 'Sunday', '2019-01-06'],
];

test('Guardian weekday table', needShared('eval', 'raw', 'ngec-guardian-sdf', 'guardian_sdf_sample.csv'), () => {
  const rows = readCsv(readFileSync(sharedPath('eval', 'raw', 'ngec-guardian-sdf', 'guardian_sdf_sample.csv'), 'utf8')).slice(1);
  const failures: string[] = [];
  for (const [published, passage, expr, expected] of TABLE) {
    const row = rows.find((r) => r[1] === published && r[2]!.includes(passage));
    assert.ok(row, `no ${published} article with "${passage}"`);
    const text = row[2]!;
    const at = text.indexOf(passage);
    const t = detectTimes(text, { reference: published }).find((d) => d.start >= at && d.end <= at + passage.length && text.slice(d.start, d.end) === expr);
    if (!t) failures.push(`"${passage}": "${expr}" not found`);
    else if (t.value.start !== expected) failures.push(`"${passage}": ${t.value.start}, expected ${expected}`);
  }
  assert.deepEqual(failures, []);
});
