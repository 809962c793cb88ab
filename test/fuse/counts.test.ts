import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countsAgree } from '../../src/fuse/index.js';

test('agreeing figures worded differently agree', () => {
  assert.ok(countsAgree({ min: 2500, max: 2500 }, { min: 2500, max: 2500 }, true, true), 'approximately 2,500 vs an estimated 2,500');
  assert.ok(countsAgree({ min: 2, max: null }, { min: 3, max: 3 }), 'at least 2 vs 3');
  assert.ok(countsAgree({ min: 10, max: 15 }, { min: 12, max: 12 }), 'a range and a value inside it');
  assert.ok(countsAgree({ min: 151, max: null }, { min: 152, max: null }), 'more than 150 vs more than 60 + more than 90');
  assert.ok(countsAgree({ min: 900, max: 900 }, { min: 880, max: 880 }, true, false), 'about 900 vs 880');
});

test('genuinely different figures disagree', () => {
  assert.ok(!countsAgree({ min: 2, max: 2 }, { min: 1, max: 1 }));
  assert.ok(!countsAgree({ min: 0, max: 0 }, { min: 3, max: 3 }));
  assert.ok(!countsAgree({ min: 2500, max: 2500 }, { min: 4000, max: 4000 }, true, true));
});
