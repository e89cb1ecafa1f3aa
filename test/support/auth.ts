// Signs tests in: accounts and API tokens created straight in the store, and a session cookie through the real login route.
import type { FastifyInstance } from 'fastify';
import { ensureSecuritySchema } from '../../src/auth/ensure-schema.js';
import type { Role } from '../../src/auth/roles.js';
import { tokensRepo } from '../../src/auth/sessions-repo.js';
import { usersRepo } from '../../src/auth/users-repo.js';
import type { Database } from '../../src/store/db.js';

export const TEST_PASSWORD = 'correct horse battery staple';

export async function addUser(database: Database, username: string, role: Role, tenant = 'default'): Promise<void> {
  await ensureSecuritySchema(database.db);
  await usersRepo(database.db, tenant).create({ username, role, password: TEST_PASSWORD });
}

/** `{ authorization: 'Bearer tl_…' }` for a fresh token of the role. */
export async function bearer(database: Database, role: Role, tenant = 'default'): Promise<{ authorization: string }> {
  await ensureSecuritySchema(database.db);
  const t = await tokensRepo(database.db, tenant).create({ name: `test-${role}`, role, createdBy: 'test' });
  return { authorization: `Bearer ${t.token}` };
}

/** Signs in through POST /api/auth/login and returns the Cookie header value. */
export async function loginCookie(app: FastifyInstance, username: string, password = TEST_PASSWORD): Promise<string> {
  const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (r.statusCode !== 200) throw new Error(`login ${username}: ${r.statusCode} ${r.body}`);
  const c = r.cookies.find((x) => x.name === 'tl_session');
  if (!c) throw new Error('no session cookie');
  return `tl_session=${c.value}`;
}
