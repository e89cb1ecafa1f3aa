// Entra ID directory audits (Graph directoryAudit, Azure Monitor AuditLogs records) → normalized events.
import type { NormalizedEvent } from '../../model/event.js';
import { jsonEventSource, type EventDraft, type JsonEventSourceSpec } from '../event-source/json-event-source.js';
import { unquote } from '../event-source/values.js';
import type { Source } from '../types.js';
import { entraAuditCategory } from './categories.js';
import { AuditRecord } from './schema.js';

const ROLE_PROPS = new Set(['Role.DisplayName', 'RoleDefinition.DisplayName', 'AppRole.Value', 'DelegatedPermissionGrant.Scope']);

/** Directory roles that can change identity, security or tenant configuration. */
const PRIVILEGED_ROLE = /administrator|global reader|directory writers|partner tier2/i;

export function mapAudit(r: AuditRecord): EventDraft {
  const a = r.properties ?? r;
  const activity = a.activityDisplayName ?? r.operationName ?? 'unknown';
  const category = entraAuditCategory(activity);
  const user = a.initiatedBy?.user;
  const app = a.initiatedBy?.app;
  const targets = a.targetResources ?? [];
  const first = targets[0];
  const props = targets.flatMap((t) => t.modifiedProperties ?? []);
  const roleProp = props.find((p) => ROLE_PROPS.has(p.displayName ?? ''));
  const roleTarget = targets.find((t) => t.type === 'Role');
  const role = unquote(roleProp?.newValue) ?? roleTarget?.displayName ?? null;
  const attrs: Record<string, unknown> = {
    auditCategory: a.category ?? null,
    loggedByService: a.loggedByService ?? null,
    operationType: a.operationType ?? null,
    correlationId: a.correlationId ?? null,
    initiatedByApp: app?.displayName ?? null,
    modifiedProperties: props.map((p) => p.displayName).filter(Boolean),
    targets: targets.map((t) => ({ type: t.type ?? null, id: t.id ?? null, name: t.userPrincipalName ?? t.displayName ?? null })),
  };
  if (role) attrs.role = role;
  // PIM requests are logged before approval; M9 counts privilege requests too, so keep them marked.
  if (/requested/i.test(activity)) attrs.privilegeRequest = true;
  if (category === 'iam.privilege_grant' || category === 'iam.privilege_revoke') attrs.privileged = role ? PRIVILEGED_ROLE.test(role) : true;
  if (category === 'iam.oauth_consent') {
    const scope = props.find((p) => p.displayName === 'ConsentAction.Permissions' || p.displayName === 'DelegatedPermissionGrant.Scope');
    attrs.consentScopes = scope?.newValue ?? null;
    attrs.appName = targets.find((t) => t.type === 'ServicePrincipal')?.displayName ?? first?.displayName ?? null;
  }
  const userTarget = targets.find((t) => t.type === 'User' && t.userPrincipalName);
  return {
    time: a.activityDateTime ?? r.time,
    timeField: r.properties ? 'properties.activityDateTime' : 'activityDateTime',
    sourceEventId: a.id,
    type: activity,
    category,
    outcome: a.result === 'success' ? 'success' : a.result === 'failure' || a.result === 'timeout' ? 'failure' : 'unknown',
    outcomeReason: a.resultReason || null,
    actor: user?.userPrincipalName ?? app?.servicePrincipalName ?? app?.displayName ?? null,
    actorId: user?.id ?? app?.appId ?? null,
    actorName: user?.displayName ?? app?.displayName ?? null,
    target: userTarget?.userPrincipalName ?? first?.userPrincipalName ?? first?.displayName ?? first?.id ?? null,
    targetType: userTarget ? 'User' : first?.type ?? null,
    ip: user?.ipAddress || null,
    mfaFactor: category === 'auth.mfa_change' ? a.resultReason || null : null,
    attrs,
  };
}

export const entraAuditSpec: JsonEventSourceSpec<AuditRecord> = {
  name: 'entra-audit',
  source: 'entra',
  schema: AuditRecord,
  matches(r) {
    if (typeof r.category === 'string' && r.properties) return r.category === 'AuditLogs' ? 0.95 : 0;
    return 'activityDisplayName' in r && 'activityDateTime' in r
      ? 0.6 + ('initiatedBy' in r ? 0.15 : 0) + ('targetResources' in r ? 0.15 : 0) : 0;
  },
  map: (r) => mapAudit(r),
};

export const entraAuditSource: Source<NormalizedEvent> = jsonEventSource(entraAuditSpec);
