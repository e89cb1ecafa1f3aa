import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileMatch, requiredCategories } from './match.js';
import type { MatchExpr } from './rule-schema.js';
import { buildEvent, buildPerson, ipFacts } from './event-builder.js';
import { personFacts } from './person-facts.js';
import type { EnrichedEvent } from './types.js';

const view = (ev: EnrichedEvent, person = buildPerson()) => ({ ev, t: Date.parse(ev.time), person: personFacts(person) });
const m = (expr: MatchExpr, ev: EnrichedEvent, lists = {}, person = buildPerson()) => compileMatch(expr, lists)(view(ev, person));

const ev = buildEvent({
  category: 'endpoint.process', type: 'ProcessCreated', ip: '10.2.3.4', actor: 'Dev@Example.com',
  attrs: { processName: 'AnyDesk.exe', tags: ['a', 'b'], bytes: 2048 },
  enrichment: { ip: ipFacts({ ip: '10.2.3.4', networkClass: 'private', country: null }) },
});

test('equals and in compare case-insensitively; contains/startswith/endswith take lists', () => {
  assert.equal(m({ field: 'attrs.processName', equals: 'anydesk.exe' }, ev), true);
  assert.equal(m({ field: 'attrs.processName', equals: 'teamviewer.exe' }, ev), false);
  assert.equal(m({ field: 'category', in: ['auth.login', 'endpoint.process'] }, ev), true);
  assert.equal(m({ field: 'actor', contains: ['nobody', '@example'] }, ev), true);
  assert.equal(m({ field: 'actor', startswith: 'dev@' }, ev), true);
  assert.equal(m({ field: 'actor', endswith: '.org' }, ev), false);
});

test('regex, cidr, numeric compare, exists and arrays', () => {
  assert.equal(m({ field: 'attrs.processName', regex: '^any', flags: 'i' }, ev), true);
  assert.equal(m({ field: 'attrs.processName', regex: '^any' }, ev), false);
  assert.equal(m({ field: 'ip', cidr: ['10.0.0.0/8'] }, ev), true);
  assert.equal(m({ field: 'ip', cidr: '192.168.0.0/16' }, ev), false);
  assert.equal(m({ field: 'attrs.bytes', gte: 2048 }, ev), true);
  assert.equal(m({ field: 'attrs.bytes', gt: 2048 }, ev), false);
  assert.equal(m({ field: 'attrs.missing', exists: false }, ev), true);
  assert.equal(m({ field: 'attrs.missing', equals: 'x' }, ev), false);
  assert.equal(m({ field: 'attrs.tags', equals: 'b' }, ev), true);
  assert.equal(m({ field: 'enrichment.ip.networkClass', equals: 'private' }, ev), true);
});

test('and / or / not, named lists and computed person fields', () => {
  const expr: MatchExpr = { and: [{ field: 'category', equals: 'endpoint.process' }, { not: { field: 'attrs.processName', in_list: 'ok' } }] };
  assert.equal(m(expr, ev, { ok: ['chrome.exe'] }), true);
  assert.equal(m(expr, ev, { ok: ['AnyDesk.exe'] }), false);
  assert.equal(m({ or: [{ field: 'category', equals: 'x' }, { field: 'type', equals: 'processcreated' }] }, ev), true);
  assert.throws(() => compileMatch({ field: 'a', in_list: 'nope' }, {}), /unknown list/);
  const newHire = buildPerson({ hireDate: '2025-02-20' });
  const evMarch = buildEvent({ time: '2025-03-03T10:00:00Z' });
  assert.equal(m({ field: 'person.tenureDays', lte: 30 }, evMarch, {}, newHire), true);
  assert.equal(m({ field: 'person.tenureDays', lte: 30 }, evMarch, {}, buildPerson({ hireDate: '2020-01-01' })), false);
});

test('rules are indexed by a top-level category condition only', () => {
  assert.deepEqual(requiredCategories({ and: [{ field: 'category', in: ['a', 'b'] }, { field: 'x', exists: true }] }), ['a', 'b']);
  assert.equal(requiredCategories({ or: [{ field: 'category', equals: 'a' }] }), null);
});
