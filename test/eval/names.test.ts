import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorMatches, goldNameForms, isUnknownActor, sharesWord } from '../../src/eval/names.js';
import { countryInName, iso2Of } from '../../src/eval/countries.js';

test('gold actor names match the way news text names them', () => {
  assert.ok(actorMatches(['Turkish forces'], 'Military Forces of Turkey (2016-)'));
  assert.ok(actorMatches(['IS'], 'Islamic State of Iraq and the Levant (ISIL)'));
  assert.ok(actorMatches(['Daesh'], 'IS'));
  assert.ok(actorMatches(['Kataib Hezbollah'], "Kata'ib Hizballah"));
  assert.ok(actorMatches(['Iraqi security forces'], 'Government of Iraq'));
  assert.ok(actorMatches(['the PKK'], "Kurdistan Workers' Party (PKK)"));
  assert.ok(actorMatches(['Saraya Awliya al-Dam group'], 'Saraya Awliya al-Dam'));
});

test('different actors that share a word do not match', () => {
  assert.ok(!actorMatches(['Iraq'], 'Islamic State of Iraq and the Levant (ISIL)'));
  assert.ok(!actorMatches(['Hezbollah'], "Kata'ib Hizballah"));
  assert.ok(!actorMatches(['Iran-backed militias'], 'Government of Iraq'));
  assert.ok(!actorMatches(['Islamic Resistance in Iraq'], 'Islamic State'));
  assert.ok(!actorMatches(['gunmen'], 'Unknown'));
});

test('gold name forms include the acronym and the country of "Forces of X"', () => {
  const forms = goldNameForms('Islamic State of Iraq and the Levant (ISIL)');
  assert.ok(forms.includes('isil') && forms.includes('daesh'));
  assert.ok(goldNameForms('Police Forces of Iraq (2020-)').includes('iraq'));
});

test('unknown perpetrators are recognised', () => {
  assert.ok(isUnknownActor('Unknown'));
  assert.ok(isUnknownActor('Unidentified Armed Group (Iraq)'));
  assert.ok(!isUnknownActor('Civilians (Iraq)'));
});

test('descriptive targets share a word', () => {
  assert.ok(sharesWord(['a convoy'], 'Army Convoy'));
  assert.ok(sharesWord(['two soldiers'], 'Soldier'));
  assert.ok(!sharesWord(['the market'], 'Army Convoy'));
});

test('country codes: ISO alpha-3, CAMEO variants and names in actor text', () => {
  assert.equal(iso2Of('IRQ'), 'IQ');
  assert.equal(iso2Of('JAP'), 'JP');
  assert.equal(iso2Of('IGO'), null);
  assert.equal(countryInName('Iranian officials'), 'IR');
  assert.equal(countryInName('the United States'), 'US');
  assert.equal(countryInName('South Sudan army'), 'SS');
  assert.equal(countryInName('the rebels'), null);
});

test('ACLED naming: country qualifiers, regime years and units', () => {
  assert.ok(actorMatches(['Palestinian rioters'], 'Rioters (Palestine)'), 'the country in parentheses is the nationality');
  assert.ok(actorMatches(['Protesters (Iran)'], 'Protesters (Iran)'));
  assert.ok(!actorMatches(['Protesters (Iran)'], 'Protesters (Turkey)'), 'protesters of another country are not the same actor');
  assert.ok(actorMatches(['protesters'], 'Protesters (Iran)'), 'a bare description still names them');
  assert.ok(actorMatches(['Military Forces of Syria (2000-2024)'], 'Military Forces of Syria (2000-)'), 'the years of a regime are no part of the name');
  assert.ok(actorMatches(['Houthis'], 'Military Forces of Yemen (2016-) Supreme Political Council'), 'the unit after the years names the actor');
  assert.ok(!actorMatches(['Yemeni forces'], 'Military Forces of Yemen (2016-) Supreme Political Council'), 'the Houthi authorities are not the government forces');
  assert.ok(actorMatches(['Saudi-led coalition'], 'Operation Restoring Hope'));
  assert.ok(!actorMatches(['Iran'], 'Protesters (Iran)'), 'a country in parentheses is no acronym');
});
