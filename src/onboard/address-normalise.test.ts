import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareAddresses, normaliseAddress } from './address-normalise.js';
import { normalisePostalCode } from './postal-code.js';
import { kanjiNumber, normaliseJapaneseLine } from './japanese-address.js';

const key = (a: Parameters<typeof normaliseAddress>[0]) => normaliseAddress(a).key;

test('US: case, punctuation, Street/St, Apt/#, ZIP+4 and a one-cell address meet on one key', () => {
  const k = key({ line: '12 Elm Street, Apt. 4B', city: 'Springfield', region: 'IL', postalCode: '62704-1234', country: 'US' });
  assert.equal(k, 'US|62704||12 elm st unit 4b');
  assert.equal(key({ line: '12 ELM ST #4b', city: 'springfield', region: 'Illinois', postalCode: '62704', country: 'US' }), k);
  assert.equal(key({ line: '12 Elm St, Apt 4B, Springfield, IL 62704', country: 'US' }), k);
  // Another apartment in the same building is another household.
  assert.notEqual(key({ line: '12 Elm St Apt 5', postalCode: '62704', country: 'US' }), k);
  // "Noble" is a street name, not "No. ble".
  assert.equal(key({ line: '45 Noble Road', postalCode: '78701', country: 'US' }), 'US|78701||45 noble rd');
});

test('GB: flat before or after the street, postcode spacing and case', () => {
  const a = key({ line: 'Flat 3, 10 Downing Street', city: 'London', postalCode: 'sw1a 2aa', country: 'GB' });
  assert.equal(a, 'GB|SW1A2AA||10 downing st unit 3');
  assert.equal(key({ line: '10 Downing St., Flat 3', city: 'LONDON', postalCode: 'SW1A2AA', country: 'GB' }), a);
  assert.equal(key({ line: 'Flat 3, 10 Downing Street, London SW1A 2AA', country: 'GB' }), a);
  assert.equal(normalisePostalCode('SW1A 2AA', 'GB')?.area, 'SW1A');
  assert.equal(normalisePostalCode('SW1A-2AAX', 'GB')?.valid, false);
});

test('JP: 丁目/番地/号, kanji and full-width numerals, 〒 codes, prefecture/ward in or out of the line', () => {
  assert.equal(kanjiNumber('二十三'), 23);
  assert.equal(normaliseJapaneseLine('渋谷二丁目２１番１号'), '渋谷2-21-1');
  const a = key({ line: '東京都渋谷区渋谷二丁目２１番１号 渋谷ヒカリエ', city: '渋谷区', region: '東京都', postalCode: '〒150−0002', country: 'JP' });
  assert.equal(a, 'JP|1500002||渋谷2-21-1 渋谷ヒカリエ');
  assert.equal(key({ line: '渋谷2-21-1 渋谷ヒカリエ', city: '渋谷区', region: '東京都', postalCode: '1500002', country: 'JP' }), a);
  assert.equal(key({ line: '〒150-0002 東京都渋谷区渋谷2丁目21−1 渋谷ヒカリエ', country: 'JP' }), a);
  assert.notEqual(key({ line: '渋谷2-21-2', city: '渋谷区', postalCode: '150-0002', country: 'JP' }), a);
  assert.equal(normalisePostalCode('１５０－０００２', 'JP')?.value, '1500002');
});

test('AU/CA/DE forms', () => {
  assert.equal(key({ line: 'Unit 3/12 Smith Street', postalCode: '3065', country: 'AU' }), key({ line: '3/12 Smith St', postalCode: '3065', country: 'AU' }));
  assert.equal(key({ line: '100 Queen St W, Suite 200', postalCode: 'm5h 2n2', country: 'CA' }), key({ line: '100 Queen Street West Ste 200', postalCode: 'M5H2N2', country: 'CA' }));
  assert.equal(key({ line: 'Hauptstraße 5', postalCode: '80331', country: 'DE' }), key({ line: 'Hauptstr. 5', postalCode: '80331', country: 'DE' }));
  // A street with no postal code or city cannot be told apart from the same street in another town.
  assert.equal(key({ line: '12 Elm St', country: 'US' }), null);
});

test('compareAddresses reports the coarsest difference and tolerates city spellings when the postal code agrees', () => {
  const home = normaliseAddress({ line: '12 Elm St', city: 'Springfield', postalCode: '62704', country: 'US' });
  assert.equal(compareAddresses(normaliseAddress({ line: '12 Elm Street', city: 'SPRINGFIELD', postalCode: '62704-0001', country: 'US' }), home), null);
  assert.equal(compareAddresses(normaliseAddress({ line: '9 Oak Ave', city: 'Springfield', postalCode: '62704', country: 'US' }), home), 'street');
  assert.equal(compareAddresses(normaliseAddress({ line: '1 Main St', city: 'Chicago', postalCode: '60601', country: 'US' }), home), 'city');
  assert.equal(compareAddresses(normaliseAddress({ line: '1 Main St', city: 'Springfield', postalCode: '62711', country: 'US' }), home), 'postal');
  assert.equal(compareAddresses(normaliseAddress({ line: '1 King St', city: 'Toronto', postalCode: 'M5H 2N2', country: 'CA' }), home), 'country');
});
