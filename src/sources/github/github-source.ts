// GitHub audit log (org and enterprise; exports, streams and the REST API) → normalized events.
import type { NormalizedEvent } from '../../model/event.js';
import { jsonEventSource, type EventDraft, type JsonEventSourceSpec } from '../event-source/json-event-source.js';
import { str } from '../event-source/values.js';
import type { Source } from '../types.js';
import { githubCategory } from './categories.js';
import { GitHubAuditEvent } from './schema.js';

const first = (v: string | string[] | null | undefined): string | null => (Array.isArray(v) ? v[0] ?? null : v ?? null);
const scopes = (v: string | string[] | null | undefined): string[] | null =>
  v == null ? null : (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean);

export function mapGitHub(e: GitHubAuditEvent): EventDraft {
  const category = githubCategory(e.action);
  const repo = first(e.repo) ?? e.repository ?? null;
  const org = first(e.org);
  const failed = /failed|reject|denied/i.test(e.action);
  const attrs: Record<string, unknown> = {
    repo, org, business: e.business ?? null, team: e.team ?? null,
    tokenScopes: scopes(e.token_scopes), tokenId: e.token_id != null ? String(e.token_id) : null,
    hashedToken: e.hashed_token ?? null, programmaticAccessType: e.programmatic_access_type ?? null,
    transportProtocol: e.transport_protocol_name ?? null, visibility: e.visibility ?? null,
    operationType: e.operation_type ?? null, samlNameId: e.external_identity_nameid ?? null,
    oauthApp: e.oauth_application_name ?? e.integration ?? null,
  };
  if (e.permission) attrs.permission = e.permission;
  if (category === 'iam.privilege_grant' || category === 'iam.privilege_revoke') {
    attrs.role = e.permission ?? (e.action.includes('admin') ? 'admin' : e.action.includes('maintainer') ? 'maintainer' : null);
    attrs.privileged = e.permission ? /admin|owner|maintain/i.test(e.permission) : true;
  }
  const loc = e.actor_location;
  return {
    time: e['@timestamp'] ?? e.created_at,
    timeField: e['@timestamp'] != null ? '@timestamp' : 'created_at',
    sourceEventId: e._document_id,
    type: e.action,
    category,
    outcome: failed ? 'failure' : 'success',
    actor: e.actor ?? null,
    actorId: str(e.actor_id),
    target: e.user ?? repo ?? org ?? null,
    targetType: e.user ? 'user' : repo ? 'repo' : org ? 'org' : null,
    ip: e.actor_ip ?? null,
    userAgent: e.user_agent ?? null,
    vendorGeo: loc ? { country: loc.country_code ?? null, region: loc.region ?? null, city: loc.city ?? null } : null,
    attrs,
  };
}

export const githubSpec: JsonEventSourceSpec<GitHubAuditEvent> = {
  name: 'github',
  source: 'github',
  schema: GitHubAuditEvent,
  matches(r) {
    if (typeof r.action !== 'string' || !('@timestamp' in r || 'created_at' in r)) return 0;
    // Okta/Google/Entra records never carry `action` with these GitHub companions.
    return 0.55 + ('_document_id' in r ? 0.25 : 0) + ('actor' in r || 'org' in r || 'business' in r ? 0.15 : 0);
  },
  map: (e) => mapGitHub(e),
};

export const githubSource: Source<NormalizedEvent> = jsonEventSource(githubSpec);
