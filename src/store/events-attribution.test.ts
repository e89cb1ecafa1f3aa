// Who an event is about: the actor, except a membership add, which is about the member the admin added (C3's first step).
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { pgliteTestDatabase } from '../../test/support/test-db.js';
import { importFile } from '../pipeline/import-file.js';
import { sources } from '../sources/registry.js';
import { attributeEvents } from './events-repo.js';
import { events } from './schema/index.js';

const dir = mkdtempSync(join(tmpdir(), 'trustline-attr-'));
const write = (name: string, body: string) => { const p = join(dir, name); writeFileSync(p, body); return p; };

test('a GitHub repo.add_member is attributed to the invitee; the admin\'s own actions stay the admin\'s', async () => {
  const database = await pgliteTestDatabase();
  try {
    const run = (path: string) => importFile({ db: database.db, tenantId: 'default', path, sources, rejectsDir: join(dir, 'rejects') });
    await run(write('people.csv', [
      'employee_id,email,full_name,employment_type,hire_date,termination_date,job_title,department,residence_country,residence_region,residence_city,residence_postal_code,residence_address,phone,timezone,manager_email',
      'E1,mary.davis@example.com,Mary Davis,employee,2026-08-23,,Engineer,Engineering,US,,,,,,,',
      'E2,it.admin@example.com,Ivo Admin,employee,2020-01-01,,IT Administrator,IT,US,,,,,,,',
    ].join('\n')));
    await run(write('accounts.csv', 'employee_id,system,account\nE1,github,Mary398\nE2,github,it-admin\n'));
    const base = { org: 'acme', actor_location: { country_code: 'US' }, business: 'acme', operation_type: 'create' };
    await run(write('audit-log.jsonl', [
      { '@timestamp': 1788297637927, _document_id: 'd1', action: 'repo.add_member', actor: 'it-admin', repo: 'acme/mobile-app', user: 'mary398', ...base },
      { '@timestamp': 1788297700000, _document_id: 'd2', action: 'repo.create', actor: 'it-admin', repo: 'acme/new-service', ...base },
      { '@timestamp': 1788297800000, _document_id: 'd3', action: 'git.clone', actor: 'mary398', repo: 'acme/mobile-app', ...base },
      { '@timestamp': 1788297900000, _document_id: 'd4', action: 'repo.add_member', actor: 'it-admin', repo: 'acme/mobile-app', user: 'outside-contractor', ...base },
    ].map((e) => JSON.stringify(e)).join('\n')));
    await attributeEvents(database.db, 'default');
    const rows = await database.db.select({ type: events.type, target: events.target, person: events.personId }).from(events).where(and(eq(events.tenantId, 'default'), eq(events.source, 'github')));
    const by = (type: string, target: string | null) => rows.find((r) => r.type === type && (target === null || r.target === target))?.person;
    assert.equal(by('repo.add_member', 'mary398'), 'E1', 'the invitation is the invitee\'s');
    assert.equal(by('git.clone', null), 'E1');
    assert.equal(by('repo.create', null), 'E2', 'what the admin does for themself stays theirs');
    assert.equal(by('repo.add_member', 'outside-contractor'), 'E2', 'an unknown member leaves the event with the actor');
  } finally {
    await database.close();
  }
});

test('a USB device event with no account goes to whoever was signed in at that device; no logon, no owner', async () => {
  const database = await pgliteTestDatabase();
  try {
    const run = (path: string) => importFile({ db: database.db, tenantId: 'default', path, sources, rejectsDir: join(dir, 'rejects') });
    await run(write('people-usb.csv', [
      'employee_id,email,full_name,employment_type,hire_date,termination_date,job_title,department,residence_country,residence_region,residence_city,residence_postal_code,residence_address,phone,timezone,manager_email',
      'E1,mika.tanaka@example.com,Mika Tanaka,employee,2024-04-01,,Engineer,Engineering,US,,,,,,,',
      'E2,it.admin@example.com,Ivo Admin,employee,2020-01-01,,IT Administrator,IT,US,,,,,,,',
    ].join('\n')));
    const laptop = { DeviceId: 'b7c4e1f0a9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4', DeviceName: 'lt-0412.example.local' };
    const other = { DeviceId: '0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e', DeviceName: 'lt-0977.example.local' };
    const logon = (ts: string, who: string, upn: string, type: string, id: number, dev = laptop) => ({
      Timestamp: ts, ...dev, ActionType: 'LogonSuccess', LogonType: type, AccountDomain: 'example', AccountName: who, AccountUpn: upn,
      AccountSid: 'S-1-12-1-1004336348-1177238915-682003330-1106', Protocol: 'Negotiate', FailureReason: null, IsLocalAdmin: false, LogonId: 1234567,
      RemoteDeviceName: null, RemoteIP: null, RemoteIPType: null, RemotePort: null,
      InitiatingProcessFileName: 'lsass.exe', InitiatingProcessCommandLine: 'lsass.exe', InitiatingProcessAccountName: 'system', ReportId: id,
    });
    const pnp = (ts: string, id: number, dev = laptop) => ({
      Timestamp: ts, ...dev, ActionType: 'PnpDeviceConnected', FileName: null, FolderPath: null, AccountDomain: null, AccountName: null,
      AdditionalFields: JSON.stringify({ ClassName: 'USB', ClassId: '{36fc9e60-c465-11cf-8056-444553540000}', DeviceDescription: 'Multifunction USB Device',
        DeviceId: 'USB\\VID_1D6B&PID_0104\\6b65796d696d6570690', VendorIds: 'USB\\VID_1D6B&PID_0104&REV_0510;USB\\VID_1D6B&PID_0104' }),
      InitiatingProcessFileName: null, InitiatingProcessAccountName: null, ReportId: id,
    });
    const rows = [
      logon('2024-05-20T08:00:00.0000000Z', 'mtanaka', 'mika.tanaka@example.com', 'Interactive', 10001),
      // An administrator's network logon (a file share, a remote query) is nobody at the keyboard.
      logon('2024-05-20T09:00:00.0000000Z', 'itadmin', 'it.admin@example.com', 'Network', 10002),
      pnp('2024-05-20T09:30:00.1234567Z', 10003),
      // Plugged in at wake-up, a few minutes before the unlock.
      pnp('2024-05-23T07:55:00.0000000Z', 10004),
      logon('2024-05-23T08:00:00.0000000Z', 'mtanaka', 'mika.tanaka@example.com', 'Unlock', 10005),
      // Days after anyone signed in there, and on a device nobody ever signed in to: no owner is guessed.
      pnp('2024-05-27T10:00:00.0000000Z', 10006),
      pnp('2024-05-20T09:30:00.0000000Z', 10007, other),
    ];
    const cols = ['Timestamp', 'DeviceId', 'DeviceName', 'ActionType', 'LogonType', 'AccountDomain', 'AccountName', 'AccountUpn', 'AdditionalFields', 'ReportId'];
    await run(write('DeviceEvents.json', JSON.stringify({ Schema: cols.map((Name) => ({ Name, Type: 'String' })), Results: rows })));
    await attributeEvents(database.db, 'default');
    const stored = await database.db.select({ id: events.sourceEventId, type: events.type, person: events.personId }).from(events).where(and(eq(events.tenantId, 'default'), eq(events.source, 'defender')));
    const byReport = (n: number) => stored.find((r) => r.id.includes(`:${n}:`))?.person ?? null;
    assert.equal(stored.length, 7);
    assert.equal(byReport(10003), 'E1', 'the person signed in at the keyboard, not the admin\'s network logon');
    assert.equal(byReport(10004), 'E1', 'the unlock right after the device was plugged in');
    assert.equal(byReport(10006), null, 'no interactive logon in the day before');
    assert.equal(byReport(10007), null, 'nobody signed in to that device');
    assert.equal(byReport(10002), 'E2', 'account-bearing events keep their own actor');
  } finally {
    await database.close();
  }
});
