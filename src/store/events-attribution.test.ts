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
