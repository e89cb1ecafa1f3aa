import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crossCommitRings, githubFindings } from './index.js';

const commit = (login: string | null, name: string, email: string, date: string) => ({
  sha: `${login}-${date}`, commit: { author: { name, email, date }, committer: { name, email, date }, message: 'update' }, author: login ? { login } : null, committer: null,
});
const user = (login: string, over: Record<string, unknown> = {}) => ({ login, name: 'Daniel Morgan', email: null, created_at: '2024-05-01T00:00:00Z', followers: 12, following: 10, public_repos: 6, ...over });

test('honest profile: no findings', () => {
  const data = {
    user: user('dmorgan'),
    repos: [{ name: 'ledger', fork: false, created_at: '2024-05-03T00:00:00Z' }, { name: 'react', fork: true, created_at: '2024-06-01T00:00:00Z' }],
    commits: {
      ledger: [1, 2, 3, 4, 5, 6].map((i) => commit('dmorgan', 'Daniel Morgan', 'dan@morgan.dev', `2024-${String(i + 4).padStart(2, '0')}-01T10:00:00Z`)),
      react: [1, 2, 3, 4, 5, 6].map((i) => commit(`core${i}`, `Core Dev ${i}`, `c${i}@fb.com`, '2020-01-01T00:00:00Z')),
    },
  };
  assert.deepEqual(githubFindings(data, { candidateId: 'c1', applicationName: 'Daniel Morgan' }), []);
});

test('back-dated history, copied repository, follow-farming and name conflicts', () => {
  const data = {
    user: user('devstar-pro', { name: 'Kevin Walsh', followers: 900, following: 1000, public_repos: 4, created_at: '2024-09-01T00:00:00Z' }),
    repos: [
      { name: 'portfolio', fork: false, created_at: '2024-09-02T00:00:00Z' },
      { name: 'trading-engine', fork: false, created_at: '2024-09-05T00:00:00Z' },
    ],
    commits: {
      portfolio: [commit('devstar-pro', 'Kevin Walsh', 'kw@proton.me', '2019-03-01T00:00:00Z'), commit(null, 'Ri Chol', 'kw@proton.me', '2020-01-01T00:00:00Z')],
      'trading-engine': [
        ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => commit('alice-eng', 'Alice Chen', 'alice@quant.io', `2021-0${i}-01T00:00:00Z`)),
        commit('devstar-pro', 'Kevin Walsh', 'kw@proton.me', '2024-09-06T00:00:00Z'),
      ],
    },
  };
  const alerts = githubFindings(data, { candidateId: 'c2', applicationName: 'Marco Rossi' });
  const rules = alerts.map((a) => a.ruleId).sort();
  assert.deepEqual(rules, ['screen.github.backdated', 'screen.github.copied-repo', 'screen.github.follow-farming', 'screen.github.name-conflict']);
  const back = alerts.find((a) => a.ruleId === 'screen.github.backdated');
  assert.equal(back?.evidence.facts.commits, 2);
  assert.equal(back?.severity, 'high');
  const names = alerts.find((a) => a.ruleId === 'screen.github.name-conflict');
  assert.match(names?.summary.en ?? '', /Ri Chol/);
  assert.match(names?.summary.en ?? '', /Marco Rossi/);
  assert.ok(names?.signals.includes('B2'));
  assert.throws(() => githubFindings({ repos: [] }, { candidateId: 'x' }));
});

test('cross-committing ring needs commits in both directions', () => {
  const ex = (login: string, contributors: string[]) => ({
    user: user(login),
    repos: [{ name: `${login}-app`, fork: false, created_at: '2024-05-02T00:00:00Z' }],
    commits: { [`${login}-app`]: [login, ...contributors].map((l) => commit(l, l, `${l}@x.io`, '2024-06-01T00:00:00Z')) },
  });
  const alerts = crossCommitRings([
    { candidateId: 'a', data: ex('aa', ['bb', 'cc']) }, { candidateId: 'b', data: ex('bb', ['aa', 'cc']) }, { candidateId: 'c', data: ex('cc', ['aa']) },
    { candidateId: 'd', data: ex('dd', ['aa']) },
  ]);
  assert.deepEqual(alerts.map((a) => a.subjectId).sort(), ['a', 'b', 'c']);
  assert.equal(alerts[0]?.severity, 'medium');
});
