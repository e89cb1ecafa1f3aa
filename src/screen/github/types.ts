// The GitHub REST API JSON a user exports for one profile: /users/{login}, /users/{login}/repos, /repos/{o}/{r}/commits.
import { z } from 'zod';

const Actor = z.looseObject({ login: z.string() }).nullable().optional();
const GitPerson = z.looseObject({ name: z.string().nullish(), email: z.string().nullish(), date: z.string().nullish() }).nullish();

export const GithubCommit = z.looseObject({
  sha: z.string().optional(),
  commit: z.looseObject({ author: GitPerson, committer: GitPerson, message: z.string().optional() }),
  author: Actor,
  committer: Actor,
});
export type GithubCommit = z.output<typeof GithubCommit>;

export const GithubRepo = z.looseObject({
  name: z.string(),
  full_name: z.string().optional(),
  fork: z.boolean().default(false),
  created_at: z.string().nullish(),
  pushed_at: z.string().nullish(),
  owner: z.looseObject({ login: z.string() }).optional(),
});
export type GithubRepo = z.output<typeof GithubRepo>;

export const GithubUser = z.looseObject({
  login: z.string(),
  name: z.string().nullish(),
  email: z.string().nullish(),
  created_at: z.string(),
  followers: z.number().default(0),
  following: z.number().default(0),
  public_repos: z.number().default(0),
  avatar_url: z.string().nullish(),
  company: z.string().nullish(),
  blog: z.string().nullish(),
});
export type GithubUser = z.output<typeof GithubUser>;

/** `commits` is keyed by repository name or full name, each the API's list-commits array. */
export const GithubExport = z.object({
  user: GithubUser,
  repos: z.array(GithubRepo).default([]),
  commits: z.record(z.string(), z.array(GithubCommit)).default({}),
});
export type GithubExport = z.output<typeof GithubExport>;
