// Playbook, evidence bundle, post-termination watch and STIX sharing against a real store.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import JSZip from 'jszip';
import { testEngines } from '../../test/support/test-db.js';
import { caseService } from '../cases/index.js';
import type { Database } from '../store/db.js';
import { candidates, events, personScores } from '../store/schema/index.js';
import {
  addPostTerminationWatch, collectShareIndicators, exportEvidenceBundle, exportShareBundle, importShareBundle, loadWatchList, playbookService,
  screenAgainstWatchList, verifyEvidenceBundle,
} from './index.js';
import { seedResponseData, WORKER } from './test-seed.js';

for (const engine of testEngines()) {
  describe(`incident response on ${engine.name}`, async () => {
    const database: Database = await engine.open();
    const partner: Database = await engine.open();
    after(async () => { await database.close(); await partner.close(); });
    const db = database.db;
    await seedResponseData(db);
    const cases = caseService(db, 'default');
    const c = await cases.create({ title: 'Suspected DPRK IT worker', subjectKind: 'employee', subjectId: 'E100' }, 'analyst@corp');

    test('the playbook needs an investigated case and lists every linked account, token, device and pay destination', async () => {
      const pb = playbookService(db, 'default');
      await assert.rejects(pb.get(c.id), /needs it investigating/);
      await cases.update(c.id, { status: 'investigating' }, 'analyst@corp');
      const book = await pb.get(c.id);
      const by = (cat: string) => book.items.filter((i) => i.category === cat);
      assert.deepEqual(by('revoke-account').map((i) => `${i.system}:${i.target}`).sort(),
        ['defender:jkim', 'github:jkim-dev', 'okta:jon.kim@corp.example', 'vpn:jkim']);
      assert.ok(!book.items.some((i) => i.target?.includes('ana.ruiz')), 'a colleague\'s accounts are not in the playbook');
      const [token] = by('revoke-token');
      assert.equal(token?.system, 'github');
      assert.equal(token?.target, 'token_id=4242');
      assert.match(token!.why, /gh-1/);
      assert.deepEqual(by('recover-device').map((i) => i.target), ['LT-5521']);
      const [iso] = by('isolate-device');
      assert.equal(iso?.target, 'a1b2c3d4e5');
      assert.match(iso!.action, /not in shipments/);
      assert.deepEqual(by('payroll-hold').map((i) => i.target), ['wallet 0xAbCd…Ef01']);
      assert.ok(by('legal').length === 1 && by('watch').length === 1 && by('evidence').length === 1);
      assert.ok(book.items.every((i) => !i.done));
      await pb.tick(c.id, token!.id, true, 'it-ops@corp');
      await pb.tick(c.id, 'legal:notify', true, 'legal@corp');
      await pb.tick(c.id, 'legal:notify', false, 'legal@corp');
      const again = await pb.get(c.id);
      assert.deepEqual(again.items.filter((i) => i.done).map((i) => i.id), [token!.id]);
      assert.deepEqual(again.items.map((i) => i.id), book.items.map((i) => i.id), 'item ids are stable');
    });

    test('the evidence bundle holds only this person\'s data, and its manifest proves every file', async () => {
      const { zip, manifest } = await exportEvidenceBundle(db, 'default', c.id, 'legal@corp', new Date('2025-03-01T00:00:00Z'));
      assert.deepEqual(manifest.counts, { events: 5, alerts: 0, documents: 1, historyEntries: manifest.counts.historyEntries });
      assert.deepEqual(manifest.files.map((f) => f.path), ['case.json', 'person.json', 'events/normalized.jsonl', 'events/raw.jsonl', 'alerts.json', 'documents.json']);
      const z = await JSZip.loadAsync(zip);
      const raw = (await z.file('events/raw.jsonl')!.async('string')).trim().split('\n').map((l) => JSON.parse(l) as { id: string; raw: Record<string, unknown> });
      assert.deepEqual(raw.map((r) => r.id), ['ok-1', 'ok-2', 'ok-3', 'gh-1', 'df-1']);
      assert.equal(raw.find((r) => r.id === 'gh-1')?.raw['token_id'], 4242);
      const norm = (await z.file('events/normalized.jsonl')!.async('string')).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      assert.ok(norm.every((e) => !('raw' in e) && e['personId'] === 'E100'));
      const docs = JSON.parse(await z.file('documents.json')!.async('string')) as { author: string }[];
      assert.equal(docs[0]?.author, 'Kim Chol Su');
      assert.deepEqual((await verifyEvidenceBundle(zip)).problems, []);
      z.file('events/raw.jsonl', '{"id":"forged"}\n');
      z.file('extra.txt', 'x');
      const tampered = await z.generateAsync({ type: 'nodebuffer' });
      assert.deepEqual((await verifyEvidenceBundle(tampered)).problems.sort(), ['events/raw.jsonl: SHA-256 differs', 'extra.txt: not in the manifest']);
      const hist = (await cases.get(c.id)).history.filter((h) => h.action === 'evidence_exported');
      assert.equal(hist.length, 1);
      assert.match(String((hist[0]!.detail as { manifestSha256: string }).manifestSha256), /^[0-9a-f]{64}$/);
    });

    test('the post-termination watch keeps the identifiers, and catches re-application and reuse — not strangers', async () => {
      const r = await addPostTerminationWatch(db, 'default', c.id, 'sec@corp');
      const list = await loadWatchList(db, 'default');
      const values = list.map((e) => `${e.kind}=${e.value}`);
      for (const v of ['email=jon.kim@corp.example', 'email=jon.kim.dev@gmail.com', 'phone=+14155550134', `wallet=${WORKER.wallet.toLowerCase()}`,
        'ip=203.0.113.45', 'ip=198.51.100.7', 'name=jon kim', 'account=jkim-dev', 'document-author=kim chol su']) assert.ok(values.includes(v), v);
      assert.ok(!values.includes('ip=100.64.1.9'), 'carrier-NAT mobile addresses are not watched');
      assert.ok(!values.some((v) => v.includes('ana.ruiz')));
      assert.equal(r.added, list.length);
      assert.equal((await addPostTerminationWatch(db, 'default', c.id, 'sec@corp')).added, 0, 'idempotent');
      assert.deepEqual(await screenAgainstWatchList(db, 'default', { now: '2025-04-01T00:00:00Z' }), [], 'the person\'s own records are no match');

      const base = { tenantId: 'default', rowHash: 'h', extra: {} };
      await db.insert(candidates).values([
        { ...base, candidateId: 'C900', fullName: 'Kim Jon', email: 'k.jon.work@proton.me', phone: '+1 (415) 555-0134', appliedAt: '2025-04-10T00:00:00Z' },
        { ...base, candidateId: 'C901', fullName: 'Maria Lopez', email: 'maria.lopez@example.com', phone: '+14155550100', applicationIp: '198.51.100.8', appliedAt: '2025-04-11T00:00:00Z' },
      ]);
      await db.insert(events).values({ tenantId: 'default', id: 'ok-50', time: '2025-04-12T00:00:00.000Z', source: 'okta', sourceEventId: 'ok-50', type: 'user.session.start',
        category: 'auth.login', outcome: 'success', actor: 'ana.ruiz@corp.example', ip: '203.0.113.45', attrs: {}, raw: {}, enrichment: {}, personId: 'E200' });
      const alerts = await screenAgainstWatchList(db, 'default', { now: '2025-04-15T00:00:00Z' });
      assert.deepEqual(alerts.map((a) => `${a.ruleId}:${a.subjectId}:${a.severity}`).sort(), [
        'watchlist.candidate-match:C900:critical', 'watchlist.event-match:E200:high',
      ]);
      const cand = alerts.find((a) => a.subjectId === 'C900')!;
      assert.deepEqual(cand.signals, ['H9', 'M12']);
      assert.deepEqual(((cand.evidence.facts['matches'] as { kind: string }[]).map((m) => m.kind)).sort(), ['name', 'phone']);
      assert.deepEqual(alerts.find((a) => a.subjectId === 'E200')!.evidence.eventIds, ['ok-50']);
      const again = await screenAgainstWatchList(db, 'default', { now: '2025-04-15T00:00:00Z' });
      assert.deepEqual(again.map((a) => a.id).sort(), alerts.map((a) => a.id).sort(), 'stable alert ids');
    });

    test('STIX: confirmed-case indicators export hashed, re-import into a partner store and match there', async () => {
      assert.equal((await exportShareBundle(db, 'default', { producer: { name: 'Corp' }, tlp: 'amber', now: '2025-05-01T00:00:00Z' })).people, 0, 'nothing shared before a case is confirmed');
      await cases.update(c.id, { status: 'closed_confirmed' }, 'analyst@corp');
      const key = 'isac-shared-key-0123456789';
      const { bundle, people } = await exportShareBundle(db, 'default', { producer: { name: 'Corp' }, tlp: 'amber', now: '2025-05-01T00:00:00Z', hmac: { key, keyId: 'k1' } });
      assert.equal(people, 1);
      const text = JSON.stringify(bundle);
      for (const pii of ['jon.kim', '4155550134', 'abcdef0123', 'Kim Chol']) assert.ok(!text.toLowerCase().includes(pii.toLowerCase()), pii);
      assert.ok(text.includes("ipv4-addr:value = '203.0.113.45'") && text.includes('autonomous-system:number = 9009'));
      assert.ok(!text.includes('198.51.100.7'), 'residential addresses are not shared');
      const imported = await importShareBundle(partner.db, 'default', JSON.parse(text), { now: '2025-05-02T00:00:00Z' });
      assert.equal(imported.added, imported.read);
      assert.equal((await importShareBundle(partner.db, 'default', JSON.parse(text))).added, 0, 're-import adds nothing');
      const base = { tenantId: 'default', rowHash: 'h', extra: {} };
      await partner.db.insert(candidates).values([
        { ...base, candidateId: 'P1', fullName: 'J. Kim', email: 'Jon.Kim.Dev@gmail.com', appliedAt: '2025-05-03T00:00:00Z' },
        { ...base, candidateId: 'P2', fullName: 'Li Wei', email: 'li.wei@example.org', applicationIp: '203.0.113.45', appliedAt: '2025-05-03T00:00:00Z' },
        { ...base, candidateId: 'P3', fullName: 'Sam Hill', email: 'sam.hill@example.org', appliedAt: '2025-05-03T00:00:00Z' },
      ]);
      const noKey = await screenAgainstWatchList(partner.db, 'default', { now: '2025-05-04T00:00:00Z' });
      assert.deepEqual(noKey.map((a) => a.subjectId), ['P2'], 'without the key only clear indicators match');
      const withKey = await screenAgainstWatchList(partner.db, 'default', { keys: { k1: key }, now: '2025-05-04T00:00:00Z' });
      assert.deepEqual(withKey.map((a) => `${a.subjectId}:${a.severity}`).sort(), ['P1:high', 'P2:medium']);
      assert.deepEqual(withKey.find((a) => a.subjectId === 'P1')!.signals, ['R3', 'H9']);
    });

    test('sharing by level adds a candidate-only person without mixing in anyone else', async () => {
      const base = { tenantId: 'default', rowHash: 'h', extra: {} };
      await db.insert(candidates).values({ ...base, candidateId: 'C77', fullName: 'Pak Song', email: 'pak.song.dev@outlook.com', phone: '+12125550147', appliedAt: '2025-05-01T00:00:00Z' });
      const row = { tenantId: 'default', kind: 'candidate', employeeId: null, emails: [], pillars: {}, reasons: [], clusters: [], attack: [], computedAt: '2025-05-02T00:00:00Z' };
      await db.insert(personScores).values([
        { ...row, personId: 'candidate:C77', candidateId: 'C77', name: 'Pak Song', score: 91, level: 'critical' },
        { ...row, personId: 'candidate:C901', candidateId: 'C901', name: 'Maria Lopez', score: 20, level: 'low' },
      ]);
      const only = await collectShareIndicators(db, 'default');
      const withLevel = await collectShareIndicators(db, 'default', { levels: ['critical'] });
      assert.equal(withLevel.people, only.people + 1);
      const added = withLevel.indicators.filter((i) => !only.indicators.some((o) => o.kind === i.kind && o.value === i.value));
      assert.deepEqual(added.map((i) => `${i.kind}=${i.value}:${i.confidence}`).sort(), ['email=pak.song.dev@outlook.com:80', 'phone=+12125550147:80']);
    });
  });
}
