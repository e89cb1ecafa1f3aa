// The simulated GitHub profile exports read back through Trustline's own B1 forensics: aged personas are seen, real applicants are not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { githubFindings, GithubExport } from '../screen/index.js';
import { simulate } from './simulate.js';

test('every persona with a new GitHub account is caught by profile forensics; no real applicant is', async () => {
  const out = await simulate({ seed: 11, employees: 60, candidates: 80, days: 6, fraudRate: { employees: 0.05, candidates: 0.3 } });
  const files = new Map(out.files.map((f) => [f.path, Buffer.from(f.data).toString('utf8')]));
  const csv = files.get('hr/candidates.csv')!.trim().split('\n');
  const header = csv[0]!.split(',');
  assert.equal(header.at(-1), 'github_export');
  const personas = new Set(out.truth.fraudulentCandidates.filter((c) => c.tradecraft.includes('new_github')).map((c) => c.candidateId));
  const b1 = new Set(out.truth.signals.filter((s) => s.signal === 'B1').map((s) => s.subjectId));
  let real = 0, aged = 0;
  for (const [path, body] of files) {
    const m = /^hr\/github-profiles\/(C\d+)\.json$/.exec(path);
    if (!m) continue;
    const id = m[1]!;
    const data = JSON.parse(body);
    assert.ok(GithubExport.safeParse(data).success, `${path} is a valid export`);
    assert.ok(csv.some((l) => l.startsWith(`${id},`) && l.endsWith(`,github-profiles/${id}.json`)), `${id} names its export`);
    const alerts = githubFindings(data, { candidateId: id, applicationName: data.user.name });
    const flagged = alerts.filter((a) => a.signals.includes('B1'));
    if (personas.has(id)) { aged++; assert.ok(flagged.length > 0, `${id}: an aged persona account must show`); assert.ok(b1.has(id)); }
    else if (!out.truth.fraudulentCandidates.some((c) => c.candidateId === id)) { real++; assert.deepEqual(alerts.map((a) => a.ruleId), [], `${id}: a real applicant's profile raises nothing`); }
  }
  assert.ok(aged >= 1 && real >= 5, `aged ${aged}, real ${real}`);
});
