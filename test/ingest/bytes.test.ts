/** Decoding input bytes: UTF-8 (with or without BOM), UTF-16 with BOM; empty, oversized, binary and broken input refused. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeInput } from '../../src/ingest/bytes.js';
import { SitrepError } from '../../src/core/errors.js';

const SENTENCE = 'Residents said the shelling stopped shortly before dawn on Thursday.';
const code = (c: string, input = 'in.txt') => (e: unknown) => e instanceof SitrepError && e.code === c && e.input === input && e.message.startsWith(`${input}: `);

test('UTF-8, UTF-8 with BOM, UTF-16LE and UTF-16BE with BOM decode to the same text', () => {
  const bom8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE, 'utf8')]);
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')]);
  const be = Buffer.from(le);
  be.swap16();
  be[0] = 0xfe; be[1] = 0xff;
  for (const b of [Buffer.from(SENTENCE, 'utf8'), bom8, le, be]) assert.equal(decodeInput(b, 'in.txt'), SENTENCE);
});

test('non-ASCII UTF-8 survives (Arabic names, typographic quotes)', () => {
  const s = '“We will respond,” said the spokesman in الأنبار.';
  assert.equal(decodeInput(Buffer.from(s, 'utf8'), 'in.txt'), s);
});

test('empty and white-space-only inputs are refused', () => {
  assert.throws(() => decodeInput(Buffer.alloc(0), 'in.txt'), code('SITREP_ERR_INPUT_EMPTY'));
  assert.throws(() => decodeInput(Buffer.from(' \n\t\n'), 'in.txt'), code('SITREP_ERR_INPUT_EMPTY'));
});

test('inputs over the byte limit are refused before decoding', () => {
  assert.throws(() => decodeInput(Buffer.from(SENTENCE), 'in.txt', 10), code('SITREP_ERR_INPUT_TOO_LARGE'));
  assert.equal(decodeInput(Buffer.from(SENTENCE), 'in.txt', SENTENCE.length), SENTENCE);
});

test('binary bytes (NULs) and invalid UTF-8 are refused with distinct codes', () => {
  assert.throws(() => decodeInput(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'in.txt'), code('SITREP_ERR_INPUT_BINARY'));
  // a NUL far into the file is still caught (it could not be stored in PostgreSQL text either)
  const late = Buffer.concat([Buffer.from('The talks continued into the night. '.repeat(400)), Buffer.from([0]), Buffer.from('end')]);
  assert.ok(late.indexOf(0) > 8192);
  assert.throws(() => decodeInput(late, 'in.txt'), code('SITREP_ERR_INPUT_BINARY'));
  assert.throws(() => decodeInput(Buffer.concat([Buffer.from('Troops withdrew from the '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' district.')]), 'in.txt'), code('SITREP_ERR_INPUT_ENCODING'));
});
