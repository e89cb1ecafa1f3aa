// `trustline share export|import` round trip through two stores: the file validates against the STIX 2.1 schema,
// hides PII when hashed, and the partner's screening matches the worker's identifiers with the shared key only.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { testEngines } from '../../../test/support/test-db.js';
import { caseService } from '../../cases/index.js';
import { loadWatchList, screenAgainstWatchList } from '../../response/index.js';
import { seedResponseData } from '../../response/test-seed.js';
import type { Database } from '../../store/db.js';
import { candidates } from '../../store/schema/index.js';
import { runShareExport, runShareImport } from './share.js';

const schemaDir = fileURLToPath(new URL('../../../test/fixtures/stix-schema/', import.meta.url));
const ajv = new Ajv2020({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
for (const sub of ['common', 'sdos']) for (const f of readdirSync(join(schemaDir, sub))) ajv.addSchema(JSON.parse(readFileSync(join(schemaDir, sub, f), 'utf8')));
const validateBundle = ajv.getSchema('http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/common/bundle.json')!;

for (const engine of testEngines()) {
  describe(`share CLI on ${engine.name}`, async () => {
    const ours: Database = await engine.open();
    const theirs: Database = await engine.open();
    const dir = mkdtempSync(join(tmpdir(), 'trustline-share-'));
    after(async () => { await ours.close(); await theirs.close(); rmSync(dir, { recursive: true, force: true }); });
    await seedResponseData(ours.db);
    const cases = caseService(ours.db, 'default');
    const c = await cases.create({ title: 'E100', subjectKind: 'employee', subjectId: 'E100' }, 'analyst@corp');
    await cases.update(c.id, { status: 'closed_confirmed' }, 'analyst@corp');
    const env = { ISAC_KEY: 'isac-2025-shared-secret-key', TRUSTLINE_SHARE_KEY_ID: 'isac-2025' };

    test('export --hashed writes a valid STIX 2.1 bundle without PII; a missing key is refused', async () => {
      const out = join(dir, 'bundle.json');
      await assert.rejects(runShareExport(ours.db, 'default', { out, hashed: true, keyEnv: 'NOT_SET' }, env), /NOT_SET/);
      await assert.rejects(runShareExport(ours.db, 'default', { out, tlp: 'purple' }, env), /unknown TLP/);
      const msg = await runShareExport(ours.db, 'default', { out, tlp: 'amber', hashed: true, keyEnv: 'ISAC_KEY', producer: 'Corp Security' }, env, '2025-05-01T00:00:00Z');
      assert.match(msg, /from 1 person .*TLP:AMBER, personal identifiers as HMAC-SHA256, key id isac-2025/);
      const bundle = JSON.parse(readFileSync(out, 'utf8')) as { objects: { type: string; pattern?: string }[] };
      assert.ok(validateBundle(bundle), JSON.stringify(validateBundle.errors));
      const text = JSON.stringify(bundle).toLowerCase();
      for (const pii of ['jon.kim', '4155550134', '0xabcdef', 'kim chol']) assert.ok(!text.includes(pii), pii);
      const patterns = bundle.objects.filter((o) => o.type === 'indicator').map((o) => o.pattern!.replace(/'[0-9a-f]{64}'/, "'<hash>'")).sort();
      assert.deepEqual(patterns, [
        "[autonomous-system:number = 9009]",
        "[cryptocurrency-wallet:x_hmac_sha256 = '<hash>']",
        "[email-addr:x_hmac_sha256 = '<hash>']", "[email-addr:x_hmac_sha256 = '<hash>']",
        "[file:hashes.'SHA-256' = '<hash>']",
        "[ipv4-addr:value = '203.0.113.45']",
        "[phone-number:x_hmac_sha256 = '<hash>']",
        "[x-document-author:x_hmac_sha256 = '<hash>']",
      ]);
    });

    test('import puts the bundle on the partner\'s watch list, and their screening finds the re-applicant', async () => {
      const msg = await runShareImport(theirs.db, 'default', join(dir, 'bundle.json'), {});
      assert.match(msg, /^8 indicators read, 8 new on the watch list, 0 skipped/);
      const list = await loadWatchList(theirs.db, 'default', { lists: ['stix'] });
      assert.ok(list.every((e) => e.source === 'Corp Security' && e.tlp === 'amber'));
      const base = { tenantId: 'default', rowHash: 'h', extra: {} };
      await theirs.db.insert(candidates).values([
        { ...base, candidateId: 'X1', fullName: 'Jonathan Kim', email: 'jon.kim.dev@gmail.com', appliedAt: '2025-06-01T00:00:00Z' },
        { ...base, candidateId: 'X2', fullName: 'Priya Shah', email: 'priya.shah@example.org', phone: '+14155550111', appliedAt: '2025-06-01T00:00:00Z' },
      ]);
      assert.deepEqual(await screenAgainstWatchList(theirs.db, 'default', { now: '2025-06-02T00:00:00Z' }), [], 'hashed indicators need the key');
      const hits = await screenAgainstWatchList(theirs.db, 'default', { keys: { 'isac-2025': env.ISAC_KEY }, now: '2025-06-02T00:00:00Z' });
      assert.deepEqual(hits.map((h) => `${h.subjectId}:${h.ruleId}:${h.severity}`), ['X1:watchlist.candidate-match:high']);
    });
  });
}
