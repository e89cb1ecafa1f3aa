import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isValidIBAN } from 'ibantools';
import { payDestination } from './bank-identity.js';
import { resolveConfig } from './config.js';
import { sameName, shareSurname } from './names.js';
import { checkPayroll } from './payroll-check.js';
import { indexPeople } from './types.js';
import { pay, person } from './test-builders.js';

const config = resolveConfig();
const rules = (alerts: { ruleId: string }[]) => alerts.map((a) => a.ruleId).sort();

const us = person({ employee_id: 'E100', full_name: 'Michael Brown', residence_country: 'US', hire_date: '2025-03-03' });
const gb = person({ employee_id: 'E200', full_name: 'Zoë Ann Müller', residence_country: 'GB' });
const de = person({ employee_id: 'E300', full_name: 'Jürgen Weiß', residence_country: 'DE' });
const people = indexPeople([us, gb, de]);

test('names compare tolerant of order, case, diacritics, initials — and still tell people apart', () => {
  assert.ok(sameName('Zoë Ann Müller', 'MULLER, Zoe'));
  assert.ok(sameName('Taro Yamada', 'YAMADA Taro'));
  assert.ok(sameName('J. Weiss', 'Jürgen Weiß'));
  assert.ok(!sameName('John Smith', 'Jane Smith'));
  assert.ok(!sameName('Michael Brown', 'Li Wei'));
  assert.ok(shareSurname('Anna Kowalski', 'Piotr Kowalski'));
  assert.ok(!shareSurname('John Smith', 'John Doe'));
});

test('a Chinese bank (BIC BKCHCNBJ) for a US resident is flagged as an advisory country', () => {
  const r = pay({ employee_id: 'E100', bank_name: 'Bank of China', bank_country: 'CN', bic: 'BKCHCNBJ', account_number: '6217 8500 0000 1234 567', account_holder: 'Michael Brown' });
  const d = payDestination(r);
  assert.equal(d.country, 'CN');
  assert.equal(d.bicValid, true);
  const alerts = checkPayroll([r], people, config);
  assert.deepEqual(rules(alerts), ['onboard.pay_advisory_country']);
  assert.equal(alerts[0]!.severity, 'high');
  assert.match(alerts[0]!.summary.en, /CN/);
  assert.ok(!JSON.stringify(alerts).includes('62178500000012'), 'full account number never appears');
});

test('China has no IBAN: a CN-prefixed "IBAN" fails validation and still resolves to CN', () => {
  const r = pay({ employee_id: 'E100', bank_name: 'Bank of China', account_number: 'CN12BKCH00000001234567', account_holder: 'Michael Brown' });
  assert.equal(payDestination(r).ibanValid, false);
  assert.deepEqual(rules(checkPayroll([r], people, config)), ['onboard.pay_advisory_country', 'onboard.pay_invalid_bank_id']);
});

test('valid GB and DE IBANs at home, holder spelled differently: nothing fires', () => {
  assert.ok(isValidIBAN('GB82WEST12345698765432') && isValidIBAN('DE89370400440532013000'));
  const records = [
    pay({ employee_id: 'E200', bank_name: 'NatWest', bank_country: 'GB', bic: 'NWBKGB2L', account_number: 'GB82 WEST 1234 5698 7654 32', account_holder: 'MULLER ZOE', currency: 'GBP' }),
    pay({ employee_id: 'E300', bank_name: 'Commerzbank', bank_country: 'DE', bic: 'COBADEFFXXX', account_number: 'DE89 3704 0044 0532 0130 00', account_holder: 'Juergen Weiss', currency: 'EUR' }),
  ];
  // "Juergen Weiss" is the transliteration of "Jürgen Weiß".
  assert.deepEqual(rules(checkPayroll(records, people, config)), []);
  const other = pay({ employee_id: 'E300', bank_country: 'DE', bic: 'COBADEFFXXX', account_number: 'DE89370400440532013000', account_holder: 'Hans Weiß' });
  assert.deepEqual(rules(checkPayroll([other], people, config)), ['onboard.pay_holder_mismatch']);
});

test('foreign bank, other holder, bad checksum, crypto are each flagged', () => {
  const alerts = checkPayroll([
    pay({ employee_id: 'E100', effective_date: '2025-03-03', bank_country: 'GB', bic: 'NWBKGB2L', account_number: 'GB00WEST12345698765432', account_holder: 'Li Wei' }),
  ], people, config);
  assert.deepEqual(rules(alerts), ['onboard.pay_foreign_bank', 'onboard.pay_holder_mismatch', 'onboard.pay_invalid_bank_id']);
  const crypto = checkPayroll([pay({ employee_id: 'E100', method: 'crypto', wallet_address: '0x52908400098527886E0F7030069857D2E4169EE7', currency: 'USDT' })], people, config);
  assert.deepEqual(rules(crypto), ['onboard.pay_crypto']);
});

test('one change after hire is normal; several soon after hire are flagged', () => {
  const acct = (date: string, n: string) => pay({ employee_id: 'E100', effective_date: date, bank_country: 'US', bic: 'CHASUS33', account_number: n, account_holder: 'Michael Brown' });
  const one = checkPayroll([acct('2025-03-03', '000111222333'), acct('2025-03-20', '000111222444')], people, config);
  assert.deepEqual(rules(one), []);
  const many = checkPayroll([acct('2025-03-03', '000111222333'), acct('2025-03-20', '000111222444'), acct('2025-04-15', '000999888777')], people, config);
  assert.deepEqual(rules(many), ['onboard.pay_changes_after_hire']);
  assert.equal(many[0]!.evidence.facts.earlyChanges, 2);
});

test('a GB Wise or LT Revolut account for a US resident is a weak foreign-bank finding; an ordinary GB bank stays medium', async () => {
  const { composeIBAN } = await import('ibantools');
  const wiseIban = composeIBAN({ countryCode: 'GB', bban: 'TRWI23140412345678' })!;
  assert.ok(isValidIBAN(wiseIban));
  const wise = pay({ employee_id: 'E100', bank_name: 'Wise Payments', bank_country: 'GB', account_number: wiseIban, account_holder: 'Michael Brown' });
  assert.equal(payDestination(wise).provider, 'Wise', 'recognised from the IBAN bank code alone');
  const [w] = checkPayroll([wise], people, config);
  assert.equal(w!.ruleId, 'onboard.pay_foreign_bank');
  assert.equal(w!.severity, 'low');
  assert.match(w!.summary.en, /a Wise account: the country is the provider's/);
  const paypal = pay({ employee_id: 'E100', method: 'payment_service', bank_name: 'PayPal', bank_country: 'GB', account_number: 'michael.brown@example.com', account_holder: 'Michael Brown' });
  const [pp] = checkPayroll([paypal], people, config);
  assert.equal(pp?.ruleId, 'onboard.pay_foreign_bank');
  assert.equal(pp?.severity, 'low', 'a payment service account sits in the service\'s country');
  const revolut = pay({ employee_id: 'E100', bank_name: 'UAB', bic: 'REVOLT21', account_number: 'LT12 1000 0111 0100 1000', account_holder: 'Michael Brown' });
  assert.equal(payDestination(revolut).provider, 'Revolut');
  const natwest = pay({ employee_id: 'E100', bank_name: 'NatWest', bic: 'NWBKGB2L', account_number: 'GB82 WEST 1234 5698 7654 32', account_holder: 'Michael Brown' });
  assert.equal(payDestination(natwest).provider, null);
  const [n] = checkPayroll([natwest], people, config);
  assert.equal(n!.ruleId, 'onboard.pay_foreign_bank');
  assert.equal(n!.severity, 'medium');
  // The provider never softens an advisory country or a proxy holder.
  const proxy = pay({ employee_id: 'E100', bank_name: 'Wise', bic: 'TRWIGB22', account_number: wiseIban, account_holder: 'Li Wei' });
  assert.ok(checkPayroll([proxy], people, config).some((a) => a.ruleId === 'onboard.pay_holder_mismatch' && a.severity === 'high'));
});
