// The audit chain itself: canonical hashing of records, appending, and verifying that nothing was edited,
// removed, inserted or reordered. Pure: storage is in repo.ts.
import { createHash } from 'node:crypto';

/** The hash a tenant's first record points back to. */
export const GENESIS_HASH = '0'.repeat(64);

/** What a caller records: who did what to which thing, and any detail worth keeping. */
export interface AuditEntry {
  actor: string;
  /** Dotted verb, e.g. `person.read`, `export.csv`, `role.change`, `case.close`. */
  action: string;
  /** The thing acted on, e.g. `person:E000123`, `case:C-17`, `user:alice`. */
  target: string;
  detail?: Record<string, unknown>;
}

export interface AuditRecord {
  seq: number;
  /** ISO 8601 UTC, exactly as hashed. */
  at: string;
  actor: string;
  action: string;
  target: string;
  detail: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

/**
 * Canonical JSON: sorted keys, no whitespace, undefined dropped. The hash format must never change, so this is
 * the audit module's own (a shared helper could drift) and it refuses values JSON cannot carry faithfully.
 */
export function canonicalJson(v: unknown): string {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'string': case 'boolean': return JSON.stringify(v);
    case 'number':
      if (!Number.isFinite(v)) throw new TypeError('audit detail: non-finite number');
      return JSON.stringify(v);
    case 'object': {
      if (v instanceof Date) return JSON.stringify(v.toISOString());
      if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : canonicalJson(x))).join(',')}]`;
      const o = v as Record<string, unknown>;
      const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
    }
    default: throw new TypeError(`audit detail: cannot record a ${typeof v}`);
  }
}

/** sha256 over the canonical JSON of every field but `hash`, then the previous hash. */
export function hashRecord(r: Omit<AuditRecord, 'hash'>): string {
  const body = canonicalJson({ seq: r.seq, at: r.at, actor: r.actor, action: r.action, target: r.target, detail: r.detail, prevHash: r.prevHash });
  return createHash('sha256').update(body).update('\n').update(r.prevHash).digest('hex');
}

/** The record that follows `prev` (null for the first); `at` defaults to now. */
export function nextRecord(prev: Pick<AuditRecord, 'seq' | 'hash'> | null, entry: AuditEntry, at: Date = new Date()): AuditRecord {
  if (!entry.actor || !entry.action || !entry.target) throw new TypeError('audit entry needs actor, action and target');
  // Round-trip the detail so what is hashed is exactly what a reader gets back.
  const detail = JSON.parse(canonicalJson(entry.detail ?? {})) as Record<string, unknown>;
  const base = {
    seq: prev ? prev.seq + 1 : 1, at: at.toISOString(), actor: entry.actor, action: entry.action,
    target: entry.target, detail, prevHash: prev ? prev.hash : GENESIS_HASH,
  };
  return { ...base, hash: hashRecord(base) };
}

export interface ChainVerdict {
  ok: boolean;
  /** The first position (seq expected there) that does not verify: the edited record, or where one was removed/inserted. */
  firstBadSeq: number | null;
  reason: string | null;
  checked: number;
}

/**
 * Verifies records in the order given. `from` lets a caller verify a tail: pass the record just before it
 * (or null to require the chain to start at seq 1 from the genesis hash).
 */
export function verifyChain(records: Iterable<AuditRecord>, from: Pick<AuditRecord, 'seq' | 'hash'> | null = null): ChainVerdict {
  let expectSeq = from ? from.seq + 1 : 1;
  let prevHash = from ? from.hash : GENESIS_HASH;
  let checked = 0;
  for (const r of records) {
    const bad = (reason: string): ChainVerdict => ({ ok: false, firstBadSeq: expectSeq, reason, checked });
    if (r.seq !== expectSeq) return bad(`expected seq ${expectSeq}, found ${r.seq} (a record was removed, inserted or reordered)`);
    if (r.prevHash !== prevHash) return bad(`seq ${r.seq} does not point to the record before it`);
    let h: string;
    try { h = hashRecord(r); } catch (e) { return bad(`seq ${r.seq} cannot be hashed: ${(e as Error).message}`); }
    if (h !== r.hash) return bad(`seq ${r.seq} was changed after it was written`);
    prevHash = r.hash;
    expectSeq++;
    checked++;
  }
  return { ok: true, firstBadSeq: null, reason: null, checked };
}
