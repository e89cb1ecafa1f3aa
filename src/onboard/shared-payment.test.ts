// Shared pay destinations compare stored blind indexes when records carry them (numbers encrypted at rest), and the
// numbers themselves when they do not (records built in memory).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PayDestinationIndexes, PayrollRecord } from '../model/index.js';
import { payDestination } from './bank-identity.js';
import { resolveConfig } from './config.js';
import { findSharedPayment } from './shared-payment.js';
import { pay } from './test-builders.js';

const IBAN = 'GB33BUKB20201555555555';
const shared = (rs: (PayrollRecord & PayDestinationIndexes)[]) =>
  findSharedPayment(rs, () => false, resolveConfig()).alerts.map((a) => a.subjectId).sort();

test('in memory: one IBAN for two people is shared, two IBANs are not', () => {
  assert.deepEqual(shared([pay({ employee_id: 'A', account_number: IBAN }), pay({ employee_id: 'B', account_number: IBAN.toLowerCase() })]), ['A', 'B']);
  assert.deepEqual(shared([pay({ employee_id: 'A', account_number: IBAN }), pay({ employee_id: 'B', account_number: 'DE89370400440532013000' })]), []);
});

test('from the store: equal indexes match whatever the numbers; different indexes never do', () => {
  const a = { ...pay({ employee_id: 'A', account_number: IBAN }), accountNumberIndex: 'idx-1' };
  const b = { ...pay({ employee_id: 'B', account_number: 'DE89370400440532013000' }), accountNumberIndex: 'idx-1' };
  assert.deepEqual(shared([a, b]), ['A', 'B']);
  assert.deepEqual(shared([a, { ...pay({ employee_id: 'B', account_number: IBAN }), accountNumberIndex: 'idx-2' }]), []);
  // The key never carries the number, only the index; the IBAN is still validated from the decrypted value.
  const d = payDestination(a);
  assert.ok(d.key?.includes('idx-1') && !d.key.includes(IBAN));
  assert.equal(d.ibanValid, true);
  assert.equal(d.country, 'GB');
  // A wallet written in the account-number column matches through that column's index (one index domain).
  const w1 = { ...pay({ employee_id: 'C', method: 'crypto', wallet_address: '0xabc' }), walletAddressIndex: 'w' };
  const w2 = { ...pay({ employee_id: 'D', method: 'crypto', account_number: '0xABC' }), accountNumberIndex: 'w' };
  assert.deepEqual(shared([w1, w2]), ['C', 'D']);
});
