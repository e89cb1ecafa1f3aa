// The stream's attribution follows the store's: e-mail, then same-system account, then an unambiguous account
// name; a membership add belongs to the member added, not the admin who added them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAttributor } from './attribute.js';

const attribute = createAttributor(
  [{ employeeId: 'E1', email: 'ana@example.com' }, { employeeId: 'E2', email: 'admin@example.com' }],
  [{ employeeId: 'E1', system: 'github', account: 'ana-dev' }, { employeeId: 'E3', system: 'github', account: 'shared' }, { employeeId: 'E4', system: 'vpn', account: 'shared' }],
);

test('actors resolve by e-mail, by account on the same system, and by an account name that is unambiguous', () => {
  assert.equal(attribute('okta', 'ana@example.com'), 'E1');
  assert.equal(attribute('github', 'ana-dev'), 'E1');
  assert.equal(attribute('vpn', 'ana-dev'), 'E1', 'one person has that name on any system');
  assert.equal(attribute('okta', 'shared'), null, 'two people have that name: left unattributed');
  assert.equal(attribute('okta', null), null);
});

test('a membership add is the invitee\'s; other events stay with the actor', () => {
  const add = { category: 'iam.member_add', target: 'ana-dev', targetType: 'user' };
  assert.equal(attribute('github', 'admin@example.com', add), 'E1');
  assert.equal(attribute('github', 'admin@example.com', { ...add, target: 'ANA@example.com', targetType: 'User' }), 'E1');
  assert.equal(attribute('github', 'admin@example.com', { ...add, target: 'unknown-user' }), 'E2', 'unknown invitee: the actor, as before');
  assert.equal(attribute('github', 'admin@example.com', { ...add, category: 'code.token_create' }), 'E2');
  assert.equal(attribute('github', 'admin@example.com', { ...add, targetType: 'repo' }), 'E2');
});
