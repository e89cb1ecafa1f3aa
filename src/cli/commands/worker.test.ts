// `--tenants`: which tenants a worker serves, each with its partition count; bad lists are refused before any work.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTenants } from './worker.js';

test('--tenants: plain ids take the default P, "tenant:P" sets its own', () => {
  assert.deepEqual(parseTenants('acme, globex:4 ,initech', 16), [
    { tenant: 'acme', partitions: 16 }, { tenant: 'globex', partitions: 4 }, { tenant: 'initech', partitions: 16 },
  ]);
});

test('--tenants: refuses what would make a worker consume the wrong subjects', () => {
  assert.throws(() => parseTenants('Acme', 16), /"Acme" is not a tenant id/);
  assert.throws(() => parseTenants('a.b', 16), /not a tenant id/, 'a dot would change the subject hierarchy');
  assert.throws(() => parseTenants('acme:0', 16), /partitions must be 1–1024/);
  assert.throws(() => parseTenants('acme:x', 16), /partitions must be 1–1024/);
  assert.throws(() => parseTenants('acme,acme:2', 16), /listed twice/);
  assert.throws(() => parseTenants(' , ', 16), /no tenant given/);
});
