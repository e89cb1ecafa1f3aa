// candidates.csv naming GitHub profile exports: stored beside the resumes, bad ones reported by column, and screened (B1).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pgliteTestDatabase } from '../../test/support/test-db.js';
import { createEnricher } from '../enrich/index.js';
import { runScreening } from '../analysis/screen-stage.js';
import { sources } from '../sources/registry.js';
import { importFile } from './import-file.js';
import { attachResumes } from './attach-resumes.js';

const dir = mkdtempSync(join(tmpdir(), 'trustline-gh-'));
mkdirSync(join(dir, 'gh'));
const commit = (date: string, login: string | null, name: string) => ({ sha: 'a'.repeat(40), commit: { author: { name, email: `${login ?? 'x'}@users.noreply.github.com`, date }, committer: { name, email: 'x', date }, message: 'Add feature' }, author: login ? { login, id: 1 } : null, committer: null });
// An account made in May 2025 hosting its own commits from 2022: history back-dated to look aged.
const aged = { user: { login: 'kwalsh-dev', name: 'Kevin Walsh', created_at: '2025-05-01T10:00:00Z', followers: 3, following: 5, public_repos: 1 },
  repos: [{ name: 'react-dashboard', fork: false, created_at: '2025-05-02T10:00:00Z', pushed_at: '2025-05-03T10:00:00Z' }],
  commits: { 'react-dashboard': ['2022-03-01T10:00:00Z', '2022-06-01T10:00:00Z', '2023-01-10T10:00:00Z'].map((d) => commit(d, 'kwalsh-dev', 'Kevin Walsh')) } };
const honest = { user: { login: 'danmorgan', name: 'Daniel Morgan', created_at: '2016-02-01T10:00:00Z', followers: 20, following: 11, public_repos: 1 },
  repos: [{ name: 'dotfiles', fork: false, created_at: '2017-01-01T10:00:00Z' }], commits: { dotfiles: [commit('2018-04-01T10:00:00Z', 'danmorgan', 'Daniel Morgan')] } };
writeFileSync(join(dir, 'gh', 'c1.json'), JSON.stringify(aged));
writeFileSync(join(dir, 'gh', 'c2.json'), JSON.stringify(honest));
writeFileSync(join(dir, 'gh', 'c3.json'), JSON.stringify({ login: 'not-an-export' }));
const cols = 'candidate_id,requisition_id,full_name,email,phone,claimed_country,claimed_city,nationality,linkedin_url,github_url,applied_at,application_ip,source,resume_file,stage,hired_employee_id,github_export';
const row = (id: string, name: string, gh: string) => `${id},REQ-1,${name},,,US,Austin,US,,https://github.com/x,2025-06-01T10:00:00Z,,job_board,,applied,,${gh}`;
writeFileSync(join(dir, 'candidates.csv'), [cols, row('C1', 'Kevin Walsh', 'gh/c1.json'), row('C2', 'Daniel Morgan', 'gh/c2.json'), row('C3', 'Ana Silva', 'gh/c3.json'), row('C4', 'Li Wei', '../../etc/passwd'), row('C5', 'Jo Kim', 'gh/missing.json')].join('\n'));

test('GitHub exports named in candidates.csv are stored, screened for B1, and bad ones are reported by column', async () => {
  const database = await pgliteTestDatabase();
  try {
    const path = join(dir, 'candidates.csv');
    const s = await importFile({ db: database.db, tenantId: 'default', path, sources, rejectsDir: join(dir, 'rejects') });
    assert.equal(s.accepted, 5);
    const r = await attachResumes(database.db, 'default', path, 'candidates.csv');
    assert.equal(r.stored, 3, 'two exports and the unreadable one are kept (the last with its error)');
    const reasons = r.problems.map((p) => `${p.field}: ${p.reason}`);
    assert.equal(reasons.length, 3, reasons.join('\n'));
    assert.ok(reasons.every((x) => x.startsWith('github_export: ')));
    assert.ok(reasons.some((x) => x.includes('C3') && x.includes('not a GitHub profile export')));
    assert.ok(reasons.some((x) => x.includes('C4') && x.includes('relative to the CSV')));
    assert.ok(reasons.some((x) => x.includes('C5') && x.includes('not found')));
    const again = await attachResumes(database.db, 'default', path, 'candidates.csv');
    assert.equal(again.stored, 0, 're-importing stores nothing twice');

    const { alerts } = await runScreening(database.db, 'default', createEnricher());
    const b1 = alerts.filter((a) => a.signals.includes('B1'));
    assert.deepEqual(b1.map((a) => [a.subjectId, a.ruleId]), [['C1', 'screen.github.backdated']]);
    assert.ok(!alerts.some((a) => a.subjectId === 'C2' && a.ruleId.startsWith('screen.github')), 'an honest profile raises nothing');
  } finally {
    await database.close();
  }
});
