import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf } from './helpers.js';

const killed = (text: string) => docOf(text, '2024-01-25').events.map((e) => e.killed?.value ?? null).find(Boolean) ?? null;

test('"one of the fighters killed" is a member of a larger toll: at least one', () => {
  assert.deepEqual(killed('Mourners gathered at the funeral for one of the fighters killed in a U.S. strike near Qaim.'), { min: 1, max: null });
});

test('"two of the soldiers were killed" is an exact toll', () => {
  assert.deepEqual(killed('Two of the soldiers were killed when a roadside bomb struck their vehicle near Tarmiyah.'), { min: 2, max: 2 });
});
