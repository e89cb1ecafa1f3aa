// Partition ownership in a NATS KV bucket: a lease per partition, renewed by heartbeat, taken over once it expires.
import type { KV } from '@nats-io/kv';

export interface Lease { unit: string; revision: number; /** Revision at acquisition: grows with every takeover, fences checkpoints. */ epoch: number }
interface LeaseValue { owner: string; until: number }

export const LEASE_BUCKET = 'trustline_leases';

/**
 * Compare-and-set on the KV revision decides every race: two workers trying to take the same expired lease both
 * read revision r, and only one `update(…, r)` succeeds. Expiry is judged on the holder's `until` (wall clock),
 * so worker clocks must agree to well within the lease time (NTP does).
 */
export function createLeases(kv: KV, tenant: string, owner: string, ttlMs: number) {
  const key = (unit: string) => `${tenant}.${unit}`;
  const value = () => JSON.stringify({ owner, until: Date.now() + ttlMs } satisfies LeaseValue);

  return {
    async tryAcquire(unit: string): Promise<Lease | null> {
      const e = await kv.get(key(unit));
      try {
        let revision: number;
        if (!e || e.operation !== 'PUT') revision = await kv.create(key(unit), value());
        else {
          const cur = e.json<LeaseValue>();
          if (cur.until > Date.now() && cur.owner !== owner) return null;
          revision = await kv.update(key(unit), value(), e.revision);
        }
        return { unit, revision, epoch: revision };
      } catch {
        return null; // someone else won the compare-and-set
      }
    },
    /** False when the lease was lost (taken over after expiry): the caller must stop the partition at once. */
    async renew(lease: Lease): Promise<boolean> {
      try { lease.revision = await kv.update(key(lease.unit), value(), lease.revision); return true; } catch { return false; }
    },
    async release(lease: Lease): Promise<void> {
      try { await kv.delete(key(lease.unit), { previousSeq: lease.revision }); } catch { /* already taken over */ }
    },
    async heartbeat(): Promise<void> { await kv.put(`${tenant}.workers.${owner}`, value()); },
    async leave(): Promise<void> { try { await kv.delete(`${tenant}.workers.${owner}`); } catch { /* gone */ } },
    /** Workers whose heartbeat has not expired (this one included). */
    async liveWorkers(): Promise<string[]> {
      const out: string[] = [];
      const keys: string[] = [];
      for await (const k of await kv.keys(`${tenant}.workers.*`)) keys.push(k);
      for (const k of keys) {
        const e = await kv.get(k);
        if (e?.operation === 'PUT' && e.json<LeaseValue>().until > Date.now()) out.push(k.slice(`${tenant}.workers.`.length));
      }
      return out;
    },
  };
}
export type Leases = ReturnType<typeof createLeases>;
