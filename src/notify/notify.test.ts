// Notifications end to end: a signed webhook (with a retry after a 503), a Slack-compatible hook and SMTP e-mail,
// each to a real local server started here; dedup, hourly cap, held items coming back, and no secret in the log.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { testEngines } from '../../test/support/test-db.js';
import type { Database } from '../store/db.js';
import { notifyAfterAnalysis, parseNotifyConfig, recentNotifications, SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyWebhook, type NotifySnapshot } from './index.js';

interface Got { headers: IncomingMessage['headers']; body: string }
function httpSink(statuses: number[]): Promise<{ server: Server; url: string; got: Got[] }> {
  const got: Got[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => { body += c.toString(); });
    req.on('end', () => { got.push({ headers: req.headers, body }); res.statusCode = statuses.shift() ?? 200; res.end('ok'); });
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r({ server, got, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook` })));
}

const person = (id: string, level: string, score: number): NotifySnapshot['persons'][number] => ({
  personId: `employee:${id}`, kind: 'employee', employeeId: id, candidateId: null, name: `Name Of ${id}`, level, score,
  pillars: { identity: 40, location: 30, device: 20, behaviour: 10 },
  reasons: [{ signal: 'M3', summary: { en: 'Sign-ins through a commercial VPN on 14 days' } }],
});
const snap = (persons: NotifySnapshot['persons'], clusters: NotifySnapshot['clusters'] = []): NotifySnapshot => ({ persons, clusters });
const farm = { id: 'CL-1', kind: 'laptop_farm', members: ['E7', 'E8', 'E9'], score: 0.9, explanation: { en: 'Three laptops shipped to one address in Columbus' } };

for (const engine of testEngines()) {
  describe(`notifications on ${engine.name}`, async () => {
    const database: Database = await engine.open();
    const mails: { from: string; to: string[]; data: string; user: string | undefined }[] = [];
    const smtp = new SMTPServer({
      authOptional: false, disabledCommands: ['STARTTLS'], logger: false,
      onAuth(auth, _s, cb) { return auth.username === 'trustline' && auth.password === 'smtp-pass-123' ? cb(null, { user: auth.username }) : cb(new Error('bad login')); },
      onData(stream, session, cb) {
        let data = '';
        stream.on('data', (c: Buffer) => { data += c.toString(); });
        stream.on('end', () => { mails.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), data, user: session.user }); cb(); });
      },
    });
    let smtpPort = 0;
    let hook!: Awaited<ReturnType<typeof httpSink>>;
    let slack!: Awaited<ReturnType<typeof httpSink>>;
    before(async () => {
      await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', () => r()));
      smtpPort = (smtp.server.address() as AddressInfo).port;
      hook = await httpSink([503]);
      slack = await httpSink([]);
    });
    after(async () => {
      await database.close();
      await new Promise<void>((r) => smtp.close(() => r()));
      hook.server.close(); slack.server.close();
    });
    const config = () => parseNotifyConfig({
      maxPerHour: 2, retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 50, timeoutMs: 2000 }, baseUrl: 'https://trustline.corp.example',
      channels: [
        { type: 'webhook', name: 'siem', url: hook.url, secret: { env: 'TEST_HOOK_SECRET' } },
        { type: 'slack', name: 'sec-channel', url: { env: 'TEST_SLACK_URL' } },
        { type: 'email', name: 'mail', host: '127.0.0.1', port: smtpPort, requireTLS: false, user: 'trustline', password: { env: 'TEST_SMTP_PASS' }, from: 'trustline@corp.example', to: ['soc@corp.example'] },
      ],
    }, { TEST_HOOK_SECRET: 'whsec-0123456789abcdef', TEST_SLACK_URL: `${slack.url}?token=xoxb-secret-slack`, TEST_SMTP_PASS: 'smtp-pass-123' });

    test('config: a missing secret variable is an error naming the variable, not a value', () => {
      assert.throws(() => parseNotifyConfig({ channels: [{ type: 'slack', name: 's', url: { env: 'NOPE_NOT_SET' } }] }, {}), /NOPE_NOT_SET/);
      assert.throws(() => parseNotifyConfig({ channels: [{ type: 'webhook', name: 'a', url: 'not a url', secret: 'x' }] }, {}), /url/);
    });

    test('new high/critical people and a new cluster reach every channel, signed and retried; nothing else does', async () => {
      const cfg = config();
      const t0 = new Date('2025-06-02T09:00:00Z');
      const beforeSnap = snap([person('E1', 'medium', 48), person('E2', 'high', 70), person('E3', 'low', 5)]);
      const afterSnap = snap([person('E1', 'critical', 88), person('E2', 'high', 72), person('E3', 'medium', 30), person('E4', 'high', 66)], [farm]);
      const out = await notifyAfterAnalysis(database.db, 'default', beforeSnap, afterSnap, cfg, () => t0);
      assert.deepEqual(out.map((o) => `${o.channel}:${o.status}:${o.items}`), ['siem:sent:3', 'sec-channel:sent:3', 'mail:sent:3']);
      assert.equal(out[0]!.attempts, 2, 'the 503 was retried');
      assert.equal(hook.got.length, 2);
      const last = hook.got[1]!;
      assert.ok(verifyWebhook('whsec-0123456789abcdef', String(last.headers[TIMESTAMP_HEADER]), last.body, String(last.headers[SIGNATURE_HEADER]), t0.getTime()));
      assert.ok(!verifyWebhook('other-secret', String(last.headers[TIMESTAMP_HEADER]), last.body, String(last.headers[SIGNATURE_HEADER]), t0.getTime()));
      assert.ok(!verifyWebhook('whsec-0123456789abcdef', String(last.headers[TIMESTAMP_HEADER]), last.body, String(last.headers[SIGNATURE_HEADER]), t0.getTime() + 3600_000), 'replay after the tolerance fails');
      const payload = JSON.parse(last.body) as { items: { dedupKey: string; name?: string }[] };
      assert.deepEqual(payload.items.map((i) => i.dedupKey).slice(0, 2), ['person:employee:E1:critical', 'person:employee:E4:high']);
      assert.match(payload.items[2]!.dedupKey, /^cluster:laptop_farm:/);
      assert.ok(payload.items.every((i) => i.name === undefined), 'no names unless configured');
      const slackBody = JSON.parse(slack.got[0]!.body) as { text: string };
      assert.match(slackBody.text, /CRITICAL 88 employee:E1 \(was medium\)/);
      assert.ok(!slackBody.text.includes('E2') && !slackBody.text.includes('E3'), 'unchanged high and a medium are not sent');
      assert.equal(mails.length, 1);
      assert.deepEqual(mails[0]!.to, ['soc@corp.example']);
      assert.equal(mails[0]!.user, 'trustline');
      assert.match(mails[0]!.data, /Subject: \[Trustline\] 2 new high-risk people, 1 new cluster/);
    });

    test('dedup within the window, the hourly cap holds items, and held items go out later', async () => {
      const cfg = config();
      const t1 = new Date('2025-06-02T09:10:00Z');
      // A re-analysis that still finds E1 critical (e.g. before=null after a restart) sends nothing again.
      const same = await notifyAfterAnalysis(database.db, 'default', null, snap([person('E1', 'critical', 88)], [farm]), cfg, () => t1);
      assert.deepEqual(same.map((o) => o.status), ['nothing-new', 'nothing-new', 'nothing-new']);
      const n = await notifyAfterAnalysis(database.db, 'default', snap([]), snap([person('E5', 'high', 61)]), cfg, () => t1);
      assert.deepEqual(n.map((o) => o.status), ['sent', 'sent', 'sent']);
      const held = await notifyAfterAnalysis(database.db, 'default', snap([]), snap([person('E5', 'high', 61), person('E6', 'critical', 90)]), cfg, () => t1);
      assert.deepEqual(held.map((o) => `${o.status}:${o.items}`), ['held:1', 'held:1', 'held:1'], 'two messages this hour already');
      const mailsBefore = mails.length;
      const later = new Date('2025-06-02T10:30:00Z');
      const resent = await notifyAfterAnalysis(database.db, 'default', snap([person('E6', 'critical', 90)]), snap([person('E5', 'high', 61), person('E6', 'critical', 90)]), cfg, () => later);
      assert.deepEqual(resent.map((o) => `${o.status}:${o.items}`), ['sent:1', 'sent:1', 'sent:1'], 'E6 was owed, E5 was already sent');
      assert.equal(mails.length, mailsBefore + 1);
      assert.match(mails.at(-1)!.data, /employee:E6/);
    });

    test('a rejected webhook is not retried, and the log never holds a secret', async () => {
      const bad = await httpSink([401]);
      const cfg = parseNotifyConfig({ retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 1, timeoutMs: 2000 },
        channels: [{ type: 'slack', name: 'bad', url: `${bad.url}?token=xoxb-very-secret` }, { type: 'email', name: 'badmail', host: '127.0.0.1', port: smtpPort, requireTLS: false, user: 'trustline', password: 'wrong-password', from: 'a@corp.example', to: ['b@corp.example'] }] }, {});
      const out = await notifyAfterAnalysis(database.db, 'default', snap([]), snap([person('E7', 'high', 60)]), cfg, () => new Date('2025-06-03T00:00:00Z'));
      bad.server.close();
      assert.equal(out[0]!.status, 'failed');
      assert.equal(out[0]!.attempts, 1);
      assert.equal(bad.got.length, 1);
      assert.equal(out[1]!.status, 'failed');
      const log = JSON.stringify(await recentNotifications(database.db, 'default', 500));
      for (const s of ['xoxb', 'wrong-password', 'whsec-0123456789abcdef', 'smtp-pass-123']) assert.ok(!log.includes(s), s);
    });
  });
}
