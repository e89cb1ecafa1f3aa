// Notification settings from a YAML/JSON file (TRUSTLINE_NOTIFY_CONFIG) validated with zod; secrets are given as
// `{ env: NAME }` so the file can be shared, and are resolved once here, never logged.
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { z } from 'zod';

/** A secret: literal (tests, local files) or read from an environment variable. */
const Secret = z.union([z.string().min(1), z.object({ env: z.string().regex(/^[A-Z_][A-Z0-9_]*$/) })]);

const Webhook = z.object({ type: z.literal('webhook'), name: z.string().min(1), url: z.url(), secret: Secret });
const Slack = z.object({ type: z.literal('slack'), name: z.string().min(1), url: Secret });
const Email = z.object({
  type: z.literal('email'), name: z.string().min(1),
  host: z.string().min(1), port: z.number().int().min(1).max(65535).default(587),
  /** true = TLS from the start (465); otherwise STARTTLS, required unless `requireTLS: false` (local relays only). */
  secure: z.boolean().default(false), requireTLS: z.boolean().default(true),
  user: z.string().optional(), password: Secret.optional(),
  from: z.string().min(3), to: z.array(z.email()).min(1),
});

export const NotifyConfigSchema = z.object({
  enabled: z.boolean().default(true),
  levels: z.array(z.enum(['medium', 'high', 'critical'])).default(['high', 'critical']),
  notifyClusters: z.boolean().default(true),
  /** The same person at the same level (or the same cluster) is not sent again within this window. */
  dedupWindowHours: z.number().positive().default(168),
  /** At most this many messages per channel per hour; the rest is held and sent with the next analysis. */
  maxPerHour: z.number().int().positive().default(6),
  /** Names are personal data; channels such as Slack are read widely, so ids only unless asked. */
  includeNames: z.boolean().default(false),
  /** Link prefix of the web app, e.g. https://trustline.corp.example */
  baseUrl: z.url().optional(),
  retry: z.object({
    attempts: z.number().int().min(1).max(10).default(4),
    baseDelayMs: z.number().int().min(0).default(1000),
    maxDelayMs: z.number().int().min(0).default(30_000),
    timeoutMs: z.number().int().positive().default(10_000),
  }).default({ attempts: 4, baseDelayMs: 1000, maxDelayMs: 30_000, timeoutMs: 10_000 }),
  channels: z.array(z.discriminatedUnion('type', [Webhook, Slack, Email])).default([]),
}).superRefine((c, ctx) => {
  const names = c.channels.map((ch) => ch.name);
  if (new Set(names).size !== names.length) ctx.addIssue({ code: 'custom', message: 'channel names must be unique', path: ['channels'] });
});
export type NotifyConfigInput = z.input<typeof NotifyConfigSchema>;
type Parsed = z.output<typeof NotifyConfigSchema>;

export type ResolvedChannel =
  | { type: 'webhook'; name: string; url: string; secret: string }
  | { type: 'slack'; name: string; url: string }
  | { type: 'email'; name: string; host: string; port: number; secure: boolean; requireTLS: boolean; user?: string; password?: string; from: string; to: string[] };
export type NotifyConfig = Omit<Parsed, 'channels'> & { channels: ResolvedChannel[]; /** Every secret value, so messages can be scrubbed of them. */ secrets: string[] };

function resolveSecret(s: z.output<typeof Secret>, env: NodeJS.ProcessEnv, where: string): string {
  if (typeof s === 'string') return s;
  const v = env[s.env];
  if (!v) throw new Error(`notification config: ${where} needs the environment variable ${s.env}`);
  return v;
}

export function parseNotifyConfig(input: unknown, env: NodeJS.ProcessEnv = process.env): NotifyConfig {
  const r = NotifyConfigSchema.safeParse(input);
  if (!r.success) throw new Error(`notification config: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const secrets: string[] = [];
  const keep = (v: string) => { secrets.push(v); return v; };
  const channels: ResolvedChannel[] = r.data.channels.map((c) => {
    if (c.type === 'webhook') return { ...c, secret: keep(resolveSecret(c.secret, env, `${c.name}.secret`)) };
    if (c.type === 'slack') return { ...c, url: keep(resolveSecret(c.url, env, `${c.name}.url`)) };
    return { ...c, password: c.password === undefined ? undefined : keep(resolveSecret(c.password, env, `${c.name}.password`)) };
  });
  return { ...r.data, channels, secrets };
}

/** The file named by TRUSTLINE_NOTIFY_CONFIG, or null when notifications are not configured. */
export function loadNotifyConfig(env: NodeJS.ProcessEnv = process.env): NotifyConfig | null {
  const path = env['TRUSTLINE_NOTIFY_CONFIG'];
  if (!path) return null;
  return parseNotifyConfig(YAML.parse(readFileSync(path, 'utf8')), env);
}

/** Replaces every configured secret (and any URL query or userinfo) in a message before it is stored or printed. */
export function scrub(message: string, secrets: readonly string[]): string {
  let out = message;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join('***');
  return out.replace(/(https?:\/\/)[^\s/@]+@/g, '$1***@').replace(/(https?:\/\/[^\s?]+)\?\S*/g, '$1?***');
}

/** For display: channel types and names only. */
export function describeConfig(c: NotifyConfig): { enabled: boolean; levels: string[]; channels: { type: string; name: string }[] } {
  return { enabled: c.enabled, levels: c.levels, channels: c.channels.map((ch) => ({ type: ch.type, name: ch.name })) };
}
