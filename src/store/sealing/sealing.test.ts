// Sensitive fields at rest, on each engine: stored rows hold no plaintext, re-imports stay duplicates, reads and the
// shared-payment check see through the encryption, rows from before encryption are sealed on first use, and both
// key rotations keep every value readable.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { peopleCsv } from '../../../test/support/people-fixture.js';
import {
  DOB_IDV, DOB_PERSON, DOCUMENT_NUMBER, IBAN_OTHER, IBAN_SHARED, PLAINTEXTS, ROWS, WALLET, writeSensitiveCsvs,
} from '../../../test/support/sensitive-fixture.js';
import { testEngines } from '../../../test/support/test-db.js';
import { makeKeyring, parseMasterKey } from '../../crypto/index.js';
import { analyzeOnboarding } from '../../onboard/index.js';
import { importFile } from '../../pipeline/import-file.js';
import { sources } from '../../sources/registry.js';
import type { Database, Db } from '../db.js';
import { loadIdvChecks, loadPayroll, loadPeople } from '../hr-repo.js';
import { selectRows } from '../read/rows.js';
import { idvChecks, payroll, people } from '../schema/index.js';
import { attachKeyring, registerKeySource } from './key-registry.js';
import { rotateFieldKey, rotateMasterKey } from './key-rotation.js';
import { forgetCiphers, tenantCipher } from './tenant-cipher.js';

const dir = mkdtempSync(join(tmpdir(), 'trustline-sealing-'));
const files = writeSensitiveCsvs(join(dir, 'in'));
const key = (id: string) => parseMasterKey(`${id}:${Buffer.alloc(32, id).toString('base64')}`);

async function importAll(db: Db, batchSize?: number) {
  const out: Record<string, { accepted: number; updated: number; duplicate: number; rejected: number }> = {};
  for (const path of [files.people, files.payroll, files.idv]) {
    const s = await importFile({ db, tenantId: 'default', path, sources, rejectsDir: join(dir, 'rejects'), batchSize });
    out[path.split('/').pop()!] = { accepted: s.accepted, updated: s.updated, duplicate: s.duplicate, rejected: s.rejected };
  }
  return out;
}

/** Every stored row of the HR tables and the alerts, as the text a database dump would show. */
async function dump(db: Db): Promise<string> {
  const rows = await selectRows<{ t: string }>(db, sql`
    select t::text as t from payroll t union all select t::text from idv_checks t union all select t::text from people t
    union all select t::text from alerts t union all select t::text from clusters t`);
  return rows.map((r) => r.t).join('\n');
}

function assertNoPlaintext(text: string, what: string) {
  for (const p of PLAINTEXTS) assert.ok(!text.toLowerCase().includes(p.toLowerCase()), `${what} holds ${p} in clear`);
}

const duplicatesOnly = (counts: Record<string, { accepted: number; updated: number; duplicate: number }>) =>
  Object.fromEntries(Object.keys(ROWS).map((f) => [f, { accepted: 0, updated: 0, duplicate: ROWS[f as keyof typeof ROWS] }]));
const pick = (counts: Record<string, { accepted: number; updated: number; duplicate: number }>) =>
  Object.fromEntries(Object.entries(counts).map(([f, c]) => [f, { accepted: c.accepted, updated: c.updated, duplicate: c.duplicate }]));

for (const engine of testEngines()) {
  describe(`sensitive fields at rest on ${engine.name}`, { timeout: 120_000 }, () => {
    const open: Database[] = [];
    after(async () => { await Promise.all(open.map((d) => d.close())); });
    const fresh = async () => { const d = await engine.open(); open.push(d); attachKeyring(d.db, makeKeyring(key('k1'))); return d; };

    test('stored rows hold ciphertext and blind indexes, never the numbers; a re-import reports duplicates', async () => {
      const d = await fresh();
      const first = await importAll(d.db);
      assert.deepEqual(pick(first), Object.fromEntries(Object.entries(ROWS).map(([f, n]) => [f, { accepted: n, updated: 0, duplicate: 0 }])));
      assertNoPlaintext(await dump(d.db), 'the database');
      const pay = await selectRows<{ employee_id: string; method: string; account_number: string | null; wallet_address: string | null; account_number_index: string | null; wallet_address_index: string | null }>(d.db,
        sql`select employee_id, method, account_number, wallet_address, account_number_index, wallet_address_index from payroll order by employee_id, effective_date`);
      const bank = pay.filter((r) => r.method === 'bank');
      assert.ok(bank.every((r) => /^v1:f[0-9a-f]{12}:/.test(r.account_number!) && /^[\w-]{22}$/.test(r.account_number_index!)));
      assert.equal(bank[0]!.account_number_index, bank[1]!.account_number_index, 'one IBAN written two ways: one index');
      assert.notEqual(bank[0]!.account_number_index, bank[2]!.account_number_index, 'another IBAN: another index');
      const wallets = pay.filter((r) => r.method === 'crypto');
      assert.equal(wallets[0]!.wallet_address_index, wallets[1]!.wallet_address_index);
      assert.deepEqual(pay.find((r) => r.method === 'check'), { employee_id: 'E4', method: 'check', account_number: null, wallet_address: null, account_number_index: null, wallet_address_index: null });
      const [idv] = await selectRows<{ date_of_birth: string; extra: unknown }>(d.db, sql`select date_of_birth, extra from idv_checks limit 1`);
      assert.match(idv!.date_of_birth, /^v1:/);
      assert.match((idv!.extra as Record<string, string>).document_number!, /^v1:/);
      assert.equal((idv!.extra as Record<string, string>).document_number, (await selectRows<{ d: string }>(d.db, sql`select extra->>'document_number' as d from idv_checks order by checked_at desc limit 1`))[0]!.d,
        'deterministic: the same number in two rows is the same string');

      assert.deepEqual(pick(await importAll(d.db)), duplicatesOnly(first), 'same files again: duplicates, not updates');
      assert.deepEqual(pick(await importAll(d.db, 2)), duplicatesOnly(first), 'in other batch sizes too');
    });

    test('reads decrypt: HR loaders give the numbers back; unreadable without the keys', async () => {
      const d = await fresh();
      await importAll(d.db);
      const pay = await loadPayroll(d.db, 'default');
      assert.deepEqual(pay.filter((p) => p.method === 'bank').map((p) => p.accountNumber).sort(), [IBAN_OTHER, IBAN_SHARED, IBAN_SHARED]);
      assert.deepEqual(pay.filter((p) => p.method === 'crypto').map((p) => p.walletAddress).sort(), [WALLET.toLowerCase(), WALLET].sort());
      const idv = await loadIdvChecks(d.db, 'default');
      assert.deepEqual(idv.map((c) => c.dateOfBirth).sort(), [...DOB_IDV]);
      assert.deepEqual(idv.map((c) => c.extra.document_number), [DOCUMENT_NUMBER, DOCUMENT_NUMBER]);
      assert.equal((await loadPeople(d.db, 'default')).find((p) => p.employeeId === 'E1')?.extra.date_of_birth, DOB_PERSON);
      // Another master key cannot open the tenant's data keys.
      attachKeyring(d.db, makeKeyring(key('k2')));
      forgetCiphers(d.db);
      await assert.rejects(loadPayroll(d.db, 'default'), (e: Error) => /master key k1, which is not configured/.test(e.message) && !e.message.includes(IBAN_SHARED));
    });

    test('one IBAN paid to two people is found through the blind index; different IBANs are not shared', async () => {
      const d = await fresh();
      await importAll(d.db);
      const [ppl, pay] = await Promise.all([loadPeople(d.db, 'default'), loadPayroll(d.db, 'default')]);
      const shared = (rs: typeof pay) => analyzeOnboarding({ people: ppl, payroll: rs }).alerts.filter((a) => a.ruleId === 'onboard.shared_pay_destination');
      const found = shared(pay);
      assert.deepEqual(found.map((a) => `${a.subjectId}:${a.evidence.facts.method}`).sort(), ['E1:bank', 'E2:bank', 'E3:crypto', 'E4:crypto']);
      assert.ok(!found.some((a) => (a.evidence.facts.members as string[]).includes('E3') && a.evidence.facts.method === 'bank'), 'E3\'s own IBAN is nobody else\'s');
      // The comparison is on the index: scrambled numbers with the stored indexes still match…
      const scrambled = pay.map((p, i) => ({ ...p, accountNumber: p.accountNumber ? `GB${String(10 + i)}BUKB2020155555${i}` : null, walletAddress: p.walletAddress ? `0x${i}` : null }));
      assert.equal(shared(scrambled).length, 4);
      // …and the same numbers under different indexes do not.
      assert.equal(shared(pay.map((p, i) => ({ ...p, accountNumberIndex: p.accountNumberIndex ? `i${i}` : null, walletAddressIndex: p.walletAddressIndex ? `w${i}` : null }))).length, 0);
      // Nothing the check stores (alerts, cluster edges) can be hashed back to the numbers without the index key.
      assert.ok(!JSON.stringify(found).includes(IBAN_SHARED) && !JSON.stringify(found).toLowerCase().includes(WALLET.toLowerCase()));
    });

    test('rows written before encryption are sealed on first use of the keys, and a re-import then reports duplicates', async () => {
      const d = await engine.open(); open.push(d);
      attachKeyring(d.db, makeKeyring(key('k1')));
      // As an earlier version stored them: numbers in clear, payroll id from the plaintext, a date column.
      const base = { tenantId: 'default', rowHash: 'legacy', extra: {} };
      await d.db.insert(people).values({ ...base, employeeId: 'E1', email: 'erin.one@example.com', fullName: 'Erin One', employmentType: 'employee', hireDate: '2025-01-06', jobTitle: 'Engineer', department: 'Engineering', residenceCountry: 'GB', residenceCity: 'London', timezone: 'Europe/London', extra: { date_of_birth: DOB_PERSON } });
      await d.db.insert(payroll).values({ ...base, id: 'legacy-id-1', employeeId: 'E1', effectiveDate: '2025-01-31', method: 'bank', bankName: 'Barclays', bankCountry: 'GB', bic: 'BUKBGB22', accountNumber: IBAN_SHARED, accountHolder: 'Erin One', currency: 'GBP' });
      await d.db.insert(idvChecks).values({ ...base, id: 'legacy-idv-1', subjectId: 'C1', provider: 'onfido', checkedAt: '2025-01-02T10:00:00Z', result: 'pass', documentCountry: 'GB', documentType: 'passport', nameOnDocument: 'Erin One', dateOfBirth: DOB_IDV[0], extra: { document_number: DOCUMENT_NUMBER } });
      assert.equal((await loadPayroll(d.db, 'default'))[0]?.accountNumber, IBAN_SHARED, 'plaintext from before reads as it is');
      await tenantCipher(d.db, 'default');
      assertNoPlaintext(await dump(d.db), 'the database after sealing');
      const ids = await selectRows<{ id: string }>(d.db, sql`select id from payroll`);
      assert.equal(ids.length, 1);
      assert.notEqual(ids[0]!.id, 'legacy-id-1', 'the payroll id is recomputed as an import computes it');
      assert.equal((await loadPayroll(d.db, 'default'))[0]?.accountNumber, IBAN_SHARED);
      const again = pick(await importAll(d.db));
      assert.deepEqual(again['payroll.csv'], { accepted: 5, updated: 0, duplicate: 1 }, 'the sealed legacy row is the same row as its re-import');
      assert.deepEqual(again['idv.csv'], { accepted: 1, updated: 0, duplicate: 1 });
      assert.deepEqual(again['people.csv'], { accepted: 3, updated: 0, duplicate: 1 });
      assert.equal((await selectRows<{ n: number }>(d.db, sql`select count(*)::int as n from payroll`))[0]!.n, 6);
    });

    test('field-key rotation re-encrypts every value; indexes stay; a re-import still reports duplicates', async () => {
      const d = await fresh();
      const first = await importAll(d.db);
      const before = await selectRows<{ a: string | null; i: string | null }>(d.db, sql`select account_number as a, account_number_index as i from payroll order by employee_id, effective_date`);
      const { fieldKey, resealed } = await rotateFieldKey(d.db, 'default');
      assert.deepEqual(resealed, { people: 2, payroll: 5, idv: 2 });
      const after = await selectRows<{ a: string | null; i: string | null }>(d.db, sql`select account_number as a, account_number_index as i from payroll order by employee_id, effective_date`);
      assert.deepEqual(after.map((r) => r.i), before.map((r) => r.i), 'blind indexes do not change with the field key');
      assert.ok(after.filter((r) => r.a).every((r) => r.a!.split(':')[1] === fieldKey));
      const keyIds = await selectRows<{ k: string }>(d.db, sql`
        select split_part(date_of_birth, ':', 2) as k from idv_checks union select split_part(extra->>'document_number', ':', 2) from idv_checks
        union select split_part(extra->>'date_of_birth', ':', 2) from people where extra ? 'date_of_birth'`);
      assert.deepEqual(keyIds.map((r) => r.k), [fieldKey]);
      assertNoPlaintext(await dump(d.db), 'the database after rotation');
      assert.deepEqual((await loadPayroll(d.db, 'default')).filter((p) => p.method === 'bank').map((p) => p.accountNumber).sort(), [IBAN_OTHER, IBAN_SHARED, IBAN_SHARED]);
      assert.deepEqual(pick(await importAll(d.db)), duplicatesOnly(first));
    });

    test('master-key rotation re-wraps the data keys; then only the new master key is needed', async () => {
      const d = await fresh();
      await importAll(d.db);
      attachKeyring(d.db, makeKeyring(key('k2'), [key('k1')]));
      const r = await rotateMasterKey(d.db);
      assert.deepEqual(r, { rewrapped: 2, masterKeysInUse: ['k2'], current: 'k2' });
      attachKeyring(d.db, makeKeyring(key('k2')));
      forgetCiphers(d.db);
      assert.deepEqual((await loadIdvChecks(d.db, 'default')).map((c) => c.dateOfBirth).sort(), [...DOB_IDV]);
      assert.equal((await rotateMasterKey(d.db)).rewrapped, 0);
    });

    test('without TRUSTLINE_MASTER_KEY, PostgreSQL is refused; nothing sensitive is stored', async () => {
      const d = await engine.open(); open.push(d);
      const saved = process.env.TRUSTLINE_MASTER_KEY;
      delete process.env.TRUSTLINE_MASTER_KEY;
      try {
        registerKeySource(d.db, { kind: 'postgres' });
        await assert.rejects(importFile({ db: d.db, tenantId: 'default', path: files.payroll, sources, rejectsDir: join(dir, 'rejects') }),
          (e: Error) => /TRUSTLINE_MASTER_KEY is not set: with PostgreSQL it is required/.test(e.message));
        assert.equal((await selectRows<{ n: number }>(d.db, sql`select count(*)::int as n from payroll`))[0]!.n, 0);
        // Files with nothing sensitive in them need no key.
        const plain = join(dir, 'in', `people-plain-${engine.name}.csv`);
        writeFileSync(plain, peopleCsv(3));
        assert.equal((await importFile({ db: d.db, tenantId: 'default', path: plain, sources, rejectsDir: join(dir, 'rejects') })).accepted, 3);
      } finally {
        if (saved !== undefined) process.env.TRUSTLINE_MASTER_KEY = saved;
      }
    });
  });
}
