// Browser sessions (random 256-bit ids, stored hashed) and API tokens (`tl_…`, scoped by role, revocable, stored hashed).
import { and, desc, eq, isNull, lt } from 'drizzle-orm';
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../store/db.js';
import { apiTokens, sessions } from '../store/schema/auth.js';
import type { Role } from './roles.js';

export const SESSION_HOURS = 12;
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

export function sessionsRepo(db: Db, tenantId: string, now: () => Date = () => new Date()) {
  return {
    async create(username: string): Promise<{ id: string; expiresAt: Date }> {
      const id = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now().getTime() + SESSION_HOURS * 3_600_000);
      await db.insert(sessions).values({ tenantId, idHash: sha(id), username, expiresAt: expiresAt.toISOString() });
      // Housekeeping: expired sessions go when anyone signs in.
      await db.delete(sessions).where(and(eq(sessions.tenantId, tenantId), lt(sessions.expiresAt, now().toISOString())));
      return { id, expiresAt };
    },
    async lookup(id: string): Promise<string | null> {
      const [s] = await db.select().from(sessions).where(and(eq(sessions.tenantId, tenantId), eq(sessions.idHash, sha(id))));
      return s && Date.parse(s.expiresAt) > now().getTime() ? s.username : null;
    },
    async remove(id: string) { await db.delete(sessions).where(and(eq(sessions.tenantId, tenantId), eq(sessions.idHash, sha(id)))); },
    async removeAllOf(username: string) { await db.delete(sessions).where(and(eq(sessions.tenantId, tenantId), eq(sessions.username, username))); },
  };
}

export function tokensRepo(db: Db, tenantId: string, now: () => Date = () => new Date()) {
  return {
    /** The token is returned once; only its hash is kept. */
    async create(t: { name: string; role: Role; createdBy: string }): Promise<{ id: string; token: string }> {
      const id = randomBytes(6).toString('hex');
      const token = `tl_${id}_${randomBytes(32).toString('base64url')}`;
      await db.insert(apiTokens).values({ tenantId, id, name: t.name.slice(0, 100), tokenHash: sha(token), role: t.role, createdBy: t.createdBy });
      return { id, token };
    },
    async lookup(token: string): Promise<{ id: string; role: Role; name: string } | null> {
      if (!token.startsWith('tl_')) return null;
      const [r] = await db.select().from(apiTokens).where(and(eq(apiTokens.tenantId, tenantId), eq(apiTokens.tokenHash, sha(token)), isNull(apiTokens.revokedAt)));
      if (!r) return null;
      await db.update(apiTokens).set({ lastUsedAt: now().toISOString() }).where(and(eq(apiTokens.tenantId, tenantId), eq(apiTokens.id, r.id)));
      return { id: r.id, role: r.role as Role, name: r.name };
    },
    async list() {
      const rows = await db.select().from(apiTokens).where(eq(apiTokens.tenantId, tenantId)).orderBy(desc(apiTokens.createdAt));
      return rows.map(({ tokenHash: _h, tenantId: _t, ...r }) => r);
    },
    async revoke(id: string): Promise<boolean> {
      const r = await db.update(apiTokens).set({ revokedAt: now().toISOString() }).where(and(eq(apiTokens.tenantId, tenantId), eq(apiTokens.id, id), isNull(apiTokens.revokedAt))).returning({ id: apiTokens.id });
      return r.length > 0;
    },
  };
}
