// GitHub organisation audit log entries as exported/streamed (@timestamp and created_at in epoch ms, _document_id).
import type { Rng } from '../prng.js';
import type { World } from '../types.js';
import { base64Id, byTime, jsonl, peopleById } from './common.js';

export function githubWriter(world: World, rng: Rng): string {
  const people = peopleById(world);
  const byEmail = new Map(world.people.map((p) => [p.email, p]));
  const owner = world.people.find((p) => p.it && p.githubLogin) ?? world.people.find((p) => p.githubLogin);
  const orgId = 80_000_000 + rng.int(0, 9_999_999);
  const out: { t: number; k: string; r: Record<string, unknown> }[] = [];
  for (const a of world.acts) {
    if (a.system !== 'github') continue;
    const p = people.get(a.personId);
    if (!p?.githubLogin) continue;
    const repo = `${world.org.githubOrg}/${String(a.detail.repo ?? 'internal-tools')}`;
    const by = typeof a.detail.by === 'string' ? byEmail.get(a.detail.by) : undefined;
    const actor = a.kind === 'repo_invite' ? (by?.githubLogin ? by : owner) ?? p : p;
    const id = base64Id(rng, 22);
    const r: Record<string, unknown> = {
      '@timestamp': a.time, _document_id: id, action: '', actor: actor.githubLogin, actor_id: actor.githubId,
      actor_ip: (a.kind === 'repo_invite' ? actor.home : a.net ?? p.home).ip,
      actor_location: { country_code: (a.kind === 'repo_invite' ? actor.home : a.net ?? p.home).country },
      created_at: a.time, org: world.org.githubOrg, org_id: orgId, business: world.org.githubOrg, business_id: orgId - 1000,
    };
    switch (a.kind) {
      case 'git_clone': case 'git_push':
        Object.assign(r, { action: a.kind === 'git_clone' ? 'git.clone' : 'git.push', repo, repository: repo, repository_public: false, transport_protocol: 1, transport_protocol_name: 'http', user_agent: `git/2.${rng.int(43, 47)}.${rng.int(0, 2)}`, hashed_token: `${base64Id(rng, 43)}=`, programmatic_access_type: 'Fine-grained personal access token' });
        break;
      case 'pull_request':
        Object.assign(r, { action: 'pull_request.create', operation_type: 'create', repo, repo_id: rng.int(100_000_000, 900_000_000), pull_request_id: rng.int(1_000_000_000, 2_000_000_000), pull_request_title: rng.pick(['Fix flaky test', 'Add pagination', 'Bump dependencies', 'Refactor handler', 'Improve logging']), public_repo: false });
        break;
      case 'repo_invite':
        Object.assign(r, { action: 'repo.add_member', operation_type: 'modify', repo, user: p.githubLogin, user_id: p.githubId, permission: 'write', public_repo: false });
        break;
      case 'token_create':
        if (a.detail.kind === 'ssh_key') Object.assign(r, { action: 'public_key.create', operation_type: 'create', user: p.githubLogin, key: `ssh-ed25519 SHA256:${base64Id(rng, 43)}`, title: rng.pick(['laptop', 'work', 'dev-box']) });
        else if (a.detail.kind === 'oauth') Object.assign(r, { action: 'oauth_authorization.create', operation_type: 'create', user: p.githubLogin, oauth_application_name: rng.pick(['GitHub CLI', 'Git Credential Manager']), scopes: ['repo', 'read:org', 'workflow'] });
        else Object.assign(r, { action: 'personal_access_token.access_granted', operation_type: 'create', user: p.githubLogin, token_id: rng.int(1_000_000, 9_000_000), permissions: { contents: 'read', metadata: 'read', pull_requests: 'write' }, repositories: 'all' });
        break;
      case 'repo_download':
        Object.assign(r, { action: 'repo.download_zip', operation_type: 'access', repo, repository: repo, repository_public: false });
        break;
      default:
        continue;
    }
    out.push({ t: a.time, k: id, r });
  }
  return jsonl(byTime(out, (x) => x.t, (x) => x.k).map((x) => x.r));
}
