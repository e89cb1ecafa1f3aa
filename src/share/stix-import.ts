// Imports STIX 2.1 bundles (e.g. from an ISAC) into watch-list items: value (or keyed hash), kind, source, confidence,
// TLP — and matches our own identifiers against them, hashing with the shared key when the partner shared hashes.
import { z } from 'zod';
import { HMAC_PROPERTY, hmacIndicator, kindOfPath, normaliseIndicator, type IndicatorKind } from './indicators.js';
import { tlpOf, tlpOfMarking, type Tlp } from './tlp.js';

export interface WatchItem {
  kind: IndicatorKind | 'domain' | 'url';
  /** The normalised value, or the lower-case hex HMAC when `hashed`. */
  value: string;
  hashed: boolean;
  hmacKeyId: string | null;
  /** Producer name (identity in the bundle), else the importer's label. */
  source: string;
  sourceRef: string | null;
  confidence: number | null;
  tlp: Tlp | null;
  indicatorId: string;
  name: string | null;
  validFrom: string | null;
  validUntil: string | null;
}

const Obj = z.looseObject({ type: z.string(), id: z.string() });
const Indicator = z.looseObject({
  type: z.literal('indicator'), id: z.string(), pattern: z.string(), pattern_type: z.string().optional(),
  name: z.string().optional(), confidence: z.number().int().min(0).max(100).optional(), created_by_ref: z.string().optional(),
  object_marking_refs: z.array(z.string()).optional(), valid_from: z.string().optional(), valid_until: z.string().optional(),
  revoked: z.boolean().optional(), x_trustline_hashed: z.looseObject({ key_id: z.string().optional() }).optional(),
});
const Bundle = z.looseObject({ type: z.literal('bundle'), objects: z.array(z.unknown()).default([]) });

/** object-type:path op value, where path may carry quoted keys (`hashes.'SHA-256'`) and value is a string or number. */
const COMPARISON = /([a-z0-9-]+):((?:[A-Za-z0-9_*[\]-]+|'[^']*')(?:\.(?:[A-Za-z0-9_*[\]-]+|'[^']*'))*)\s*(=|IN|LIKE|MATCHES|ISSUBSET)\s*('((?:[^'\\]|\\.)*)'|-?\d+(?:\.\d+)?)/g;

export interface ImportOptions {
  /** Label when the bundle names no producer. */
  source?: string;
  /** Drops indicators whose valid_until is before this time. */
  now?: string | number;
}

export interface ImportResult { items: WatchItem[]; skipped: number; errors: string[] }

export function importStixBundle(json: unknown, options: ImportOptions = {}): ImportResult {
  const bundle = Bundle.parse(json);
  const names = new Map<string, string>();
  const markings = new Map<string, Tlp>();
  const errors: string[] = [];
  for (const raw of bundle.objects) {
    const o = Obj.safeParse(raw);
    if (!o.success) continue;
    if (o.data.type === 'identity' && typeof o.data['name'] === 'string') names.set(o.data.id, o.data['name']);
    if (o.data.type === 'marking-definition') { const t = tlpOfMarking(o.data); if (t) markings.set(o.data.id, t); }
  }
  const nowMs = options.now === undefined ? null : new Date(options.now).getTime();
  const items: WatchItem[] = [];
  let skipped = 0;
  for (const raw of bundle.objects) {
    const type = (raw as { type?: unknown } | null)?.type;
    if (type !== 'indicator') continue;
    const parsed = Indicator.safeParse(raw);
    if (!parsed.success) { errors.push(`indicator ${(raw as { id?: string }).id ?? '?'}: ${parsed.error.issues[0]?.message ?? 'invalid'}`); continue; }
    const d = parsed.data;
    if (d.revoked || (d.pattern_type ?? 'stix') !== 'stix') { skipped++; continue; }
    if (nowMs !== null && d.valid_until && Date.parse(d.valid_until) < nowMs) { skipped++; continue; }
    const tlp = tlpOf(d.object_marking_refs ?? [], markings);
    const before = items.length;
    for (const m of d.pattern.matchAll(COMPARISON)) {
      const k = kindOfPath(m[1] ?? '', m[2] ?? '');
      if (!k || m[3] !== '=') continue;
      const rawValue = m[5] !== undefined ? m[5].replace(/\\(.)/g, '$1') : (m[4] ?? '');
      const value = k.hashed ? rawValue.toLowerCase() : k.kind === 'domain' || k.kind === 'url' ? rawValue.trim().toLowerCase() : normaliseIndicator(k.kind, rawValue);
      if (!value) continue;
      items.push({
        kind: k.kind, value, hashed: k.hashed, hmacKeyId: k.hashed ? d.x_trustline_hashed?.key_id ?? null : null,
        source: (d.created_by_ref && names.get(d.created_by_ref)) || options.source || 'stix', sourceRef: d.created_by_ref ?? null,
        confidence: d.confidence ?? null, tlp, indicatorId: d.id, name: d.name ?? null, validFrom: d.valid_from ?? null, validUntil: d.valid_until ?? null,
      });
    }
    if (items.length === before) skipped++;
  }
  return { items, skipped, errors };
}

/** Watch-list items matching one of our identifiers; hashed items are compared by HMAC with the key shared for them. */
export function matchWatchItems(items: WatchItem[], kind: IndicatorKind, value: string, keys: Record<string, string | Buffer> = {}, defaultCountry?: string): WatchItem[] {
  const norm = normaliseIndicator(kind, value, defaultCountry);
  if (!norm) return [];
  const hashes = new Map<string, string>();
  return items.filter((i) => {
    if (i.kind !== kind) return false;
    if (!i.hashed) return i.value === norm;
    const key = keys[i.hmacKeyId ?? ''] ?? keys['*'];
    if (!key) return false;
    const id = i.hmacKeyId ?? '*';
    if (!hashes.has(id)) hashes.set(id, hmacIndicator(kind, norm, key));
    return hashes.get(id) === i.value;
  });
}

export { HMAC_PROPERTY };
