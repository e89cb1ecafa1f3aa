// Masking by role and the IdP group → role mapping: what must and must not be shown.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRoleMap, roleFromClaims } from '../api/routes/oidc.js';
import { maskFor } from './mask.js';

const dossier = {
  name: 'Erin', payroll: [{ accountNumber: 'GB33 BUKB 2020 1555 5555 55', walletAddress: '0xAbCd0123', bankName: 'Bank' }],
  idv: [{ dateOfBirth: '1990-04-02', documentNumber: 'X1234567', documentType: 'passport' }],
  extra: { iban: 'DE89370400440532013000', passport_number: 'P99887766', team: 'blue' }, score: 72, none: null,
};

test('others see only the last four characters; admin and legal see everything; nothing else changes', () => {
  for (const role of ['hr', 'analyst', 'auditor', 'reporter'] as const) {
    const m = maskFor(dossier, role);
    assert.equal(m.payroll[0]!.accountNumber, '…5555');
    assert.equal(m.payroll[0]!.walletAddress, '…0123');
    assert.equal(m.idv[0]!.dateOfBirth, '…', 'a date of birth shows nothing');
    assert.equal(m.idv[0]!.documentNumber, '…4567');
    assert.equal(m.extra.iban, '…3000');
    assert.equal(m.extra.passport_number, '…7766');
    assert.deepEqual([m.name, m.payroll[0]!.bankName, m.idv[0]!.documentType, m.extra.team, m.score, m.none], ['Erin', 'Bank', 'passport', 'blue', 72, null]);
  }
  for (const role of ['admin', 'legal'] as const) assert.deepEqual(maskFor(dossier, role), dossier);
});

test('IdP groups map to the first matching role; no matching group gives no role', () => {
  const map = parseRoleMap('tl-admins=admin, sec=analyst ,people-team=hr');
  assert.equal(roleFromClaims({ groups: ['people-team', 'sec'] }, 'groups', map), 'analyst');
  assert.equal(roleFromClaims({ groups: 'tl-admins' }, 'groups', map), 'admin');
  assert.equal(roleFromClaims({ groups: ['everyone'] }, 'groups', map), null);
  assert.equal(roleFromClaims({}, 'groups', map), null);
  assert.throws(() => parseRoleMap('sec=superuser'), /not group=role/);
  assert.deepEqual(parseRoleMap(''), []);
});
