// Exports selected indicators as a STIX 2.1 bundle: producer identity, TLP marking, one indicator per value, with
// confidence — optionally as keyed hashes so partners can match without seeing the identifiers.
import { z } from 'zod';
import { hmacIndicator, INDICATOR_KINDS, normaliseIndicator, patternFor, type IndicatorKind } from './indicators.js';
import { stixId, stixTime } from './stix-id.js';
import { tlpMarking, TLP2_IDS, TLP_LEVELS, type MarkingDefinition, type Tlp } from './tlp.js';

export const ShareIndicatorSchema = z.object({
  kind: z.enum(INDICATOR_KINDS),
  value: z.string().min(1),
  /** 0–100 (STIX confidence); falls back to the export's default. */
  confidence: z.number().int().min(0).max(100).optional(),
  /** When the indicator was first seen; the indicator's `valid_from`. */
  firstSeen: z.string().optional(),
  validUntil: z.string().optional(),
  /** Free text for partners: must not contain the identifier itself when sharing hashed. */
  description: z.string().optional(),
  /** STIX indicator-type-ov: malicious-activity, attribution, anomalous-activity… */
  types: z.array(z.string()).optional(),
});
export type ShareIndicator = z.input<typeof ShareIndicatorSchema>;

export const ExportOptionsSchema = z.object({
  producer: z.object({ name: z.string().min(1), identityClass: z.string().default('organization'), contact: z.string().optional() }),
  tlp: z.enum(TLP_LEVELS),
  now: z.union([z.string(), z.number()]),
  confidence: z.number().int().min(0).max(100).default(50),
  /** Share these kinds as HMAC-SHA256 with a key agreed with the partners; keyId names the key without revealing it. */
  hmac: z.object({ key: z.union([z.string().min(16), z.instanceof(Buffer)]), keyId: z.string().min(1), kinds: z.array(z.enum(INDICATOR_KINDS)).optional() }).optional(),
  /** For phone numbers written without +country. */
  defaultCountry: z.string().length(2).optional(),
});
export type ExportOptions = z.input<typeof ExportOptionsSchema>;

export interface StixIdentity {
  type: 'identity'; spec_version: '2.1'; id: string; created: string; modified: string; name: string; identity_class: string;
  contact_information?: string; object_marking_refs: string[];
}
export interface StixIndicator {
  type: 'indicator'; spec_version: '2.1'; id: string; created: string; modified: string; created_by_ref: string;
  name: string; description?: string; indicator_types: string[]; pattern: string; pattern_type: 'stix'; pattern_version: '2.1';
  valid_from: string; valid_until?: string; confidence: number; object_marking_refs: string[];
  x_trustline_hashed?: { algorithm: 'HMAC-SHA256'; key_id: string; input: string };
}
export interface StixBundle { type: 'bundle'; id: string; objects: (StixIdentity | MarkingDefinition | StixIndicator)[] }

export interface ExportResult {
  bundle: StixBundle;
  /** Values that are not valid for their kind (never echoed back in full). */
  skipped: { kind: IndicatorKind; reason: string }[];
}

const LABEL: Record<IndicatorKind, string> = {
  email: 'E-mail address', phone: 'Phone number', ip: 'IP address', asn: 'VPN/hosting autonomous system', wallet: 'Cryptocurrency wallet',
  'document-author': 'Document author', 'resume-sha256': 'Resume file (SHA-256)', 'resume-fingerprint': 'Resume text fingerprint',
};

/** Hashing is the default for personal identifiers; network indicators are shared in clear unless listed. */
export const DEFAULT_HASHED_KINDS: IndicatorKind[] = ['email', 'phone', 'wallet', 'document-author'];

export function exportStixBundle(indicators: ShareIndicator[], options: ExportOptions): ExportResult {
  const opt = ExportOptionsSchema.parse(options);
  const now = stixTime(opt.now);
  const tlp: Tlp = opt.tlp;
  const marking = tlpMarking(tlp);
  const identity: StixIdentity = {
    type: 'identity', spec_version: '2.1', id: stixId('identity', opt.producer.name), created: now, modified: now,
    name: opt.producer.name, identity_class: opt.producer.identityClass, object_marking_refs: [TLP2_IDS[tlp]],
    ...(opt.producer.contact ? { contact_information: opt.producer.contact } : {}),
  };
  const hashKinds = new Set(opt.hmac ? opt.hmac.kinds ?? DEFAULT_HASHED_KINDS : []);
  const skipped: ExportResult['skipped'] = [];
  const seen = new Set<string>();
  const out: StixIndicator[] = [];
  for (const raw of indicators) {
    const ind = ShareIndicatorSchema.parse(raw);
    const norm = normaliseIndicator(ind.kind, ind.value, opt.defaultCountry);
    if (!norm) { skipped.push({ kind: ind.kind, reason: 'not a valid value for its kind' }); continue; }
    const hashed = opt.hmac && hashKinds.has(ind.kind) ? hmacIndicator(ind.kind, norm, opt.hmac.key) : null;
    const pattern = patternFor(ind.kind, norm, hashed);
    if (seen.has(pattern)) continue;
    seen.add(pattern);
    const validFrom = ind.firstSeen ? stixTime(ind.firstSeen) : now;
    out.push({
      type: 'indicator', spec_version: '2.1', id: stixId('indicator', `${identity.id}|${pattern}`), created: now, modified: now,
      created_by_ref: identity.id, name: `${LABEL[ind.kind]}${hashed ? ' (keyed hash)' : ''} linked to a suspected DPRK IT-worker case`,
      ...(ind.description ? { description: ind.description } : {}),
      indicator_types: ind.types ?? ['attribution'], pattern, pattern_type: 'stix', pattern_version: '2.1',
      valid_from: validFrom, ...(ind.validUntil ? { valid_until: stixTime(ind.validUntil) } : {}),
      confidence: ind.confidence ?? opt.confidence, object_marking_refs: [TLP2_IDS[tlp]],
      ...(hashed && opt.hmac ? { x_trustline_hashed: { algorithm: 'HMAC-SHA256' as const, key_id: opt.hmac.keyId, input: `${ind.kind}:<normalised value>` } } : {}),
    });
  }
  out.sort((a, b) => (a.id < b.id ? -1 : 1));
  const objects = [identity, marking, ...out];
  return { bundle: { type: 'bundle', id: stixId('bundle', objects.map((o) => o.id).join(',') + now), objects }, skipped };
}
