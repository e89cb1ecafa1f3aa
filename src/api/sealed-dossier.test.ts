// The dossier over encrypted storage: numbers imported through the pipeline are stored encrypted, shown decrypted to
// admin and legal, masked to everyone else, and never as ciphertext or blind index.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { bearer } from '../../test/support/auth.js';
import { DOB_PERSON, IBAN_SHARED, WALLET, writeSensitiveCsvs } from '../../test/support/sensitive-fixture.js';
import { pgliteTestDatabase } from '../../test/support/test-db.js';
import { readEnv } from '../config/env.js';
import { importFile } from '../pipeline/import-file.js';
import { sources } from '../sources/registry.js';
import type { Database } from '../store/db.js';
import { selectRows } from '../store/read/rows.js';
import { buildServer } from './server.js';

type Dossier = { person: { extra: Record<string, string> }; payroll: { method: string; accountNumber: string | null; walletAddress: string | null }[] };

describe('dossier of encrypted numbers', { timeout: 60_000 }, () => {
  let db: Database; let app: FastifyInstance;
  const dir = mkdtempSync(join(tmpdir(), 'trustline-sealed-dossier-'));
  before(async () => {
    db = await pgliteTestDatabase();
    const files = writeSensitiveCsvs(join(dir, 'in'));
    for (const path of [files.people, files.payroll]) await importFile({ db: db.db, tenantId: 'default', path, sources, rejectsDir: join(dir, 'rejects') });
    app = await buildServer({ env: readEnv({}), database: db, sources, rejectsDir: join(dir, 'rejects'), version: 't' }, { logger: false });
  });
  after(async () => { await app.close(); await db.close(); });

  const dossier = async (role: 'hr' | 'analyst' | 'auditor' | 'legal' | 'admin', id: string) => {
    const r = await app.inject({ url: `/api/risk/employee%3A${id}`, headers: await bearer(db, role) });
    assert.equal(r.statusCode, 200, r.body);
    assert.doesNotMatch(r.body, /v1:f[0-9a-f]{12}:/, 'never a ciphertext');
    assert.doesNotMatch(r.body, /Index"/, 'never a blind index');
    return { d: r.json() as Dossier, body: r.body };
  };

  test('the stored rows are ciphertext', async () => {
    const [row] = await selectRows<{ a: string }>(db.db, sql`select account_number as a from payroll where employee_id = 'E1'`);
    assert.match(row!.a, /^v1:/);
  });

  test('admin and legal see the numbers and the date of birth', async () => {
    for (const role of ['admin', 'legal'] as const) {
      const { d } = await dossier(role, 'E1');
      assert.equal(d.payroll[0]!.accountNumber, IBAN_SHARED, role);
      assert.equal(d.person.extra.date_of_birth, DOB_PERSON, role);
      const w = (await dossier(role, 'E3')).d.payroll.find((p) => p.method === 'crypto');
      assert.equal(w?.walletAddress, WALLET, role);
    }
  });

  test('other roles see the last four characters, and nothing of a date of birth', async () => {
    for (const role of ['hr', 'analyst', 'auditor'] as const) {
      const { d, body } = await dossier(role, 'E1');
      assert.equal(d.payroll[0]!.accountNumber, '…5555', role);
      assert.equal(d.person.extra.date_of_birth, '…', role);
      assert.ok(!body.includes(IBAN_SHARED) && !body.includes(DOB_PERSON), role);
      const e3 = await dossier(role, 'E3');
      assert.equal(e3.d.payroll.find((p) => p.method === 'crypto')?.walletAddress, '…9EE7', role);
      assert.ok(!e3.body.toLowerCase().includes(WALLET.toLowerCase().slice(2, 20)), role);
    }
  });
});
