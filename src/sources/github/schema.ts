// The GitHub audit log fields Trustline reads (organization and enterprise streams/exports; others pass through).
import { z } from 'zod';

const str = z.string().nullish();
const time = z.union([z.number(), z.string()]).nullish();

export const GitHubAuditEvent = z.looseObject({
  '@timestamp': time,
  created_at: time,
  _document_id: str,
  action: z.string(),
  actor: str,
  actor_id: z.union([z.number(), z.string()]).nullish(),
  actor_ip: str,
  actor_location: z.looseObject({ country_code: str, country_name: str, region: str, city: str }).nullish(),
  user: str,
  user_id: z.union([z.number(), z.string()]).nullish(),
  org: z.union([z.string(), z.array(z.string())]).nullish(),
  repo: z.union([z.string(), z.array(z.string())]).nullish(),
  repository: str,
  business: str,
  team: str,
  user_agent: str,
  operation_type: str,
  programmatic_access_type: str,
  token_id: z.union([z.number(), z.string()]).nullish(),
  token_scopes: z.union([z.string(), z.array(z.string())]).nullish(),
  hashed_token: str,
  permission: str,
  visibility: str,
  transport_protocol_name: str,
  external_identity_nameid: str,
  oauth_application_name: str,
  integration: str,
  public_repo: z.boolean().nullish(),
});
export type GitHubAuditEvent = z.output<typeof GitHubAuditEvent>;
