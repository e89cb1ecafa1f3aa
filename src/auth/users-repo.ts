// Local and OIDC accounts: create, sign in with lockout after repeated failures, change password or role.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../store/db.js';
import { users } from '../store/schema/auth.js';
import { AppError } from '../errors/app-error.js';
import { hashPassword, passwordProblem, randomSecret, verifyPassword } from './password.js';
import type { Role } from './roles.js';

/** Five wrong passwords lock the account for 15 minutes; each later failure restarts the lock. */
export const LOCKOUT = { failures: 5, minutes: 15 };

export type UserRow = typeof users.$inferSelect;
export type LoginResult = { ok: true; user: UserRow } | { ok: false; reason: 'bad_credentials' | 'locked' | 'disabled' };

export function usersRepo(db: Db, tenantId: string, now: () => Date = () => new Date()) {
  const where = (u: string) => and(eq(users.tenantId, tenantId), eq(users.username, u));
  const get = async (username: string) => (await db.select().from(users).where(where(username)))[0] ?? null;
  return {
    get,
    async list() {
      const rows = await db.select().from(users).where(eq(users.tenantId, tenantId)).orderBy(users.username);
      return rows.map(({ passwordHash: _p, ...u }) => u);
    },
    async count(): Promise<number> {
      const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(users).where(eq(users.tenantId, tenantId));
      return r?.n ?? 0;
    },
    async create(u: { username: string; role: Role; password?: string; mustChangePassword?: boolean; origin?: 'local' | 'oidc' }) {
      if (!/^[A-Za-z0-9._@-]{1,100}$/.test(u.username)) throw new AppError('BAD_REQUEST', 'a username has 1–100 letters, digits or . _ @ -');
      if (u.password !== undefined) { const p = passwordProblem(u.password, u.username); if (p) throw new AppError('WEAK_PASSWORD', p); }
      if (await get(u.username)) throw new AppError('CONFLICT', `user ${u.username} exists`, { status: 409 });
      await db.insert(users).values({
        tenantId, username: u.username, role: u.role, origin: u.origin ?? 'local',
        passwordHash: u.password !== undefined ? await hashPassword(u.password) : null, mustChangePassword: u.mustChangePassword ?? false,
      });
    },
    /** Checks a password; counts failures and locks; a locked account fails even with the right password. */
    async login(username: string, password: string): Promise<LoginResult> {
      const u = await get(username);
      const t = now();
      if (u?.lockedUntil && Date.parse(u.lockedUntil) > t.getTime()) { await verifyPassword(password, null); return { ok: false, reason: 'locked' }; }
      const good = await verifyPassword(password, u?.passwordHash ?? null);
      if (!u) return { ok: false, reason: 'bad_credentials' };
      if (!good) {
        const failures = u.failedLogins + 1;
        const lock = failures >= LOCKOUT.failures ? new Date(t.getTime() + LOCKOUT.minutes * 60_000).toISOString() : null;
        await db.update(users).set({ failedLogins: failures, lockedUntil: lock }).where(where(username));
        return { ok: false, reason: lock ? 'locked' : 'bad_credentials' };
      }
      if (u.disabled) return { ok: false, reason: 'disabled' };
      await db.update(users).set({ failedLogins: 0, lockedUntil: null, lastLoginAt: t.toISOString() }).where(where(username));
      return { ok: true, user: u };
    },
    async setPassword(username: string, password: string) {
      const p = passwordProblem(password, username);
      if (p) throw new AppError('WEAK_PASSWORD', p);
      await db.update(users).set({ passwordHash: await hashPassword(password), mustChangePassword: false, failedLogins: 0, lockedUntil: null }).where(where(username));
    },
    async setRole(username: string, role: Role) {
      const r = await db.update(users).set({ role }).where(where(username)).returning({ username: users.username });
      if (r.length === 0) throw new AppError('NOT_FOUND', `no user ${username}`, { status: 404 });
    },
    async setDisabled(username: string, disabled: boolean) {
      await db.update(users).set({ disabled }).where(where(username));
    },
    /** First start: an `admin` with a one-time password the caller prints once; null when accounts exist. */
    async createFirstAdmin(): Promise<{ username: string; password: string } | null> {
      if (await this.count() > 0) return null;
      const password = randomSecret(18);
      await this.create({ username: 'admin', role: 'admin', password, mustChangePassword: true });
      return { username: 'admin', password };
    },
  };
}
export type UsersRepo = ReturnType<typeof usersRepo>;
