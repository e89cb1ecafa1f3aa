import assert from 'node:assert/strict';
import { test } from 'node:test';
import { distanceKm } from './distance.js';
import { geocodeResidence, sameRegion, withResidenceCoordinates } from './geocode.js';

const near = (r: ReturnType<typeof geocodeResidence>, lat: number, lon: number, km = 25) => assert.ok(r && distanceKm(r, { lat, lon }) < km, JSON.stringify(r));

test('residences resolve to their city, across diacritics, region spellings and GeoNames naming', () => {
  near(geocodeResidence({ country: 'US', region: 'Texas', city: 'Austin' }), 30.27, -97.74);
  near(geocodeResidence({ country: 'us', region: 'TX', city: 'Houston' }), 29.76, -95.36);
  near(geocodeResidence({ country: 'PL', region: 'Lesser Poland', city: 'Krakow' }), 50.06, 19.94);
  near(geocodeResidence({ country: 'US', region: 'New York', city: 'New York' }), 40.71, -74.0);
  near(geocodeResidence({ country: 'US', region: 'Oregon', city: 'Portland' }), 45.52, -122.68);
  assert.equal(geocodeResidence({ country: 'US', region: 'Texas', city: 'Austin' })?.region, 'Texas');
});

test('no guessing: ambiguous names without a region, unknown places and large regions stay unresolved', () => {
  assert.equal(geocodeResidence({ country: 'US', city: 'Portland' }), null, 'Portland OR and Portland ME are 4,000 km apart');
  assert.equal(geocodeResidence({ country: 'US', region: 'Texas', city: 'Nowhereville Xyz' }), null, 'Texas is too large for its centre to stand in');
  assert.equal(geocodeResidence({ country: null, city: 'Austin' }), null);
  // An exonym the gazetteer lacks falls back to a compact region's centre, marked as such.
  const cologne = geocodeResidence({ country: 'DE', region: 'North Rhine-Westphalia', city: 'Cologne' });
  assert.equal(cologne?.precision, 'region');
  near(cologne, 50.94, 6.96, 120);
});

test('region names compare by gazetteer code, not spelling', () => {
  assert.ok(sameRegion('US', 'Texas', 'TX'));
  assert.ok(sameRegion('DE', 'Land Berlin', 'Berlin'));
  assert.ok(!sameRegion('US', 'Texas', 'Oklahoma'));
  const [a, b] = withResidenceCoordinates([{ residenceCountry: 'JP', residenceRegion: 'Kanagawa', residenceCity: 'Yokohama' }, { residenceCountry: null }]);
  assert.ok(a!.residenceLat !== null && a!.residenceGeoRegion === 'Kanagawa');
  assert.equal(b!.residenceLat, null);
});
