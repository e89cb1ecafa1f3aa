// Events for analysis: attribution of actors to people, time-ordered batches of unanalysed events, marking them done.
import { and, asc, eq, gt, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Enrichment } from '../model/enrichment.js';
import type { NormalizedEvent } from '../model/event.js';
import type { Db } from './db.js';
import { events } from './schema/index.js';

export type StoredEvent = NormalizedEvent & { enrichment: Enrichment; personId: string | null };

type EventRow = typeof events.$inferSelect;
export function rowToEvent(r: EventRow): StoredEvent {
  return {
    id: r.id, time: new Date(r.time).toISOString(), source: r.source as NormalizedEvent['source'], sourceEventId: r.sourceEventId,
    type: r.type, category: r.category as NormalizedEvent['category'], outcome: r.outcome as NormalizedEvent['outcome'],
    outcomeReason: r.outcomeReason, actor: r.actor, actorId: r.actorId, actorName: r.actorName, target: r.target,
    targetType: r.targetType, ip: r.ip, userAgent: r.userAgent, deviceId: r.deviceId, deviceName: r.deviceName,
    sessionId: r.sessionId, mfaFactor: r.mfaFactor, vendorGeo: r.vendorGeo as NormalizedEvent['vendorGeo'],
    attrs: r.attrs, raw: r.raw, enrichment: (r.enrichment ?? {}) as Enrichment, personId: r.personId,
  };
}

/**
 * Links events to people: the actor is the person's e-mail, or an account listed for them in accounts.csv
 * (same system first, then any system). Returns how many events were attributed.
 */
export async function attributeEvents(db: Db, tenantId: string): Promise<number> {
  const t = tenantId;
  // An invitation or membership add is about the member, not the admin who clicked: the C3 chain (invite → token →
  // surge) is the invitee's. Attributed to the target user when the target is a known person.
  const m1 = await db.execute(sql`UPDATE events e SET person_id = p.employee_id FROM people p
    WHERE e.tenant_id = ${t} AND e.person_id IS NULL AND e.category = 'iam.member_add' AND lower(e.target_type) = 'user'
      AND p.tenant_id = ${t} AND lower(e.target) = p.email`);
  const m2 = await db.execute(sql`UPDATE events e SET person_id = ac.employee_id FROM accounts ac
    WHERE e.tenant_id = ${t} AND e.person_id IS NULL AND e.category = 'iam.member_add' AND lower(e.target_type) = 'user'
      AND ac.tenant_id = ${t} AND ac.system = e.source AND lower(e.target) = ac.account`);
  const a = await db.execute(sql`UPDATE events e SET person_id = p.employee_id FROM people p
    WHERE e.tenant_id = ${t} AND e.person_id IS NULL AND p.tenant_id = ${t} AND e.actor = p.email`);
  const b = await db.execute(sql`UPDATE events e SET person_id = ac.employee_id FROM accounts ac
    WHERE e.tenant_id = ${t} AND e.person_id IS NULL AND ac.tenant_id = ${t} AND ac.system = e.source AND e.actor = ac.account`);
  const c = await db.execute(sql`UPDATE events e SET person_id = x.employee_id FROM (
      SELECT account, min(employee_id) AS employee_id FROM accounts WHERE tenant_id = ${t} GROUP BY account HAVING count(DISTINCT employee_id) = 1
    ) x WHERE e.tenant_id = ${t} AND e.person_id IS NULL AND e.actor = x.account`);
  const d = await attributeDeviceEvents(db, t);
  return affected(m1) + affected(m2) + affected(a) + affected(b) + affected(c) + d;
}

/**
 * Endpoint events without any account (Defender's PnpDeviceConnected — how an IP-KVM shows up — carries none) belong to
 * whoever was signed in at the device: the latest interactive logon on the same device in the 24 hours before, or, for
 * a device plugged in at wake-up, the first one within the hour after. Network, batch and service logons are not someone
 * at the keyboard. Devices nobody signed in to stay unattributed.
 */
async function attributeDeviceEvents(db: Db, t: string): Promise<number> {
  const r = await db.execute(sql`WITH dev AS (
      SELECT id, time, device_id, source FROM events
      WHERE tenant_id = ${t} AND person_id IS NULL AND actor IS NULL AND device_id IS NOT NULL AND category LIKE 'endpoint.%'
    ), pick AS (
      SELECT DISTINCT ON (d.id) d.id, l.person_id FROM dev d JOIN events l
        ON l.tenant_id = ${t} AND l.device_id = d.device_id AND l.source = d.source AND l.category = 'endpoint.logon'
          AND l.outcome = 'success' AND l.person_id IS NOT NULL
          AND coalesce(l.attrs->>'logonType', '') NOT IN ('Network', 'NetworkCleartext', 'Batch', 'Service', 'NewCredentials')
          AND l.time > d.time - interval '24 hours' AND l.time <= d.time + interval '1 hour'
      ORDER BY d.id, (l.time <= d.time) DESC, abs(extract(epoch FROM (d.time - l.time))), l.id
    )
    UPDATE events e SET person_id = pick.person_id FROM pick WHERE e.tenant_id = ${t} AND e.id = pick.id`);
  return affected(r);
}

function affected(r: unknown): number {
  const o = r as { affectedRows?: number; count?: number; rowCount?: number };
  return o.affectedRows ?? o.count ?? o.rowCount ?? 0;
}

/** Attributed, unanalysed events in (time, id) order, a batch at a time (keyset paging: no OFFSET scans). */
export async function* unanalysedEvents(db: Db, tenantId: string, batchSize: number): AsyncIterable<StoredEvent[]> {
  let after: { time: string; id: string } | null = null;
  for (;;) {
    const cursor: { time: string; id: string } | null = after;
    const rows: EventRow[] = await db.select().from(events).where(and(
      eq(events.tenantId, tenantId), eq(events.analyzed, false), isNotNull(events.personId),
      cursor ? or(gt(events.time, cursor.time), and(eq(events.time, cursor.time), gt(events.id, cursor.id))) : undefined,
    )).orderBy(asc(events.time), asc(events.id)).limit(batchSize);
    if (rows.length === 0) return;
    const last: EventRow = rows[rows.length - 1]!;
    after = { time: last.time, id: last.id };
    yield rows.map(rowToEvent);
  }
}

export async function markAnalysed(db: Db, tenantId: string, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 5000) {
    await db.update(events).set({ analyzed: true }).where(and(eq(events.tenantId, tenantId), inArray(events.id, ids.slice(i, i + 5000))));
  }
}

export async function countUnattributed(db: Db, tenantId: string): Promise<number> {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(events).where(and(eq(events.tenantId, tenantId), isNull(events.personId)));
  return r?.n ?? 0;
}

/** Slim events onboarding checks need (sign-ins, MFA, grants, endpoint), attributed, without raw records. */
export async function eventsForOnboarding(db: Db, tenantId: string): Promise<StoredEvent[]> {
  const rows = await db.select().from(events).where(and(eq(events.tenantId, tenantId), isNotNull(events.personId),
    inArray(events.category, ['auth.login', 'auth.session', 'auth.mfa_challenge', 'auth.mfa_change', 'iam.privilege_grant', 'endpoint.logon', 'endpoint.network'])))
    .orderBy(asc(events.time), asc(events.id)); // id breaks ties: evidence lists must not depend on where rows sit on disk
  return rows.map((r) => ({ ...rowToEvent(r), raw: null }));
}

/** Every distinct (source, actor, name) seen in the logs, for identity resolution. */
export async function distinctActors(db: Db, tenantId: string): Promise<{ source: string; actor: string; actorName: string | null; actorId: string | null }[]> {
  const rows = await db.selectDistinct({ source: events.source, actor: events.actor, actorName: events.actorName, actorId: events.actorId })
    .from(events).where(and(eq(events.tenantId, tenantId), isNotNull(events.actor)));
  return rows.map((r) => ({ ...r, actor: r.actor! }));
}

/** The newest event time stored (the data's present), or null when there are no events. */
export async function latestEventTime(db: Db, tenantId: string): Promise<string | null> {
  const [r] = await db.select({ t: sql<string | null>`max(${events.time})` }).from(events).where(eq(events.tenantId, tenantId));
  return r?.t ? new Date(r.t).toISOString() : null;
}

/**
 * Endpoint measurements join the event stream (one event per row, attributed to its employee), so the latency
 * detector sees them in time order with everything else. Idempotent: a row already turned into an event is skipped.
 */
export async function materializeMetricEvents(db: Db, tenantId: string, eventType: string): Promise<number> {
  const r = await db.execute(sql`INSERT INTO events (tenant_id, id, time, source, source_event_id, type, category, outcome, device_id, attrs, raw, enrichment, person_id)
    SELECT m.tenant_id, 'metric-' || m.id, m.at, 'other', m.id, ${eventType}, 'other', 'unknown', m.device_id,
      jsonb_build_object('metric', m.metric, 'value', m.value),
      jsonb_build_object('employee_id', m.employee_id, 'at', m.at, 'device_id', m.device_id, 'metric', m.metric, 'value', m.value)::text,
      '{}'::jsonb, m.employee_id
    FROM endpoint_metrics m WHERE m.tenant_id = ${tenantId}
    ON CONFLICT DO NOTHING`); // no target: also right on a month-partitioned events table, keyed (tenant_id, id, time)
  return affected(r);
}
