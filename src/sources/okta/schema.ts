// The Okta System Log LogEvent fields Trustline reads, with their documented types (others pass through).
import { z } from 'zod';

const str = z.string().nullish();
const Entity = z.looseObject({ id: str, type: str, alternateId: str, displayName: str });
const Geo = z.looseObject({
  city: str, state: str, country: str, postalCode: str,
  geolocation: z.looseObject({ lat: z.number().nullish(), lon: z.number().nullish() }).nullish(),
});

export const OktaLogEvent = z.looseObject({
  uuid: str,
  published: z.union([z.string(), z.number()]).nullish(),
  eventType: z.string({ error: 'required: eventType (string)' }),
  displayMessage: str,
  severity: str,
  legacyEventType: str,
  actor: Entity.nullish(),
  client: z.looseObject({
    userAgent: z.looseObject({ rawUserAgent: str, os: str, browser: str }).nullish(),
    zone: str, device: str, id: str, ipAddress: str,
    geographicalContext: Geo.nullish(),
  }).nullish(),
  outcome: z.looseObject({ result: str, reason: str }).nullish(),
  target: z.array(Entity.extend({ detailEntry: z.record(z.string(), z.unknown()).nullish() })).nullish(),
  transaction: z.looseObject({ type: str, id: str }).nullish(),
  debugContext: z.looseObject({ debugData: z.record(z.string(), z.unknown()).nullish() }).nullish(),
  authenticationContext: z.looseObject({
    authenticationProvider: str, credentialProvider: str, credentialType: str,
    externalSessionId: str, rootSessionId: str, interface: str,
    authenticationStep: z.number().nullish(),
  }).nullish(),
  securityContext: z.looseObject({
    asNumber: z.number().nullish(), asOrg: str, isp: str, domain: str, isProxy: z.boolean().nullish(),
  }).nullish(),
  request: z.looseObject({ ipChain: z.array(z.looseObject({ ip: str })).nullish() }).nullish(),
});
export type OktaLogEvent = z.output<typeof OktaLogEvent>;
