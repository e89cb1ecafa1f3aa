// Entra ID sign-ins (Graph signIn objects and Azure Monitor SignInLogs-family records) → normalized events.
import type { NormalizedEvent } from '../../model/event.js';
import { jsonEventSource, type EventDraft, type JsonEventSourceSpec } from '../event-source/json-event-source.js';
import { flag, num, str } from '../event-source/values.js';
import type { Source } from '../types.js';
import { SignInRecord } from './schema.js';

/** Azure Monitor diagnostic categories that carry sign-in records. */
export const SIGNIN_CATEGORIES = new Set([
  'SignInLogs', 'NonInteractiveUserSignInLogs', 'ServicePrincipalSignInLogs', 'ManagedIdentitySignInLogs',
]);

export function mapSignIn(r: SignInRecord): EventDraft {
  const s = r.properties ?? r;
  // Graph objects have no category; Azure Monitor records name their table, and only sign-in tables are sign-ins.
  const type = r.category ?? 'signIn';
  const isSignIn = r.category == null || SIGNIN_CATEGORIES.has(r.category);
  const code = s.status?.errorCode ?? num(r.resultType);
  const steps = s.authenticationDetails ?? [];
  const mfaStep = steps.find((d) => d.authenticationMethod && !/^password/i.test(d.authenticationMethod) && d.authenticationMethod !== 'Previously satisfied');
  const mfaRequired = s.authenticationRequirement === 'multiFactorAuthentication';
  const geo = typeof s.location === 'object' ? s.location : null;
  const dev = s.deviceDetail;
  return {
    time: s.createdDateTime ?? r.time,
    timeField: r.properties ? 'properties.createdDateTime' : 'createdDateTime',
    sourceEventId: s.id,
    type,
    category: isSignIn ? 'auth.login' : 'other',
    outcome: code == null ? 'unknown' : code === 0 ? 'success' : 'failure',
    outcomeReason: s.status?.failureReason && s.status.failureReason !== 'Other.' ? s.status.failureReason : null,
    actor: s.userPrincipalName ?? s.servicePrincipalName ?? null,
    actorId: s.userId ?? s.servicePrincipalId ?? null,
    actorName: s.userDisplayName ?? null,
    target: s.appDisplayName ?? s.resourceDisplayName ?? null,
    targetType: s.appDisplayName ? 'application' : null,
    ip: s.ipAddress ?? null,
    userAgent: s.userAgent ?? null,
    deviceId: str(dev?.deviceId),
    deviceName: str(dev?.displayName),
    sessionId: s.sessionId ?? null,
    mfaFactor: mfaStep?.authenticationMethod ?? s.mfaDetail?.authMethod ?? null,
    vendorGeo: geo ? {
      country: geo.countryOrRegion ?? null, region: geo.state ?? null, city: geo.city ?? null,
      lat: geo.geoCoordinates?.latitude ?? null, lon: geo.geoCoordinates?.longitude ?? null,
      asn: num(s.autonomousSystemNumber),
    } : null,
    attrs: {
      errorCode: code,
      interactive: flag(s.isInteractive) ?? (r.category ? r.category === 'SignInLogs' : null),
      appId: s.appId ?? null,
      appDisplayName: s.appDisplayName ?? null,
      resourceDisplayName: s.resourceDisplayName ?? null,
      clientAppUsed: s.clientAppUsed ?? null,
      authenticationProtocol: s.authenticationProtocol ?? null,
      conditionalAccessStatus: s.conditionalAccessStatus ?? null,
      mfaRequired,
      mfaResult: mfaStep ? (flag(mfaStep.succeeded) ? 'success' : 'failure') : null,
      riskLevelDuringSignIn: s.riskLevelDuringSignIn ?? null,
      riskLevelAggregated: s.riskLevelAggregated ?? null,
      riskState: s.riskState ?? null,
      riskEventTypes: s.riskEventTypes_v2 ?? s.riskEventTypes ?? null,
      os: dev?.operatingSystem ?? null,
      browser: dev?.browser ?? null,
      deviceCompliant: flag(dev?.isCompliant),
      deviceManaged: flag(dev?.isManaged),
      deviceTrustType: str(dev?.trustType),
      correlationId: s.correlationId ?? null,
      networkNames: s.networkLocationDetails?.flatMap((n) => n.networkNames ?? []) ?? null,
    },
  };
}

export const entraSignInSpec: JsonEventSourceSpec<SignInRecord> = {
  name: 'entra-signin',
  source: 'entra',
  schema: SignInRecord,
  matches(r) {
    if (typeof r.category === 'string' && r.properties) return SIGNIN_CATEGORIES.has(r.category) ? 0.95 : 0;
    const graphLike = 'createdDateTime' in r && 'userPrincipalName' in r && 'status' in r;
    return graphLike ? 0.6 + ('appDisplayName' in r ? 0.15 : 0) + ('deviceDetail' in r ? 0.15 : 0) : 0;
  },
  map: (r) => mapSignIn(r),
};

export const entraSignInSource: Source<NormalizedEvent> = jsonEventSource(entraSignInSpec);
