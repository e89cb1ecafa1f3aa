import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEvent } from '../event-builder.js';
import type { EnrichedEvent } from '../types.js';
import { rareDownloadKind } from './rare-download-kind.js';
import { createShared, runDetector } from './test-kit.js';

/** GitHub audit-log events as the parser normalises them: `git.clone` and `repo.download_zip` are both data.download. */
const gh = (action: 'git.clone' | 'repo.download_zip', t: number, repo: string, outcome: 'success' | 'failure' = 'success'): EnrichedEvent => buildEvent({
  time: new Date(t).toISOString(), source: 'github', type: action, category: 'data.download', outcome, actor: 'dev', target: repo,
  raw: { action, actor: 'dev', repo, '@timestamp': t, _document_id: `doc-${action}-${t}`, org: 'acme' },
});
const D = 86_400_000;
const t0 = Date.parse('2025-04-07T15:00:00Z');

/** n ordinary engineers cloning their own repositories, plus `zippers` of them downloading one release archive once. */
function org(n: number, zippers = 0, shared = createShared()) {
  for (let p = 0; p < n; p++) {
    const evs = [gh('git.clone', t0 + p * 60_000, `acme/service-${p % 4}`), gh('git.clone', t0 + D + p * 60_000, `acme/service-${(p + 1) % 4}`)];
    if (p < zippers) evs.push(gh('repo.download_zip', t0 + 2 * D + p * 60_000, 'acme/sdk'));
    runDetector(rareDownloadKind(), evs, { personId: `P${p}` }, shared);
  }
  return shared;
}

test('archives of six different repositories over four days, where everyone else clones: one low M11 finding', () => {
  const shared = org(40);
  const repos = ['api-gateway', 'billing-service', 'payments-core', 'auth-service', 'ml-models', 'customer-portal'];
  const evs = repos.map((r, i) => gh('repo.download_zip', t0 + 5 * D + Math.floor(i / 2) * D + (i % 2) * 1_800_000, `acme/${r}`));
  const { findings } = runDetector(rareDownloadKind(), evs, { personId: 'NEW' }, shared);
  assert.equal(findings.length, 1, 'reported once, when the fifth different repository arrives');
  const f = findings[0]!;
  assert.equal(f.ruleId, 'uncommon-bulk-download');
  assert.equal(f.severity, 'low');
  assert.deepEqual(f.signals, ['M11']);
  assert.equal(f.facts['distinctTargets'], 5);
  assert.equal(f.facts['peopleUsingKind'], 1);
  assert.equal(f.facts['peopleDownloading'], 41);
});

test('not: a kind many people use, the same archive again and again, a week-long trickle, failures, or too small an org', () => {
  const repos = ['api-gateway', 'billing-service', 'payments-core', 'auth-service', 'ml-models', 'customer-portal'];
  const burst = (kind: 'git.clone' | 'repo.download_zip', outcome: 'success' | 'failure' = 'success') =>
    repos.map((r, i) => gh(kind, t0 + 5 * D + i * 3_600_000, `acme/${r}`, outcome));
  // Six different repositories cloned: clones are what everyone does.
  assert.equal(runDetector(rareDownloadKind(), burst('git.clone'), { personId: 'A' }, org(40)).findings.length, 0);
  // A team where archive downloads are common practice (8 of 40 people).
  assert.equal(runDetector(rareDownloadKind(), burst('repo.download_zip'), { personId: 'B' }, org(40, 8)).findings.length, 0);
  // The same release archive fetched six times is one item.
  const same = Array.from({ length: 6 }, (_, i) => gh('repo.download_zip', t0 + 5 * D + i * 3_600_000, 'acme/sdk'));
  assert.equal(runDetector(rareDownloadKind(), same, { personId: 'C' }, org(40)).findings.length, 0);
  // One archive every two days: never five within a week.
  const trickle = repos.map((r, i) => gh('repo.download_zip', t0 + 5 * D + i * 2 * D, `acme/${r}`));
  assert.equal(runDetector(rareDownloadKind(), trickle, { personId: 'D' }, org(40)).findings.length, 0);
  assert.equal(runDetector(rareDownloadKind(), burst('repo.download_zip', 'failure'), { personId: 'E' }, org(40)).findings.length, 0);
  // Ten people downloading anything is no picture of what is common.
  assert.equal(runDetector(rareDownloadKind(), burst('repo.download_zip'), { personId: 'F' }, org(10)).findings.length, 0);
});
