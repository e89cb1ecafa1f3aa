// Configuration from the environment, validated once.
import { z } from 'zod';

const EnvSchema = z.object({
  /** A directory for the embedded database (PGlite) or a postgres:// URL. */
  TRUSTLINE_DB: z.string().min(1).default('./trustline-data'),
  /** Where reject files go; default: `rejects/` inside the data directory, or ./trustline-rejects for a URL. */
  TRUSTLINE_REJECTS: z.string().optional(),
  TRUSTLINE_TENANT: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/).default('default'),
  /** The organisation's own egress ranges (comma-separated CIDRs), classed `corporate`. */
  TRUSTLINE_CORPORATE_RANGES: z.string().default('').transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean)),
  TRUSTLINE_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** PEM files: when both are set the server speaks HTTPS itself (cookies Secure, HSTS sent). */
  TRUSTLINE_TLS_CERT: z.string().optional(),
  TRUSTLINE_TLS_KEY: z.string().optional(),
  /** The address users open, e.g. https://trustline.example.com behind a TLS proxy (cookies Secure, HSTS, OIDC redirect). */
  TRUSTLINE_PUBLIC_URL: z.url().optional(),
  /** OIDC single sign-on: issuer URL, client, and which group claim value gives which role ("group=role,group=role"). */
  TRUSTLINE_OIDC_ISSUER: z.url().optional(),
  TRUSTLINE_OIDC_CLIENT_ID: z.string().optional(),
  TRUSTLINE_OIDC_CLIENT_SECRET: z.string().optional(),
  TRUSTLINE_OIDC_GROUPS_CLAIM: z.string().default('groups'),
  TRUSTLINE_OIDC_ROLE_MAP: z.string().default(''),
  /** Stream mode (docs/scale.md): a NATS server with JetStream. When set, import and pull publish what they store. */
  TRUSTLINE_NATS: z.preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^(nats|tls):\/\//, 'a nats:// or tls:// URL').optional()),
  /** Person partitions P of the tenant's stream: the same for every publisher and worker of a tenant. */
  TRUSTLINE_STREAM_PARTITIONS: z.coerce.number().int().min(1).max(1024).default(16),
});
export type Env = z.output<typeof EnvSchema>;

export function readEnv(env: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const msg = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${msg}`);
  }
  return parsed.data;
}

export const isPostgresUrl = (db: string) => /^postgres(ql)?:\/\//i.test(db);
