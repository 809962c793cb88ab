import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordValue } from '../../src/nlp/figures/number-words.js';

test('number words are read from the table only, never from inherited object names', () => {
  assert.equal(wordValue('three'), 3);
  assert.equal(wordValue('constructor'), null);
  assert.equal(wordValue('__proto__'), null);
  assert.equal(wordValue('toString'), null);
});
