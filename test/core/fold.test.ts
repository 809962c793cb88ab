/**
 * The shared Latin fold (src/core/fold.ts) and the name folds that use it: letters NFKD does not
 * decompose (Turkish dotless ı, Polish ł, German ß ...) must become their ASCII letters, not spaces
 * (issue #17: "Diyarbakır" folded to "diyarbak r" in the ACLED export's and the evaluation's name keys).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldLatin } from '../../src/core/fold.js';
import { foldName } from '../../src/report/export/acled-tables.js';
import { fold as evalFold } from '../../src/eval/names.js';

test('Turkish province and town names fold to their ASCII spelling', () => {
  assert.equal(foldLatin('Diyarbakır'), 'Diyarbakir');
  assert.equal(foldLatin('Şanlıurfa'), 'Sanliurfa');
  assert.equal(foldLatin('İzmir'), 'Izmir');
  assert.equal(foldLatin('Kırklareli, Elazığ, Şırnak'), 'Kirklareli, Elazig, Sirnak');
});

test('letters without a decomposition: ß, ø, ł, đ, ħ, æ', () => {
  assert.equal(foldLatin('Straße'), 'Strasse');
  assert.equal(foldLatin('Tromsø'), 'Tromso');
  assert.equal(foldLatin('Łódź'), 'Lodz');
  assert.equal(foldLatin('Đakovo'), 'Dakovo');
  assert.equal(foldLatin('Ħamrun'), 'Hamrun');
  assert.equal(foldLatin('Ærø'), 'AEro');
});

test('transliteration marks of Arabic romanisation are dropped, case and punctuation kept', () => {
  assert.equal(foldLatin('Ḩalab, Dayr az Zawr'), 'Halab, Dayr az Zawr');
  assert.equal(foldLatin("Ma'rib"), "Ma'rib");
  assert.equal(foldLatin('Baghdad'), 'Baghdad');
});

test('the ACLED export and the evaluation fold names with it', () => {
  assert.equal(foldName('Diyarbakır'), 'diyarbakir');
  assert.equal(foldName('Şırnak'), foldName('Sirnak'));
  assert.equal(evalFold('Adıyaman'), 'adiyaman');
});
