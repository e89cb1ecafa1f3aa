import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countryFacts, createEnricher, distanceKm, isHoliday, phoneFacts } from './index.js';

const enricher = createEnricher();

test('e-mail: free-mail, disposable, education, corporate, role accounts', () => {
  const g = enricher.emailFacts('John.Smith+jobs@GoogleMail.com')!;
  assert.equal(g.kind, 'free');
  assert.equal(g.canonical, 'johnsmith@gmail.com');
  assert.equal(g.plusTag, 'jobs');
  assert.equal(enricher.emailFacts('x@mailinator.com')!.kind, 'disposable');
  assert.equal(enricher.emailFacts('prof@cs.stanford.edu')!.kind, 'education');
  assert.equal(enricher.emailFacts('a@ox.ac.uk')!.kind, 'education');
  const corp = enricher.emailFacts('jane.doe+x@acme-widgets.co.jp')!;
  assert.equal(corp.kind, 'corporate');
  assert.equal(corp.canonical, 'jane.doe+x@acme-widgets.co.jp'); // unknown providers: no folding
  assert.equal(corp.role, false);
  assert.equal(enricher.emailFacts('hr@acme-widgets.co.jp')!.role, true);
  assert.equal(enricher.emailFacts('not an email'), null);
});

test('phone: E.164, country, type; invalid numbers say so', () => {
  const jp = phoneFacts('090-1234-5678', 'JP')!;
  assert.equal(jp.e164, '+819012345678');
  assert.equal(jp.country, 'JP');
  assert.equal(jp.type, 'MOBILE');
  assert.equal(jp.valid, true);
  const us = phoneFacts('+1 650-253-0000')!;
  assert.equal(us.country, 'US');
  assert.equal(us.valid, true);
  assert.notEqual(us.type, 'MOBILE');
  assert.equal(phoneFacts('+1 555-0100')?.valid ?? false, false);
  assert.equal(phoneFacts('call me'), null);
});

test('countries: zones, offsets, sanctions context, holidays', () => {
  const kp = countryFacts('kp')!;
  assert.deepEqual(kp.timeZones.map((z) => z.name), ['Asia/Pyongyang']);
  assert.equal(kp.timeZones[0]!.utcOffsetMinutes, 540);
  assert.equal(kp.sanctioned, true);
  assert.equal(kp.holidayData, false);
  const us = countryFacts('US', new Date('2026-07-01T00:00:00Z'))!;
  assert.equal(us.sanctioned, false);
  assert.equal(us.claimedNationalityInDprkSchemes, true);
  assert.equal(us.timeZones.find((z) => z.name === 'America/New_York')!.currentOffsetMinutes, -240);
  assert.equal(countryFacts('DE')!.claimedNationalityInDprkSchemes, false);
  assert.equal(countryFacts('XX'), null);
  assert.deepEqual(isHoliday('US', '2026-12-25'), { holiday: true, names: ['Christmas Day'] });
  assert.equal(isHoliday('US', '2026-12-23')!.holiday, false);
  assert.equal(isHoliday('KP', '2026-01-01'), null);
});

test('distance: Tokyo–Pyongyang about 1,290 km; same point 0', () => {
  const d = distanceKm({ lat: 35.6762, lon: 139.6503 }, { lat: 39.0392, lon: 125.7625 });
  assert.ok(d > 1250 && d < 1330, String(d));
  assert.equal(distanceKm({ lat: 1, lon: 2 }, { lat: 1, lon: 2 }), 0);
});
