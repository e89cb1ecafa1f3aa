// Okta System Log (LogEvent, as /api/v1/logs returns it or as exported one per line) → normalized events.
import type { NormalizedEvent } from '../../model/event.js';
import { jsonEventSource, type EventDraft, type JsonEventSourceSpec } from '../event-source/json-event-source.js';
import type { Source } from '../types.js';
import { oktaCategory } from './categories.js';
import { flag, str } from '../event-source/values.js';
import { OktaLogEvent } from './schema.js';

const OUTCOMES: Record<string, 'success' | 'failure'> = { SUCCESS: 'success', ALLOW: 'success', FAILURE: 'failure', DENY: 'failure' };
const factorTargetTypes = new Set(['AuthenticatorEnrollment', 'Authenticator', 'Factor']);






export function mapOkta(e: OktaLogEvent): EventDraft {
  const dbg = e.debugContext?.debugData ?? {};
  const targets = e.target ?? [];
  const first = targets[0];
  const geo = e.client?.geographicalContext;
  const sec = e.securityContext;
  const category = oktaCategory(e.eventType);
  const role = str(dbg.privilegeGranted) ?? str(dbg.privilegeRevoked)
    ?? targets.find((t) => t.type === 'ROLE' || t.type === 'Role')?.displayName ?? null;
  const factorTarget = targets.find((t) => factorTargetTypes.has(t.type ?? ''));
  const attrs: Record<string, unknown> = {
    severity: e.severity ?? null,
    displayMessage: e.displayMessage ?? null,
    legacyEventType: e.legacyEventType ?? null,
    clientDeviceType: e.client?.device ?? null,
    os: e.client?.userAgent?.os ?? null,
    browser: e.client?.userAgent?.browser ?? null,
    zone: e.client?.zone ?? null,
    transactionId: e.transaction?.id ?? null,
    requestUri: str(dbg.requestUri),
    threatSuspected: flag(dbg.threatSuspected),
    behaviors: str(dbg.behaviors),
    risk: str(dbg.risk),
    rootSessionId: e.authenticationContext?.rootSessionId ?? null,
    credentialType: e.authenticationContext?.credentialType ?? null,
    ipChain: e.request?.ipChain?.map((h) => h.ip).filter(Boolean) ?? null,
    targets: targets.map((t) => ({ type: t.type ?? null, id: t.id ?? null, alternateId: t.alternateId ?? null, displayName: t.displayName ?? null })),
  };
  if (role) attrs.role = role;
  if (category === 'iam.privilege_grant' || category === 'iam.privilege_revoke') attrs.privileged = true;
  if (e.eventType === 'group.user_membership.add') attrs.group = first?.displayName ?? null;
  return {
    time: e.published,
    timeField: 'published',
    sourceEventId: e.uuid,
    type: e.eventType,
    category,
    outcome: OUTCOMES[(e.outcome?.result ?? '').toUpperCase()] ?? 'unknown',
    outcomeReason: e.outcome?.reason ?? null,
    actor: e.actor?.alternateId ?? null,
    actorId: e.actor?.id ?? null,
    actorName: e.actor?.displayName ?? null,
    target: first ? first.alternateId ?? first.displayName ?? first.id ?? null : null,
    targetType: first?.type ?? null,
    ip: e.client?.ipAddress ?? null,
    userAgent: e.client?.userAgent?.rawUserAgent ?? null,
    deviceId: str(dbg.deviceFingerprint) ?? e.client?.id ?? null,
    sessionId: e.authenticationContext?.externalSessionId ?? null,
    mfaFactor: str(dbg.factor) ?? factorTarget?.displayName ?? (category.startsWith('auth.mfa') ? e.authenticationContext?.credentialType ?? null : null),
    vendorGeo: geo || sec ? {
      country: geo?.country ?? null, region: geo?.state ?? null, city: geo?.city ?? null,
      lat: geo?.geolocation?.lat ?? null, lon: geo?.geolocation?.lon ?? null,
      asn: sec?.asNumber ?? null, asOrg: sec?.asOrg ?? null, isp: sec?.isp ?? null, isProxy: sec?.isProxy ?? null,
    } : null,
    attrs,
  };
}

export const oktaSpec: JsonEventSourceSpec<OktaLogEvent> = {
  name: 'okta',
  source: 'okta',
  schema: OktaLogEvent,
  matches(r) {
    if (typeof r.eventType !== 'string' || !('published' in r)) return 0;
    // uuid + actor.alternateId is the LogEvent shape; legacyEventType/displayMessage are Okta-only names.
    return 0.6 + ('uuid' in r ? 0.15 : 0) + ('actor' in r ? 0.1 : 0) + ('displayMessage' in r || 'legacyEventType' in r ? 0.1 : 0);
  },
  map: (e) => mapOkta(e),
};

export const oktaSource: Source<NormalizedEvent> = jsonEventSource(oktaSpec);
