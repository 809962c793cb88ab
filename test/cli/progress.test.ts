/** The progress bar: silent unless stderr is a terminal and the batch is larger than 20 articles. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { progressBar } from '../../src/cli/progress.js';

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; written: string[] } {
  const written: string[] = [];
  const stream = { isTTY, write: (s: string) => { written.push(s); return true; } } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

test('prints nothing when the stream is not a terminal, whatever the batch size', () => {
  for (const total of [1, 21, 5000]) {
    const { stream, written } = fakeStream(false);
    const bar = progressBar(total, 'analyzing', stream);
    assert.equal(bar, undefined);
    assert.deepEqual(written, []);
  }
});

test('prints nothing on a terminal for a batch of 20 or fewer', () => {
  const { stream, written } = fakeStream(true);
  assert.equal(progressBar(20, 'analyzing', stream), undefined);
  assert.deepEqual(written, []);
});

test('draws a bar on a terminal when the batch is over 20, redrawing in place and ending with a newline', () => {
  const { stream, written } = fakeStream(true);
  const bar = progressBar(40, 'analyzing', stream);
  assert.ok(bar);
  for (let i = 1; i <= 40; i++) bar(i, 40);
  assert.ok(written.length >= 2);
  assert.ok(written.filter((w) => w !== '\n').every((w) => w.startsWith('\ranalyzing [')), 'each draw returns to the line start');
  assert.match(written[0]!, /\[#?\.{29,30}\] 1\/40 2%$/);
  const halfway = written.find((w) => w.includes(' 20/40 '));
  assert.ok(halfway);
  assert.match(halfway, /\[#{15}\.{15}\] 20\/40 50%$/);
  assert.match(written[written.length - 2]!, /\[#{30}\] 40\/40 100%$/);
  assert.equal(written[written.length - 1], '\n');
});

test('does not redraw when the percentage has not moved', () => {
  const { stream, written } = fakeStream(true);
  const bar = progressBar(1000, 'analyzing', stream)!;
  for (let i = 1; i <= 1000; i++) bar(i, 1000);
  // one draw per whole percent (0..100, 0% being drawn at i=1..9 once), plus the final newline
  assert.ok(written.length <= 102, `drew ${written.length} times`);
  assert.equal(written[written.length - 1], '\n');
});
