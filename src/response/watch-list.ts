// Watch-list entries in the store (post-termination identifiers, imported STIX indicators) and a matcher that
// compares a candidate's or an event's identifiers against them, keyed-hash entries included.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { hmacIndicator, INDICATOR_KINDS, normaliseIndicator, type IndicatorKind } from '../share/index.js';
import { ipMatches } from '../screen/watchlist/identifiers.js';
import type { Db } from '../store/db.js';
import { watchList } from '../store/schema/index.js';

export const WATCH_KINDS = [...INDICATOR_KINDS, 'name', 'account', 'domain', 'url'] as const;
export type WatchKind = (typeof WATCH_KINDS)[number];

export interface WatchEntry {
  list: string;
  kind: WatchKind;
  value: string;
  hashed: boolean;
  hmacKeyId: string | null;
  source: string;
  sourceRef: string | null;
  personId: string | null;
  confidence: number | null;
  tlp: string | null;
  validUntil: string | null;
}

const isIndicatorKind = (k: string): k is IndicatorKind => (INDICATOR_KINDS as readonly string[]).includes(k);

/** Names compare as their sorted lower-case tokens, so "KIM Jon" and "Jon Kim" are the same entry. */
export function nameKey(name: string): string | null {
  const tokens = name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean).sort();
  return tokens.length >= 2 ? tokens.join(' ') : null;
}

/** The canonical stored form of a value of a kind, or null when it is not a valid value of that kind. */
export function normaliseWatchValue(kind: WatchKind, value: string, defaultCountry?: string | null): string | null {
  if (isIndicatorKind(kind)) return normaliseIndicator(kind, value, defaultCountry);
  if (kind === 'name') return nameKey(value);
  const v = value.trim().toLowerCase();
  return v || null;
}

/** Adds entries (already normalised or hashed); an entry already there is left as it is. Returns how many were new. */
export async function addWatchEntries(db: Db, tenantId: string, entries: WatchEntry[]): Promise<number> {
  let added = 0;
  const unique = [...new Map(entries.map((e) => [`${e.list}|${e.kind}|${e.value}|${e.source}`, e])).values()];
  for (let i = 0; i < unique.length; i += 300) {
    const res = await db.insert(watchList).values(unique.slice(i, i + 300).map((e) => ({ tenantId, ...e })))
      .onConflictDoNothing().returning({ one: sql<number>`1` });
    added += res.length;
  }
  return added;
}

export async function loadWatchList(db: Db, tenantId: string, q: { lists?: string[]; personId?: string } = {}): Promise<(WatchEntry & { createdAt: string })[]> {
  const rows = await db.select().from(watchList).where(and(
    eq(watchList.tenantId, tenantId),
    q.lists?.length ? inArray(watchList.list, q.lists) : undefined,
    q.personId ? eq(watchList.personId, q.personId) : undefined,
  ));
  return rows.map(({ tenantId: _t, ...r }) => ({
    ...r, kind: r.kind as WatchKind, createdAt: new Date(r.createdAt).toISOString(),
    validUntil: r.validUntil ? new Date(r.validUntil).toISOString() : null,
  }));
}

/** What a candidate or an event offers for comparison; every field optional. */
export interface WatchProbe {
  emails?: (string | null | undefined)[];
  phones?: (string | null | undefined)[];
  ips?: (string | null | undefined)[];
  asns?: (number | string | null | undefined)[];
  wallets?: (string | null | undefined)[];
  names?: (string | null | undefined)[];
  accounts?: (string | null | undefined)[];
  documentAuthors?: (string | null | undefined)[];
}

export interface WatchMatch { entry: WatchEntry; kind: WatchKind; /** The probe's value that matched (normalised). */ value: string }

const PROBE_KINDS: [keyof WatchProbe, WatchKind][] = [
  ['emails', 'email'], ['phones', 'phone'], ['ips', 'ip'], ['asns', 'asn'], ['wallets', 'wallet'], ['names', 'name'],
  ['accounts', 'account'], ['documentAuthors', 'document-author'],
];

/**
 * Builds a matcher over entries. Clear values match by equality (IPs also by CIDR block); keyed-hash values are
 * compared by hashing the probe with the key named by the entry's key id (or `*`), so PII shared hashed still matches.
 */
export function watchMatcher(entries: WatchEntry[], opts: { keys?: Record<string, string | Buffer>; now?: string | number; defaultCountry?: string } = {}) {
  const now = opts.now === undefined ? Date.now() : new Date(opts.now).getTime();
  const live = entries.filter((e) => !e.validUntil || Date.parse(e.validUntil) >= now);
  const clear = new Map<string, WatchEntry[]>();
  const cidrs: WatchEntry[] = [];
  const hashed: WatchEntry[] = [];
  for (const e of live) {
    if (e.hashed) { hashed.push(e); continue; }
    if (e.kind === 'ip' && e.value.includes('/')) { cidrs.push(e); continue; }
    const k = `${e.kind}|${e.value}`;
    clear.set(k, [...(clear.get(k) ?? []), e]);
  }
  const keys = opts.keys ?? {};
  return (probe: WatchProbe): WatchMatch[] => {
    const out: WatchMatch[] = [];
    for (const [field, kind] of PROBE_KINDS) {
      for (const raw of probe[field] ?? []) {
        if (raw === null || raw === undefined || raw === '') continue;
        const value = normaliseWatchValue(kind, String(raw), opts.defaultCountry);
        if (!value) continue;
        for (const entry of clear.get(`${kind}|${value}`) ?? []) out.push({ entry, kind, value });
        if (kind === 'ip') for (const entry of cidrs) if (ipMatches(value, entry.value)) out.push({ entry, kind, value });
        if (!isIndicatorKind(kind)) continue;
        for (const entry of hashed) {
          if (entry.kind !== kind) continue;
          const key = keys[entry.hmacKeyId ?? '*'] ?? keys['*'];
          if (key && hmacIndicator(kind, value, key) === entry.value) out.push({ entry, kind, value });
        }
      }
    }
    return out;
  };
}
