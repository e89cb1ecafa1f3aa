import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { oktaSource } from '../sources/okta/index.js';
import type { NormalizedEvent } from '../model/event.js';
import { ipFacts, buildPerson } from './event-builder.js';
import { analyzeAll } from './analyze-all.js';
import type { EnrichedEvent } from './types.js';

/** Okta System Log records adapted from panther-analysis test events (ISO `published`, uuid added, IPs and times changed). */
function oktaRecord(uuid: string, published: string, eventType: string, ip: string, extra: Record<string, unknown> = {}) {
  return {
    uuid, published, eventType, version: '0', severity: 'INFO', displayMessage: 'User login to Okta',
    actor: { alternateId: 'homer@springfield.gov', displayName: 'Homer Simpson', id: '00u111111', type: 'User' },
    client: { device: 'Computer', ipAddress: ip, userAgent: { browser: 'CHROME', os: 'Mac OS X', rawUserAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/99.0.4844.83 Safari/537.36' }, zone: 'null' },
    authenticationContext: { externalSessionId: `idx${uuid.slice(0, 6)}` },
    outcome: { result: 'SUCCESS' },
    ...extra,
  };
}

async function parse(records: object[]): Promise<NormalizedEvent[]> {
  const out: NormalizedEvent[] = [];
  for await (const item of oktaSource.parse(Readable.from([records.map((r) => JSON.stringify(r)).join('\n')]), 'okta.jsonl')) {
    assert.ok(item.ok, JSON.stringify(item));
    out.push(item.record);
  }
  return out;
}

test('Okta records through the real parser: impossible travel and a factor reset in week one', async () => {
  const events = await parse([
    oktaRecord('a1b2c3d4-0001', '2025-03-05T15:00:00.000Z', 'user.session.start', '73.1.1.1'),
    oktaRecord('a1b2c3d4-0002', '2025-03-05T15:40:00.000Z', 'user.session.start', '36.1.1.1'),
    oktaRecord('a1b2c3d4-0003', '2025-03-05T16:00:00.000Z', 'user.mfa.factor.reset_all', '36.1.1.1', { target: [{ alternateId: 'homer@springfield.gov', type: 'User', id: '00u111111' }] }),
  ]);
  assert.equal(events[0]!.category, 'auth.login');
  assert.equal(events[2]!.category, 'auth.mfa_change');
  // Enrichment facts as the enricher would attach them (set directly: detection must not depend on the GeoIP data here).
  const geo: Record<string, EnrichedEvent['enrichment']> = {
    '73.1.1.1': { ip: ipFacts({ ip: '73.1.1.1', lat: 30.27, lon: -97.74, city: 'Austin' }) },
    '36.1.1.1': { ip: ipFacts({ ip: '36.1.1.1', country: 'CN', lat: 41.8, lon: 123.43, city: 'Shenyang', asn: 4837, asOrg: 'CHINA UNICOM' }) },
  };
  const enriched = events.map((e) => ({ personId: 'E1', event: { ...e, enrichment: geo[e.ip ?? ''] ?? {} } }));
  const alerts = analyzeAll(enriched, [buildPerson({ personId: 'E1', hireDate: '2025-03-03' })]);
  const byRule = new Map(alerts.map((a) => [a.ruleId, a]));
  assert.ok(byRule.has('impossible-travel'));
  assert.deepEqual(byRule.get('impossible-travel')!.evidence.eventIds, [events[0]!.id, events[1]!.id]);
  assert.equal(byRule.get('early-tenure-sensitive-changes')?.severity, 'medium');
  assert.ok(!byRule.has('mfa-reset'), 'building block stays hidden');
  // A long-tenured person with the same factor reset and only home sign-ins raises nothing.
  const calm = analyzeAll([enriched[0]!, { personId: 'E1', event: { ...enriched[2]!.event, enrichment: geo['73.1.1.1']! } }], [buildPerson({ personId: 'E1', hireDate: '2019-01-07' })]);
  assert.deepEqual(calm.map((a) => a.ruleId), []);
});

test('Defender registry rows through the real parser and enricher: remote tools set to start by themselves are reported', async () => {
  const { readFile } = await import('node:fs/promises');
  const { defenderSource } = await import('../sources/defender/index.js');
  const { createEnricher } = await import('../enrich/index.js');
  const file = new URL('../../test/fixtures/defender/defender-registry-api.json', import.meta.url);
  const events: NormalizedEvent[] = [];
  for await (const item of defenderSource.parse(Readable.from([await readFile(file, 'utf8')]), 'defender-registry-api.json')) {
    assert.ok(item.ok, JSON.stringify(item));
    events.push(item.record);
  }
  const enricher = createEnricher();
  const enriched = events.map((e) => ({ personId: 'E1', event: { ...e, enrichment: enricher.enrich(e) } }));
  assert.deepEqual(enriched.filter((e) => e.event.enrichment.remoteTool).map((e) => e.event.enrichment.remoteTool!.tool), ['AnyDesk', 'AnyDesk', 'RustDesk'],
    'the service ImagePath and the Run value name their tools (the AnyDesk key creation by AnyDesk.exe too)');
  const alerts = analyzeAll(enriched, [buildPerson({ personId: 'E1', hireDate: '2024-01-08', department: 'Engineering', jobTitle: 'Software Engineer' })]);
  const rmm = alerts.filter((a) => a.ruleId === 'rmm-tool-execution');
  assert.deepEqual(rmm.map((a) => a.evidence.facts['enrichment.remoteTool.tool']), ['AnyDesk', 'RustDesk']);
  assert.ok(alerts.some((a) => a.ruleId === 'rmm-multiple-tools'), 'two remote tools on one laptop');
  assert.ok(alerts.some((a) => a.ruleId === 'edr-exclusion'), 'the Defender exclusion and the firewall change are defense changes');
  assert.ok(!alerts.some((a) => a.evidence.eventIds.includes(enriched[5]!.event.id)), 'a deleted Run value raises nothing');
});
