import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveConfig } from './config.js';
import { findSharedInfrastructure } from './shared-infrastructure.js';
import { event, workdays } from './test-builders.js';

const config = resolveConfig();
const none = () => false;

test('same device id in the same period links two people; a reassigned laptop (sequential use) does not', () => {
  const shared = [
    ...workdays({ personId: 'A', ip: '10.0.0.5', net: 'private', deviceId: 'a3f1c9e2-7d4b-4c1e-9a0b-2f6d8e1c5b7a', start: '2025-04-07', days: 5 }),
    ...workdays({ personId: 'B', ip: '10.0.0.6', net: 'private', deviceId: 'a3f1c9e2-7d4b-4c1e-9a0b-2f6d8e1c5b7a', start: '2025-04-08', days: 5 }),
  ];
  const { edges } = findSharedInfrastructure(shared, none, config);
  assert.deepEqual(edges.map((e) => [e.a, e.b, e.kind]), [['A', 'B', 'device']]);
  const reassigned = [
    ...workdays({ personId: 'A', deviceId: 'LAPTOP-77', start: '2025-01-06', days: 5 }),
    ...workdays({ personId: 'C', deviceId: 'LAPTOP-77', start: '2025-03-03', days: 5 }),
  ];
  assert.deepEqual(findSharedInfrastructure(reassigned, none, config).edges, []);
});

test('one MFA authenticator and one endpoint hostname across two people are links; default hostnames are not', () => {
  const evs = [
    event({ personId: 'A', time: '2025-04-07T14:00:00Z', deviceName: 'DESKTOP-8K2JQ4M.corp.example.com', attrs: { authenticatorId: 'Pixel 7 (+1 312 555 0199)' } }),
    event({ personId: 'B', time: '2025-04-07T15:00:00Z', deviceName: 'desktop-8k2jq4m', attrs: { authenticatorId: 'pixel 7 (+1 312 555 0199)' } }),
    event({ personId: 'C', time: '2025-04-07T15:00:00Z', deviceName: 'iPhone' }),
    event({ personId: 'D', time: '2025-04-07T15:30:00Z', deviceName: 'iphone' }),
  ];
  const kinds = findSharedInfrastructure(evs, none, config).edges.map((e) => `${e.a}-${e.b}:${e.kind}`).sort();
  assert.deepEqual(kinds, ['A-B:authenticator', 'A-B:hostname']);
});

test('residential IP use that never overlaps in time is no link; relay and mobile egress never are', () => {
  const evs = [
    ...workdays({ personId: 'A', ip: '24.6.33.120', start: '2025-01-06', days: 5 }),
    ...workdays({ personId: 'B', ip: '24.6.33.120', start: '2025-05-05', days: 5 }),
    ...workdays({ personId: 'A', ip: '172.224.226.9', net: 'relay', start: '2025-02-03', days: 5 }),
    ...workdays({ personId: 'B', ip: '172.224.226.9', net: 'relay', start: '2025-02-03', days: 5 }),
    ...workdays({ personId: 'A', ip: '100.64.3.9', net: 'mobile', start: '2025-02-03', days: 5 }),
    ...workdays({ personId: 'B', ip: '100.64.3.9', net: 'mobile', start: '2025-02-03', days: 5 }),
  ];
  assert.deepEqual(findSharedInfrastructure(evs, none, config).edges, []);
});
