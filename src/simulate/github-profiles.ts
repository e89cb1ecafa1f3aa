// The public GitHub profile export of each applicant with a github_url, as the REST API returns it
// (/users/{login}, /users/{login}/repos, /repos/{owner}/{repo}/commits) — what a recruiter saves and hands to Trustline.
// Real applicants have accounts older than their history; a persona's new account hosts history back-dated to look
// aged, sometimes a copied repository with the persona added among the real authors, sometimes follow-farming (B1).
import type { SimCandidate } from './hiring-records.js';
import type { Rng } from './prng.js';
import { DAY_MS } from './time.js';

const PROJECTS = ['portfolio', 'react-dashboard', 'todo-api', 'chat-app', 'ml-notebooks', 'dotfiles', 'blog', 'go-rest-service', 'crypto-wallet-ui',
  'nextjs-shop', 'spring-boot-demo', 'kanban-board', 'weather-app', 'leetcode', 'graphql-server'];
const UPSTREAM_AUTHORS = [['Eleanor Vance', 'evance'], ['Marcus Lindqvist', 'mlindqvist'], ['Priya Natarajan', 'priyan'], ['Tomás Herrera', 'therrera'], ['Wen Zhou', 'wenzhou']] as const;
const MESSAGES = ['Initial commit', 'Add README', 'Fix build', 'Refactor components', 'Add tests', 'Update dependencies', 'Implement auth flow', 'Fix typo', 'Add CI workflow', 'Improve error handling'];

export function githubLogin(url: string): string | null {
  const m = /github\.com\/([^/?#\s]+)/i.exec(url);
  return m?.[1] ?? null;
}

const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

interface Commit { sha: string; commit: { author: { name: string; email: string; date: string }; committer: { name: string; email: string; date: string }; message: string }; author: { login: string; id: number } | null; committer: { login: string; id: number } | null }

function commit(r: Rng, name: string, email: string, login: string | null, id: number, at: number): Commit {
  const who = { name, email, date: iso(at) };
  const gh = login ? { login, id } : null;
  return { sha: r.hex(40), commit: { author: who, committer: who, message: r.pick(MESSAGES) }, author: gh, committer: gh };
}

/** Returns the export, or null when the applicant gave no GitHub profile. */
export function githubExport(c: SimCandidate, r: Rng): unknown | null {
  const login = c.github_url ? githubLogin(c.github_url) : null;
  if (!login) return null;
  const applied = c.appliedMs;
  const persona = c.tradecraft.includes('new_github');
  const id = r.int(1_000_000, 160_000_000);
  const name = c.resume.name;
  const email = `${login.toLowerCase()}@users.noreply.github.com`;
  // A persona's account is weeks old; a real one is years old.
  const created = persona ? applied - r.float(5, 45) * DAY_MS : applied - r.float(1.5, 11) * 365 * DAY_MS;
  const repos: Record<string, unknown>[] = [];
  const commits: Record<string, Commit[]> = {};
  const names = r.sample(PROJECTS, persona ? r.int(2, 5) : r.int(3, 9));
  names.forEach((repo, i) => {
    const rr = r.fork(`repo-${i}`);
    const copied = persona && i === 1 && rr.bool(0.5);
    const repoCreated = persona ? created + rr.float(0, Math.max(1, (applied - created) / DAY_MS - 1)) * DAY_MS : created + rr.float(30, Math.max(60, (applied - created) / DAY_MS - 10)) * DAY_MS;
    const list: Commit[] = [];
    if (copied) {
      // Someone else's project pushed here as new, its history intact; the persona slipped in among the authors.
      const authors = rr.sample(UPSTREAM_AUTHORS, rr.int(2, 3));
      const start = repoCreated - rr.float(400, 1500) * DAY_MS;
      for (let k = 0, n = rr.int(20, 60); k < n; k++) {
        const [an, al] = rr.pick(authors);
        list.push(commit(rr, an, `${al}@users.noreply.github.com`, al, rr.int(100_000, 9_000_000), start + rr.float(0, repoCreated - start - DAY_MS) * 1));
      }
      for (let k = 0, n = rr.int(1, 3); k < n; k++) list.push(commit(rr, name, email, login, id, repoCreated + rr.float(0, 3) * DAY_MS));
    } else if (persona) {
      // History back-dated with GIT_AUTHOR_DATE to look years old, pushed to an account made weeks ago.
      const from = created - rr.float(300, 1400) * DAY_MS;
      for (let k = 0, n = rr.int(8, 40); k < n; k++) list.push(commit(rr, name, email, login, id, from + rr.float(0, repoCreated - from) * 1));
    } else {
      const span = Math.max(DAY_MS, applied - repoCreated);
      for (let k = 0, n = rr.int(3, 45); k < n; k++) list.push(commit(rr, name, email, login, id, repoCreated + rr.float(0, span) * 1));
    }
    list.sort((a, b) => (a.commit.author.date < b.commit.author.date ? 1 : -1)); // the API lists newest first
    commits[repo] = list;
    repos.push({
      id: rr.int(10_000_000, 900_000_000), name: repo, full_name: `${login}/${repo}`, private: false, owner: { login, id, type: 'User' },
      html_url: `https://github.com/${login}/${repo}`, fork: false, created_at: iso(repoCreated), updated_at: iso(Math.max(repoCreated, Date.parse(list[0]?.commit.author.date ?? iso(repoCreated)))),
      pushed_at: iso(list.length ? Math.max(repoCreated, Date.parse(list[0]!.commit.author.date)) : repoCreated), language: rr.pick(['TypeScript', 'JavaScript', 'Python', 'Go', 'Java']),
      stargazers_count: persona ? rr.int(0, 3) : rr.int(0, 40), forks_count: rr.int(0, 5), default_branch: 'main',
    });
  });
  const farming = persona && r.bool(0.3);
  const following = farming ? r.int(600, 2500) : r.int(0, 60);
  const followers = farming ? Math.round(following * r.float(0.75, 1.3)) : r.int(0, 80);
  return {
    user: {
      login, id, node_id: `U_${r.hex(12)}`, avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`, html_url: `https://github.com/${login}`, type: 'User',
      name: r.bool(0.75) ? name : null, company: null, blog: '', location: c.claimed_city || null, email: null, bio: null,
      public_repos: repos.length, public_gists: 0, followers, following, created_at: iso(created), updated_at: iso(applied - r.float(0, 3) * DAY_MS),
    },
    repos,
    commits,
  };
}
