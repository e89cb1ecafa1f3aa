// Audit log storage on PGlite: appends chain across calls, concurrent appends never fork, the table refuses
// UPDATE/DELETE, and a row changed behind the application's back is found by verify.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { generateDrizzleJson, generateMigration } from 'drizzle-kit/api';
import { verifyChain } from './chain.js';
import { parseJsonLines } from './export.js';
import { auditRepo } from './repo.js';
import { auditAppendOnlySql, auditLog } from './schema.js';

let client: PGlite;
let db: ReturnType<typeof drizzle>;

before(async () => {
  client = await PGlite.create();
  db = drizzle({ client });
  // The DDL comes from the Drizzle definition itself, as the lead's generated migration will.
  for (const s of await generateMigration(generateDrizzleJson({}), generateDrizzleJson({ auditLog }))) await client.exec(s);
  for (const s of auditAppendOnlySql) await client.exec(s);
});
after(async () => { await client.close(); });

it('appends a verifiable chain per tenant, pages and exports it', async () => {
  let t = Date.parse('2026-04-01T00:00:00Z');
  const repo = auditRepo(db as never, 'acme', () => new Date((t += 1000)));
  const other = auditRepo(db as never, 'other');
  for (let i = 0; i < 25; i++) await repo.append({ actor: 'hr1', action: 'person.read', target: `person:E${i}`, detail: { reason: 'case', n: i, x: 0.1 } });
  await other.append({ actor: 'sec1', action: 'export.csv', target: 'people' });
  const page = await repo.page(10, 5);
  assert.deepEqual(page.map((r) => r.seq), [11, 12, 13, 14, 15]);
  assert.deepEqual(page[0]!.detail, { n: 10, reason: 'case', x: 0.1 });
  assert.equal(page[0]!.at, '2026-04-01T00:00:11.000Z');
  assert.deepEqual(await repo.verify(), { ok: true, firstBadSeq: null, reason: null, checked: 25 });
  assert.equal((await other.verify()).checked, 1);
  let text = '';
  for await (const l of repo.exportJsonLines()) text += l;
  const back = parseJsonLines(text);
  assert.equal(back.length, 25);
  assert.equal(verifyChain(back).ok, true);
});

it('search filters by action family, actor and time range, pages newest first, and stays in its tenant', async () => {
  let t = Date.parse('2026-05-01T00:00:00Z');
  const repo = auditRepo(db as never, 'reader', () => new Date((t += 60_000)));
  const plan = [['root', 'token.create'], ['root', 'token.revoke'], ['ana', 'auth.login'], ['ana', 'auth.login_failed'], ['root', 'tokenish.x'], ['ana', 'person.read']] as const;
  for (const [actor, action] of plan) await repo.append({ actor, action, target: 'x' });
  await auditRepo(db as never, 'elsewhere').append({ actor: 'root', action: 'token.create', target: 'x' });
  const seqs = async (q: Partial<Parameters<typeof repo.search>[0]>) => (await repo.search({ order: 'desc', limit: 100, ...q })).map((r) => r.seq);
  assert.deepEqual(await seqs({}), [6, 5, 4, 3, 2, 1]);
  assert.deepEqual(await seqs({ action: 'token' }), [2, 1], 'a family is token.*, not tokenish.*');
  assert.deepEqual(await seqs({ action: 'auth.login' }), [3], 'the `_` of login_failed is not a wildcard, and login is not login_failed');
  assert.deepEqual(await seqs({ action: 'auth.login_failed' }), [4]);
  assert.deepEqual(await seqs({ actor: 'ana' }), [6, 4, 3]);
  assert.deepEqual(await seqs({ actor: 'ana', action: 'auth' }), [4, 3]);
  // Records at 00:01, 00:02, … 00:06: from is inclusive, to exclusive.
  assert.deepEqual(await seqs({ from: '2026-05-01T00:02:00.000Z', to: '2026-05-01T00:04:00.000Z' }), [3, 2]);
  assert.deepEqual(await seqs({ to: '2026-05-01T00:01:00.000Z' }), []);
  assert.deepEqual(await seqs({ limit: 2 }), [6, 5]);
  assert.deepEqual(await seqs({ limit: 2, cursor: 5 }), [4, 3]);
  assert.deepEqual((await repo.search({ order: 'asc', cursor: 4, limit: 10 })).map((r) => r.seq), [5, 6]);
  assert.deepEqual(await seqs({ action: 'nothing' }), []);
});

it('concurrent appends take consecutive seqs without forking the chain', async () => {
  const repo = auditRepo(db as never, 'busy');
  const recs = await Promise.all(Array.from({ length: 20 }, (_, i) => repo.append({ actor: `u${i}`, action: 'case.comment', target: 'case:1' })));
  assert.deepEqual(recs.map((r) => r.seq).sort((a, b) => a - b), Array.from({ length: 20 }, (_, i) => i + 1));
  assert.equal((await repo.verify()).ok, true);
});

it('the table refuses UPDATE, DELETE and TRUNCATE', async () => {
  const appendOnly = (e: unknown) => /append-only/.test(String((e as Error).message) + String((e as { cause?: Error }).cause?.message));
  await assert.rejects(db.update(auditLog).set({ actor: 'mallory' }), appendOnly);
  await assert.rejects(db.delete(auditLog), appendOnly);
  await assert.rejects(db.execute(sql`truncate audit_log`), appendOnly);
  assert.ok((await db.select().from(auditLog)).length > 0);
});

it('verify finds a row edited or deleted by someone who bypassed the triggers', async () => {
  const repo = auditRepo(db as never, 'victim');
  for (let i = 0; i < 8; i++) await repo.append({ actor: 'legal1', action: 'case.export', target: `case:${i}` });
  await client.exec('ALTER TABLE audit_log DISABLE TRIGGER USER');
  await client.exec(`UPDATE audit_log SET target = 'case:x' WHERE tenant_id = 'victim' AND seq = 4`);
  const edited = await repo.verify();
  assert.deepEqual([edited.ok, edited.firstBadSeq], [false, 4]);
  await client.exec(`UPDATE audit_log SET target = 'case:3' WHERE tenant_id = 'victim' AND seq = 4`);
  assert.equal((await repo.verify()).ok, true);
  await client.exec(`DELETE FROM audit_log WHERE tenant_id = 'victim' AND seq = 6`);
  await client.exec('ALTER TABLE audit_log ENABLE TRIGGER USER');
  const deleted = await repo.verify();
  assert.deepEqual([deleted.ok, deleted.firstBadSeq], [false, 6]);
  assert.equal((await auditRepo(db as never, 'acme').verify()).ok, true, 'other tenants are unaffected');
});
