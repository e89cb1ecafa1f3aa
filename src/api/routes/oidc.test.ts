// Pending OIDC sign-ins: a state is accepted once, not after it expires, and a flood of started sign-ins (the login
// route is public) evicts the oldest instead of growing memory.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { pendingFlows } from './oidc.js';

it('a state is taken once and only before it expires', () => {
  let t = 0;
  const flows = pendingFlows(10, 1000, () => t);
  flows.add('s1', { verifier: 'v1', nonce: 'n1' });
  flows.add('s2', { verifier: 'v2', nonce: 'n2' });
  assert.deepEqual(flows.take('s1'), { verifier: 'v1', nonce: 'n1' });
  assert.equal(flows.take('s1'), null, 'replayed');
  assert.equal(flows.take('nope'), null);
  t = 1001;
  assert.equal(flows.take('s2'), null, 'expired');
  assert.equal(flows.size, 0, 'an expired flow is removed when looked up');
});

it('holds at most `max` flows: the oldest go first, expired ones are swept on each new sign-in', () => {
  let t = 0;
  const flows = pendingFlows(3, 1000, () => t);
  for (let i = 1; i <= 5; i++) { t = i; flows.add(`s${i}`, { verifier: `v${i}`, nonce: `n${i}` }); }
  assert.equal(flows.size, 3);
  assert.equal(flows.take('s1'), null);
  assert.equal(flows.take('s2'), null);
  assert.equal(flows.take('s3')?.verifier, 'v3');
  t = 2000;
  flows.add('s6', { verifier: 'v6', nonce: 'n6' });
  assert.equal(flows.size, 1, 's4 and s5 expired and were swept');
  assert.equal(flows.take('s6')?.nonce, 'n6');
});
