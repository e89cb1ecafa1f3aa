// STIX 2.1 sharing: exports validate against the STIX 2.1 JSON schemas (test/fixtures/stix-schema), carry TLP and
// confidence, hide PII when hashed, and re-import into watch-list items that match the original identifiers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { exportStixBundle, importStixBundle, matchWatchItems, TLP1_IDS, TLP2_IDS, type ShareIndicator } from './index.js';

const schemaDir = fileURLToPath(new URL('../../test/fixtures/stix-schema/', import.meta.url));
const ajv = new Ajv2020({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
for (const sub of ['common', 'sdos']) for (const f of readdirSync(join(schemaDir, sub))) ajv.addSchema(JSON.parse(readFileSync(join(schemaDir, sub, f), 'utf8')));
const validateBundle = ajv.getSchema('http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/common/bundle.json')!;

const NOW = '2025-06-01T12:00:00Z';
const INDICATORS: ShareIndicator[] = [
  { kind: 'email', value: 'Jon.Kim.Dev@Gmail.com', confidence: 85, firstSeen: '2025-03-01T00:00:00Z' },
  { kind: 'phone', value: '+1 (415) 555-0134' },
  { kind: 'ip', value: '203.0.113.45' },
  { kind: 'ip', value: '2001:db8::1' },
  { kind: 'asn', value: 'AS9009' },
  { kind: 'wallet', value: '0xAbCdEf0123456789aBcDeF0123456789AbCdEf01' },
  { kind: 'document-author', value: "Kim  O'Brien" },
  { kind: 'resume-sha256', value: 'A'.repeat(64) },
  { kind: 'resume-fingerprint', value: 'mh1:9f2c7a' },
];
const producer = { name: 'Example Corp Security' };

test('a plain export validates against the STIX 2.1 schema and carries TLP, confidence and patterns', () => {
  const { bundle, skipped } = exportStixBundle(INDICATORS, { producer, tlp: 'amber', now: NOW, confidence: 60 });
  assert.deepEqual(skipped, []);
  assert.ok(validateBundle(bundle), JSON.stringify(validateBundle.errors, null, 1));
  const [identity, marking, ...inds] = bundle.objects;
  assert.equal(identity!.type, 'identity');
  assert.equal(marking!.id, TLP2_IDS.amber);
  assert.equal(inds.length, 9);
  const patterns = inds.map((i) => (i as { pattern: string }).pattern).sort();
  assert.deepEqual(patterns, [
    "[autonomous-system:number = 9009]",
    "[cryptocurrency-wallet:value = '0xabcdef0123456789abcdef0123456789abcdef01']",
    "[email-addr:value = 'jon.kim.dev@gmail.com']",
    `[file:hashes.'SHA-256' = '${'a'.repeat(64)}']`,
    "[ipv4-addr:value = '203.0.113.45']",
    "[ipv6-addr:value = '2001:db8::1']",
    "[phone-number:value = '+14155550134']",
    "[x-document-author:value = 'kim o\\'brien']",
    "[x-resume-fingerprint:value = 'mh1:9f2c7a']",
  ]);
  const email = inds.find((i) => (i as { pattern: string }).pattern.includes('email')) as { confidence: number; valid_from: string; object_marking_refs: string[] };
  assert.equal(email.confidence, 85);
  assert.equal(email.valid_from, '2025-03-01T00:00:00.000Z');
  assert.deepEqual(email.object_marking_refs, [TLP2_IDS.amber]);
  assert.equal((inds.find((i) => (i as { pattern: string }).pattern.includes('ipv4')) as { confidence: number }).confidence, 60);
});

test('the schema rejects what STIX forbids (checks the checker)', () => {
  const { bundle } = exportStixBundle(INDICATORS.slice(0, 1), { producer, tlp: 'green', now: NOW });
  const bad = structuredClone(bundle) as unknown as { objects: Record<string, unknown>[] };
  bad.objects[2]!['created'] = '2025-06-01T12:00:00Z'; // no milliseconds
  assert.equal(validateBundle(bad), false);
  const bad2 = structuredClone(bundle) as unknown as { objects: Record<string, unknown>[] };
  delete bad2.objects[2]!['valid_from'];
  assert.equal(validateBundle(bad2), false);
  const bad3 = structuredClone(bundle) as unknown as { objects: Record<string, unknown>[] };
  bad3.objects[2]!['confidence'] = 101;
  assert.equal(validateBundle(bad3), false);
  const bad4 = structuredClone(bundle) as unknown as { objects: Record<string, unknown>[] };
  bad4.objects[2]!['CamelCase'] = 1;
  assert.equal(validateBundle(bad4), false);
});

test('export is deterministic and skips invalid values without echoing them', () => {
  const a = exportStixBundle(INDICATORS, { producer, tlp: 'amber', now: NOW });
  const b = exportStixBundle([...INDICATORS].reverse(), { producer, tlp: 'amber', now: NOW });
  assert.deepEqual(a, b);
  const r = exportStixBundle([{ kind: 'email', value: 'not-an-email' }, { kind: 'ip', value: '999.1.1.1' }, { kind: 'email', value: 'x@y.example' }], { producer, tlp: 'red', now: NOW });
  assert.deepEqual(r.skipped.map((s) => s.kind), ['email', 'ip']);
  assert.ok(!JSON.stringify(r.skipped).includes('not-an-email'));
  assert.equal(r.bundle.objects.length, 3);
});

test('keyed-hash sharing: no PII in the bundle, still valid, and partners with the key match', () => {
  const key = 'shared-isac-key-2025-rotation-1';
  const { bundle } = exportStixBundle(INDICATORS, { producer, tlp: 'amber+strict', now: NOW, hmac: { key, keyId: 'isac-2025-1' } });
  assert.ok(validateBundle(bundle), JSON.stringify(validateBundle.errors, null, 1));
  const text = JSON.stringify(bundle).toLowerCase();
  for (const pii of ['jon.kim.dev', '+14155550134', '0xabcdef0123456789', "o\\'brien"]) assert.ok(!text.includes(pii), pii);
  assert.ok(text.includes('203.0.113.45'), 'network indicators stay in clear by default');

  const { items } = importStixBundle(bundle);
  assert.equal(items.filter((i) => i.hashed).length, 4);
  const keys = { 'isac-2025-1': key };
  assert.equal(matchWatchItems(items, 'email', 'jon.kim.dev@gmail.com', keys).length, 1);
  assert.equal(matchWatchItems(items, 'phone', '+14155550134', keys).length, 1);
  assert.equal(matchWatchItems(items, 'email', 'someone.else@gmail.com', keys).length, 0);
  assert.equal(matchWatchItems(items, 'email', 'jon.kim.dev@gmail.com', { 'isac-2025-1': 'wrong-key-wrong-key' }).length, 0);
  assert.equal(matchWatchItems(items, 'email', 'jon.kim.dev@gmail.com').length, 0, 'no key, no match');
  assert.equal(matchWatchItems(items, 'wallet', '0xABCDEF0123456789ABCDEF0123456789ABCDEF01', keys).length, 1);
  assert.equal(items.find((i) => i.hashed)!.tlp, 'amber+strict');
});

test('round trip: export → import gives every value back with source, confidence and TLP', () => {
  const { bundle } = exportStixBundle(INDICATORS, { producer, tlp: 'green', now: NOW, confidence: 70 });
  const { items, skipped, errors } = importStixBundle(JSON.parse(JSON.stringify(bundle)));
  assert.equal(skipped, 0);
  assert.deepEqual(errors, []);
  assert.equal(items.length, 9);
  for (const i of items) { assert.equal(i.source, 'Example Corp Security'); assert.equal(i.tlp, 'green'); assert.equal(i.hashed, false); }
  assert.deepEqual(items.map((i) => `${i.kind}=${i.value}`).sort(), [
    `asn=9009`, `document-author=kim o'brien`, `email=jon.kim.dev@gmail.com`, 'ip=2001:db8::1', 'ip=203.0.113.45', 'phone=+14155550134',
    `resume-fingerprint=mh1:9f2c7a`, `resume-sha256=${'a'.repeat(64)}`, 'wallet=0xabcdef0123456789abcdef0123456789abcdef01',
  ]);
  assert.equal(items.find((i) => i.kind === 'email')!.confidence, 85);
  assert.equal(matchWatchItems(items, 'ip', '203.0.113.45').length, 1);
  assert.equal(matchWatchItems(items, 'ip', '203.0.113.46').length, 0);
});

test('imports a partner bundle: TLP 1.0 markings, revoked and expired indicators, other pattern types', () => {
  const partner = {
    type: 'bundle', id: 'bundle--5d0092c5-5f74-4287-9642-33f4c354e56d',
    objects: [
      { type: 'identity', spec_version: '2.1', id: 'identity--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f', created: '2025-01-01T00:00:00.000Z', modified: '2025-01-01T00:00:00.000Z', name: 'IT-ISAC', identity_class: 'organization' },
      { type: 'indicator', spec_version: '2.1', id: 'indicator--a1', created: '2025-01-01T00:00:00.000Z', modified: '2025-01-01T00:00:00.000Z', created_by_ref: 'identity--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
        pattern: "[email-addr:value = 'Recruit.Dev@Example.org'] OR [ipv4-addr:value = '198.51.100.0/24']", pattern_type: 'stix', valid_from: '2025-01-01T00:00:00Z', confidence: 90, object_marking_refs: [TLP1_IDS.white] },
      { type: 'indicator', spec_version: '2.1', id: 'indicator--a2', created: '2025-01-01T00:00:00.000Z', modified: '2025-01-01T00:00:00.000Z', pattern: "[domain-name:value = 'fake-dev-shop.example']", pattern_type: 'stix', valid_from: '2025-01-01T00:00:00Z', revoked: true },
      { type: 'indicator', spec_version: '2.1', id: 'indicator--a3', created: '2025-01-01T00:00:00.000Z', modified: '2025-01-01T00:00:00.000Z', pattern: "[email-addr:value = 'old@example.org']", pattern_type: 'stix', valid_from: '2024-01-01T00:00:00Z', valid_until: '2024-06-01T00:00:00Z' },
      { type: 'indicator', spec_version: '2.1', id: 'indicator--a4', created: '2025-01-01T00:00:00.000Z', modified: '2025-01-01T00:00:00.000Z', pattern: 'rule x { condition: true }', pattern_type: 'yara', valid_from: '2025-01-01T00:00:00Z' },
      { type: 'indicator', id: 'indicator--broken' },
    ],
  };
  const r = importStixBundle(partner, { now: NOW });
  assert.deepEqual(r.items.map((i) => [i.kind, i.value, i.source, i.tlp, i.confidence]), [
    ['email', 'recruit.dev@example.org', 'IT-ISAC', 'clear', 90],
    ['ip', '198.51.100.0/24', 'IT-ISAC', 'clear', 90],
  ]);
  assert.equal(r.skipped, 3);
  assert.equal(r.errors.length, 1);
  assert.throws(() => importStixBundle({ type: 'not-a-bundle' }));
});
