// B1/B2 GitHub profile forensics: back-dated history, copied repositories with the candidate injected, follow-farming,
// cross-committing rings, and names that differ between profile, commits and application.
import type { Alert } from '../../model/alert.js';
import { makeAlert } from '../alerts/make-alert.js';
import { compareNames } from '../watchlist/name-match.js';
import { createUnionFind } from '../similarity/union-find.js';
import { GithubExport, type GithubCommit, type GithubRepo } from './types.js';

const DAY = 86_400_000;

function commitsOf(ex: GithubExport, repo: GithubRepo): GithubCommit[] {
  return ex.commits[repo.name] ?? (repo.full_name ? ex.commits[repo.full_name] : undefined) ?? [];
}

/** A commit is the user's when GitHub linked it to the login, or its author e-mail is one the user is known to use. */
function isUsers(c: GithubCommit, login: string, emails: Set<string>): boolean {
  if (c.author?.login) return c.author.login.toLowerCase() === login.toLowerCase();
  const e = c.commit.author?.email?.toLowerCase();
  return !!e && emails.has(e);
}

function identity(c: GithubCommit): string {
  return c.author?.login?.toLowerCase() ?? c.commit.author?.email?.toLowerCase() ?? c.commit.author?.name?.toLowerCase() ?? '?';
}

export interface GithubContext { candidateId: string; applicationName?: string | null }

export function githubFindings(raw: unknown, ctx: GithubContext): Alert[] {
  const ex = GithubExport.parse(raw);
  const u = ex.user;
  const login = u.login;
  const emails = new Set<string>([u.email?.toLowerCase() ?? '', `${login.toLowerCase()}@users.noreply.github.com`].filter(Boolean));
  // Commits linked to the login also reveal the e-mails the user commits with.
  for (const list of Object.values(ex.commits)) for (const c of list) if (c.author?.login?.toLowerCase() === login.toLowerCase() && c.commit.author?.email) emails.add(c.commit.author.email.toLowerCase());
  const out: Alert[] = [];
  const base = { subjectId: ctx.candidateId, pillar: 'identity' as const };
  const created = Date.parse(u.created_at);

  const mine = ex.repos.flatMap((r) => commitsOf(ex, r).filter((c) => isUsers(c, login, emails)).map((c) => ({ repo: r.name, date: c.commit.author?.date ?? null, c })));
  const early = mine.filter((m) => m.date && Date.parse(m.date) < created - DAY);
  if (early.length > 0) {
    const earliest = early.map((m) => m.date as string).sort()[0];
    out.push(makeAlert({
      ...base, ruleId: 'screen.github.backdated', dedupKey: login, severity: 'high', signals: ['B1', 'H7'],
      en: `GitHub account ${login} (created ${u.created_at.slice(0, 10)}) hosts ${early.length} of its own commits dated before it existed (earliest ${earliest?.slice(0, 10)}): history was back-dated to look older.`,
      ja: `GitHub アカウント ${login}（作成 ${u.created_at.slice(0, 10)}）に、作成前の日付の自身のコミットが ${early.length} 件あります（最古 ${earliest?.slice(0, 10)}）。履歴が古く見せかけられています。`,
      facts: { login, accountCreated: u.created_at, earliestCommit: earliest, commits: early.length, repos: [...new Set(early.map((m) => m.repo))] },
    }));
  }

  for (const r of ex.repos) {
    const list = commitsOf(ex, r);
    if (r.fork || list.length < 5) continue;
    const own = list.filter((c) => isUsers(c, login, emails)).length;
    const others = new Set(list.filter((c) => !isUsers(c, login, emails)).map(identity));
    const repoCreated = r.created_at ? Date.parse(r.created_at) : NaN;
    const imported = list.filter((c) => !isUsers(c, login, emails) && c.commit.author?.date && Date.parse(c.commit.author.date) < repoCreated - DAY).length;
    // Not a fork, mostly others' work written before the repository existed here, the candidate holding a sliver.
    if (own > 0 && own / list.length <= 0.2 && others.size >= 1 && imported >= (list.length - own) * 0.8) {
      out.push(makeAlert({
        ...base, ruleId: 'screen.github.copied-repo', dedupKey: `${login}/${r.name}`, severity: 'medium', signals: ['B1', 'H7'],
        en: `Repository ${r.name} is not marked as a fork but ${list.length - own} of ${list.length} commits are by ${others.size} other author(s) and predate the repository; ${login} appears in only ${own}.`,
        ja: `リポジトリ ${r.name} はフォーク扱いではないが、${list.length} 件中 ${list.length - own} 件が他の作者 ${others.size} 名によるリポジトリ作成前のコミットで、${login} は ${own} 件のみです。`,
        facts: { repo: r.name, repoCreated: r.created_at, commits: list.length, ownCommits: own, otherAuthors: [...others].slice(0, 10), importedCommits: imported },
      }));
    }
  }

  const ratio = u.followers / Math.max(1, u.following);
  if ((u.following >= 500 && ratio >= 0.7 && ratio <= 1.5 && u.public_repos <= 15) || (u.followers >= 1000 && u.public_repos <= 5)) {
    out.push(makeAlert({
      ...base, ruleId: 'screen.github.follow-farming', dedupKey: login, severity: 'low', signals: ['B1', 'H7'],
      en: `GitHub account ${login} has ${u.followers} followers and follows ${u.following} with only ${u.public_repos} public repositories: follow-for-follow inflation.`,
      ja: `GitHub アカウント ${login} はフォロワー ${u.followers}、フォロー ${u.following} に対し公開リポジトリが ${u.public_repos} 件のみで、相互フォローによる水増しの疑い。`,
      facts: { login, followers: u.followers, following: u.following, publicRepos: u.public_repos },
    }));
  }

  const names = new Map<string, string>();
  if (u.name) names.set(u.name, 'profile');
  if (ctx.applicationName) names.set(ctx.applicationName, 'application');
  for (const m of mine) if (m.c.commit.author?.name && !names.has(m.c.commit.author.name)) names.set(m.c.commit.author.name, `commit author (${m.c.commit.author.email ?? 'no e-mail'})`);
  // Handles like "dev-star" are not names; compare only values that look like personal names.
  const personal = [...names.entries()].filter(([n]) => /\p{L}+\s+\p{L}+/u.test(n));
  const conflicts: [string, string][] = [];
  for (let i = 0; i < personal.length; i++) for (let j = i + 1; j < personal.length; j++) {
    const a = personal[i] as [string, string];
    const b = personal[j] as [string, string];
    if (!compareNames(a[0], b[0])) conflicts.push([`${a[1]}: ${a[0]}`, `${b[1]}: ${b[0]}`]);
  }
  if (conflicts.length > 0) {
    out.push(makeAlert({
      ...base, ruleId: 'screen.github.name-conflict', dedupKey: login, severity: 'medium', signals: ['B2', 'H3'],
      en: `Different personal names are used for GitHub account ${login}: ${conflicts.map((c) => `${c[0]} ≠ ${c[1]}`).join('; ')}.`,
      ja: `GitHub アカウント ${login} で異なる氏名が使われています：${conflicts.map((c) => `${c[0]} ≠ ${c[1]}`).join('、')}。`,
      facts: { login, conflicts },
    }));
  }
  return out;
}

/** B1: accounts that commit into each other's repositories (in both directions) form a ring — a fake organisation. */
export function crossCommitRings(exports: { candidateId: string; data: unknown }[]): Alert[] {
  const parsed = exports.map((e) => ({ candidateId: e.candidateId, ex: GithubExport.parse(e.data) }));
  const logins = parsed.map((p) => p.ex.user.login.toLowerCase());
  const pos = new Map(logins.map((l, i) => [l, i]));
  const contributes = parsed.map((p) => new Set(p.ex.repos.flatMap((r) => commitsOf(p.ex, r).map((c) => c.author?.login?.toLowerCase()).filter((l): l is string => !!l && l !== p.ex.user.login.toLowerCase()))));
  const uf = createUnionFind(parsed.length);
  const pairs: [string, string][] = [];
  for (let i = 0; i < parsed.length; i++) {
    for (const other of contributes[i] ?? []) {
      const j = pos.get(other);
      if (j !== undefined && j > i && contributes[j]?.has(logins[i] ?? '')) { uf.union(i, j); pairs.push([logins[i] ?? '', other]); }
    }
  }
  const out: Alert[] = [];
  for (const g of uf.groups()) {
    if (g.length < 2) continue;
    const members = g.map((i) => logins[i] ?? '');
    for (const i of g) {
      out.push(makeAlert({
        subjectId: parsed[i]?.candidateId ?? '', ruleId: 'screen.github.cross-commit-ring', dedupKey: members.join(','), severity: g.length >= 3 ? 'medium' : 'low', signals: ['B1', 'H9'],
        en: `GitHub accounts ${members.join(', ')} commit into each other's repositories: a cross-committing ring.`,
        ja: `GitHub アカウント ${members.join('、')} が相互のリポジトリにコミットしています（相互コミットの輪）。`,
        facts: { members, mutualPairs: pairs.filter(([a, b]) => members.includes(a) && members.includes(b)) },
      }));
    }
  }
  return out;
}
