// Reads STIX 2.1 bundles: indicator patterns and observables (e-mail, IP, domain, URL, wallet) and actor names.
import { z } from 'zod';
import { normDomain, normEmail, normIp, normPhone, normWallet } from './identifiers.js';
import { emptyEntry, type WatchlistEntry } from './types.js';

const StixObject = z.looseObject({
  type: z.string(),
  id: z.string(),
  name: z.string().optional(),
  aliases: z.array(z.string()).optional(),
  pattern: z.string().optional(),
  pattern_type: z.string().optional(),
  value: z.string().optional(),
  identity_class: z.string().optional(),
  revoked: z.boolean().optional(),
});
const Bundle = z.object({ type: z.literal('bundle'), objects: z.array(z.unknown()) });

/** Adds one `object-path = 'value'` comparison to the entry; unknown object types are ignored. */
function addObservable(e: WatchlistEntry, objectType: string, prop: string, value: string): void {
  const t = objectType.toLowerCase();
  if (t === 'email-addr' && prop.startsWith('value')) e.emails.push(normEmail(value));
  else if ((t === 'ipv4-addr' || t === 'ipv6-addr') && prop.startsWith('value')) { if (value.includes('/') || normIp(value)) e.ips.push(value); }
  else if (t === 'domain-name') { const d = normDomain(value); if (d) e.domains.push(d); }
  else if (t === 'url') { const d = normDomain(value); if (d) e.domains.push(d); }
  else if (t === 'email-message' && /from_ref\.value|sender_ref\.value/.test(prop)) e.emails.push(normEmail(value));
  else if (/wallet|cryptocurrency/.test(t)) e.wallets.push(normWallet(value));
  else if (/phone/.test(t) || /phone/.test(prop)) { const p = normPhone(value); if (p) e.phones.push(p); }
  else if (t === 'user-account' && prop === 'display_name') e.names.push({ name: value, kind: 'account display name' });
}

const COMPARISON = /([a-z0-9-]+):([\w.[\]*'-]+)\s*(?:=|ISSUBSET|MATCHES|LIKE)\s*'((?:[^'\\]|\\.)*)'/gi;

export function parseStixBundle(json: unknown, listName = 'stix'): WatchlistEntry[] {
  const bundle = Bundle.parse(json);
  const out: WatchlistEntry[] = [];
  for (const raw of bundle.objects) {
    const o = StixObject.safeParse(raw);
    if (!o.success || o.data.revoked) continue;
    const d = o.data;
    if (d.type === 'indicator' && d.pattern && (d.pattern_type ?? 'stix') === 'stix') {
      const e = emptyEntry(d.id, listName, 'indicator');
      for (const m of d.pattern.matchAll(COMPARISON)) addObservable(e, m[1] ?? '', m[2] ?? '', (m[3] ?? '').replace(/\\(.)/g, '$1'));
      if (d.name) e.remarks = d.name;
      out.push(e);
    } else if (d.value !== undefined && /-addr$|^domain-name$|^url$|wallet/.test(d.type)) {
      const e = emptyEntry(d.id, listName, 'indicator');
      addObservable(e, d.type, 'value', d.value);
      out.push(e);
    } else if ((d.type === 'threat-actor' || d.type === 'intrusion-set' || (d.type === 'identity' && d.identity_class === 'individual')) && d.name) {
      const e = emptyEntry(d.id, listName, d.type === 'identity' ? 'individual' : 'entity');
      e.names.push({ name: d.name, kind: 'primary' });
      for (const a of d.aliases ?? []) e.names.push({ name: a, kind: 'aka' });
      out.push(e);
    }
  }
  return out.filter((e) => e.names.length + e.emails.length + e.ips.length + e.domains.length + e.wallets.length + e.phones.length > 0);
}
