// The column-mapping file for VPN/generic access logs (YAML or JSON): which column holds time, user, IP, outcome…
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

const col = z.string().min(1).optional();

export const VpnMapping = z.object({
  /** Name shown in errors and used as `type` prefix, e.g. "globalprotect". */
  name: z.string().min(1).default('vpn'),
  columns: z.object({
    time: z.string().min(1), user: z.string().min(1),
    ip: col, outcome: col, type: col, id: col, sessionId: col, deviceId: col, deviceName: col,
    userAgent: col, country: col, city: col, asn: col, reason: col, assignedIp: col, bytesIn: col, bytesOut: col, gateway: col,
  }).strict(),
  /** Outcome cell values (case-insensitive); anything else is `unknown`. */
  outcomes: z.object({
    success: z.array(z.string()).default(['success', 'succeeded', 'ok', 'allow', 'allowed', 'accept', 'accepted', 'connected', 'pass', 'true', '1']),
    failure: z.array(z.string()).default(['failure', 'failed', 'fail', 'deny', 'denied', 'reject', 'rejected', 'blocked', 'error', 'false', '0']),
  }).default({
    success: ['success', 'succeeded', 'ok', 'allow', 'allowed', 'accept', 'accepted', 'connected', 'pass', 'true', '1'],
    failure: ['failure', 'failed', 'fail', 'deny', 'denied', 'reject', 'rejected', 'blocked', 'error', 'false', '0'],
  }),
  /** How to read the time cell; `auto` takes ISO 8601 (any offset) or epoch ms. */
  timeFormat: z.enum(['auto', 'epoch_s', 'epoch_ms']).default('auto'),
});
export type VpnMapping = z.output<typeof VpnMapping>;

/** Parses a mapping file's text (YAML is a superset of JSON, so one parser reads both). */
export function parseVpnMapping(text: string): VpnMapping {
  return VpnMapping.parse(parseYaml(text));
}

/** Common column names, for files imported without a mapping. Matched case-insensitively. */
export const DEFAULT_ALIASES = {
  time: ['time', 'timestamp', '@timestamp', 'event_time', 'datetime', 'date', 'start_time', 'login_time'],
  user: ['user', 'username', 'user_name', 'userprincipalname', 'login', 'account', 'email'],
  ip: ['src_ip', 'source_ip', 'client_ip', 'public_ip', 'remote_ip', 'ip', 'ip_address', 'source_address', 'srcip'],
  outcome: ['outcome', 'result', 'status'],
  type: ['event', 'event_type', 'type', 'action'],
  sessionId: ['session_id', 'sessionid', 'session'],
  deviceName: ['device', 'hostname', 'device_name', 'host'],
  country: ['country', 'src_country', 'geo_country'],
  assignedIp: ['assigned_ip', 'virtual_ip', 'tunnel_ip'],
} as const;

/** Builds a mapping from a header using the default aliases; null when time, user or IP is missing. */
export function mappingFromHeader(header: string[]): VpnMapping | null {
  const lower = new Map(header.map((h) => [h.toLowerCase(), h]));
  const pick = (names: readonly string[]) => { for (const n of names) { const h = lower.get(n); if (h) return h; } return undefined; };
  const columns: Record<string, string | undefined> = {};
  for (const [k, names] of Object.entries(DEFAULT_ALIASES)) columns[k] = pick(names);
  if (!columns.time || !columns.user || !columns.ip) return null;
  return VpnMapping.parse({ columns: Object.fromEntries(Object.entries(columns).filter(([, v]) => v)) });
}
