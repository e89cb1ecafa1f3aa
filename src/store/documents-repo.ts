// Stored resume documents: kept once per candidate and content, read back for screening.
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from './db.js';
import { documents } from './schema/index.js';

export interface StoredDocument { candidateId: string; sha256: string; fileName: string; size: number; parsed: unknown | null; error: string | null }

export async function saveDocument(db: Db, tenantId: string, d: StoredDocument): Promise<boolean> {
  const res = await db.insert(documents).values({ tenantId, ...d }).onConflictDoNothing().returning({ sha: documents.sha256 });
  return res.length > 0;
}

export async function listParsedDocuments(db: Db, tenantId: string): Promise<StoredDocument[]> {
  const rows = await db.select().from(documents).where(and(eq(documents.tenantId, tenantId), isNotNull(documents.parsed)));
  return rows.map((r) => ({ candidateId: r.candidateId, sha256: r.sha256, fileName: r.fileName, size: r.size, parsed: r.parsed, error: r.error }));
}

export async function documentKeys(db: Db, tenantId: string): Promise<Set<string>> {
  const rows = await db.select({ c: documents.candidateId, s: documents.sha256 }).from(documents).where(eq(documents.tenantId, tenantId));
  return new Set(rows.map((r) => `${r.c}\u0000${r.s}`));
}
