// The one access policy: every route (method + Fastify URL pattern) → who may call it. A route not listed here
// is refused for everyone, and the route-matrix test fails naming it, so a new route cannot ship unguarded.
import type { Role } from './roles.js';

/** `public`: no sign-in (the web shell, health, sign-in itself, the concern form); `signed-in`: any role. */
export type Rule = 'public' | 'signed-in' | readonly Role[];

const READ: readonly Role[] = ['admin', 'analyst', 'hr', 'legal', 'auditor'];
const CASEWORK: readonly Role[] = ['admin', 'analyst', 'hr', 'legal'];
const INGEST: readonly Role[] = ['admin', 'analyst', 'hr'];
const ADMIN: readonly Role[] = ['admin'];

export const POLICY: Record<string, Rule> = {
  // Web app shell and assets: the page itself holds no data.
  'GET /*': 'public',
  'GET /': 'public',
  'GET /api/health': 'public',

  // Sign-in, the current user, password change, sign-out.
  'POST /api/auth/login': 'public',
  'GET /api/auth/oidc/login': 'public',
  'GET /api/auth/oidc/callback': 'public',
  'GET /api/auth/me': 'signed-in',
  'POST /api/auth/logout': 'signed-in',
  'POST /api/auth/password': 'signed-in',

  // Accounts, roles and API tokens.
  'GET /api/users': ADMIN,
  'POST /api/users': ADMIN,
  'PATCH /api/users/:username': ADMIN,
  'GET /api/tokens': ADMIN,
  'POST /api/tokens': ADMIN,
  'DELETE /api/tokens/:id': ADMIN,
  'GET /api/audit': ['admin', 'auditor'],

  // Data in.
  'POST /api/import': INGEST,
  'POST /api/screen/resumes': INGEST,
  'GET /api/imports/:id/rejects': ['admin', 'analyst', 'hr'],
  'GET /api/sources': ['admin', 'analyst', 'hr', 'auditor'],

  // Reading people and risk.
  'GET /api/people': READ,
  'GET /api/overview': READ,
  'GET /api/risk': READ,
  'GET /api/risk/:personId': READ,
  'GET /api/clusters': READ,

  // Cases: everyone who works them writes; the auditor reads.
  'GET /api/cases': READ,
  'GET /api/cases/:id': READ,
  'POST /api/cases': CASEWORK,
  'PATCH /api/cases/:id': CASEWORK,
  'POST /api/cases/:id/notes': CASEWORK,
  'POST /api/cases/:id/attachments': CASEWORK,
  'GET /api/cases/:id/export': ['admin', 'analyst', 'legal'],

  // Applicability check and the administrator notices.
  'GET /api/applicability': READ,
  'POST /api/applicability/assess': CASEWORK,
  'POST /api/applicability/notice.eml': CASEWORK,

  'POST /api/cases/:id/watch': CASEWORK,
  'GET /api/watch-list': READ,
  'GET /api/cases/:id/playbook': READ,
  'POST /api/cases/:id/playbook/ticks': CASEWORK,
  'GET /api/cases/:id/evidence.zip': ['admin', 'analyst', 'legal'],

  // Concern reporting stays open to anyone, signed in or not (whistle-blowing must not need an account); the
  // reporter follows up with the secret token they were given. Staff read and answer concerns from the case.
  'POST /api/concerns': 'public',
  'GET /api/concerns/:token': 'public',
  'POST /api/concerns/:token/messages': 'public',
  'GET /api/cases/:id/concerns': READ,
  'POST /api/cases/:id/concern-replies': CASEWORK,

  // Sharing indicators with other organisations (STIX): export and import are security work.
  'GET /api/share/export': ['admin', 'analyst'],
  'POST /api/share/import': ['admin', 'analyst'],
};

/** HEAD is GET without a body; OPTIONS is answered by the framework. */
export const policyKey = (method: string, url: string) => `${method === 'HEAD' ? 'GET' : method} ${url}`;

export function ruleFor(method: string, url: string): Rule | undefined {
  return POLICY[policyKey(method, url)];
}

export function allows(rule: Rule | undefined, role: Role | null): boolean {
  if (rule === undefined) return false;
  if (rule === 'public') return true;
  if (role === null) return false;
  return rule === 'signed-in' || rule.includes(role);
}
