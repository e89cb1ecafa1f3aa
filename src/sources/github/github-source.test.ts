// GitHub audit-log parser: conformance (stream, REST array, Panther samples) and the code-security mapping.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { NormalizedEvent } from '../../model/event.js';
import { collect, runSourceConformance } from '../conformance.js';
import { githubSource } from './github-source.js';

const fx = (f: string) => fileURLToPath(new URL(`../../../test/fixtures/github/${f}`, import.meta.url));
const ev = (action: unknown, id: string) => JSON.stringify({ '@timestamp': 1716300000000, _document_id: id, action, actor: 'Mika-Dev', org: 'example-corp-eng' });

runSourceConformance(githubSource, {
  fixtures: [fx('github-enterprise-audit.jsonl'), fx('github-org-audit-api.json'), fx('panther-github.jsonl')],
  goodLine: ev('org.add_member', 'g1'),
  unknownTypeLine: ev('hovercraft.fill_with_eels', 'g2'),
  wrongTypeLine: ev(['org.add_member'], 'g3'),
  wrongTypeField: 'action',
  minCategorized: 0.3,
});

it('maps invites, tokens, clones, audit streaming and admin grants with repo/org/scopes', async () => {
  const evs = (await collect(githubSource, fx('github-enterprise-audit.jsonl'))).flatMap((i) => (i.ok ? [i.record as NormalizedEvent] : []));
  const by = (a: string) => evs.find((e) => e.type === a)!;
  assert.equal(by('org.invite_member').category, 'iam.member_add');
  assert.equal(by('org.invite_member').target, 'mika-dev');
  assert.equal(by('repo.add_member').attrs.repo, 'example-corp-eng/payments-api');
  const pat = by('personal_access_token.access_granted');
  assert.equal(pat.category, 'code.token_create');
  assert.deepEqual(pat.attrs.tokenScopes, ['repo', 'workflow', 'read:org']);
  assert.equal(by('public_key.create').category, 'code.token_create');
  const clone = by('git.clone');
  assert.equal(clone.category, 'data.download');
  assert.equal(clone.attrs.org, 'example-corp-eng');
  assert.equal(clone.time, '2024-05-22T15:00:00.000Z');
  assert.equal(by('repo.download_zip').category, 'data.download');
  assert.equal(by('audit_log_streaming.destroy').category, 'audit.config_change');
  assert.equal(by('business.add_admin').category, 'iam.privilege_grant');
  assert.equal(by('business.add_admin').attrs.privileged, true);
  assert.equal(by('org.oauth_app_access_approved').category, 'iam.oauth_consent');
  assert.equal(by('protected_branch.destroy').category, 'security.defense_change');
  assert.equal(by('org.add_member').attrs.privileged, undefined);
  assert.equal(by('org.add_member').vendorGeo?.country, 'SG');
});

it('reads the REST array with created_at ms and a permission-based admin grant', async () => {
  const evs = (await collect(githubSource, fx('github-org-audit-api.json'))).flatMap((i) => (i.ok ? [i.record as NormalizedEvent] : []));
  assert.deepEqual(evs.map((e) => e.category), ['iam.member_add', 'code.repo_access', 'iam.privilege_grant']);
  assert.equal(evs[2]!.attrs.role, 'admin');
  assert.equal(evs[2]!.attrs.privileged, true);
  assert.equal(evs[0]!.time, new Date(1716300000000).toISOString());
});
