// Notifications around a real scoring run: a worker whose evidence spans pillars is announced once; the colleague is not.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, test } from 'node:test';
import { testEngines } from '../../test/support/test-db.js';
import { runScoring } from '../analysis/score-stage.js';
import type { Alert } from '../model/alert.js';
import { seedResponseData } from '../response/test-seed.js';
import { insertAlerts } from '../store/analysis-repo.js';
import type { Database } from '../store/db.js';
import { analyseAndNotify, parseNotifyConfig, verifyWebhook } from './index.js';

const alert = (id: string, pillar: Alert['pillar'], severity: Alert['severity'], signal: string, en: string): Alert => ({
  id, ruleId: `test.${id}`, subjectKind: 'employee', subjectId: 'E100', time: '2025-02-06T00:00:00.000Z', severity, pillar, signals: [signal], attack: [],
  summary: { en, ja: en }, evidence: { eventIds: [], facts: {} },
});

for (const engine of testEngines()) {
  describe(`analyseAndNotify on ${engine.name}`, async () => {
    const database: Database = await engine.open();
    const got: { body: string; ts: string; sig: string }[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => { body += c.toString(); });
      req.on('end', () => { got.push({ body, ts: String(req.headers['x-trustline-timestamp']), sig: String(req.headers['x-trustline-signature']) }); res.end(); });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    after(async () => { server.close(); await database.close(); });
    await seedResponseData(database.db);
    const cfg = parseNotifyConfig({ retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0, timeoutMs: 2000 },
      channels: [{ type: 'webhook', name: 'siem', url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, secret: 'hook-secret-for-tests' }] });

    test('a newly high-risk worker is sent once, with a valid signature; the colleague never', async () => {
      const first = await analyseAndNotify(database.db, 'default', cfg, () => runScoring(database.db, 'default', new Date('2025-02-07T00:00:00Z')));
      assert.deepEqual(first.notifications.map((n) => n.status), ['nothing-new'], 'no evidence yet: nobody is high');
      await insertAlerts(database.db, 'default', [
        alert('vpn', 'location', 'high', 'M3', 'Sign-ins through a commercial VPN'),
        alert('anydesk', 'device', 'high', 'M6', 'AnyDesk remote control'),
        alert('bank', 'identity', 'high', 'O3', 'Pay to a foreign bank'),
        alert('hours', 'behaviour', 'medium', 'B1', 'Working hours match UTC+9'),
      ]);
      const second = await analyseAndNotify(database.db, 'default', cfg, () => runScoring(database.db, 'default', new Date('2025-02-07T00:00:00Z')));
      assert.deepEqual(second.notifications.map((n) => `${n.status}:${n.items}`), ['sent:1']);
      assert.equal(got.length, 1);
      assert.ok(verifyWebhook('hook-secret-for-tests', got[0]!.ts, got[0]!.body, got[0]!.sig));
      const items = (JSON.parse(got[0]!.body) as { items: { personId: string; level: string }[] }).items;
      assert.deepEqual(items.map((i) => i.personId), ['employee:E100']);
      assert.ok(['high', 'critical'].includes(items[0]!.level));
      const third = await analyseAndNotify(database.db, 'default', cfg, () => runScoring(database.db, 'default', new Date('2025-02-07T00:00:00Z')));
      assert.deepEqual(third.notifications.map((n) => n.status), ['nothing-new'], 'the same analysis twice sends nothing');
      assert.equal(got.length, 1);
    });
  });
}
