// Which events show a person at work, and which IP facts can be trusted to say where they are.
import type { IpFacts, NetworkClass } from '../model/enrichment.js';
import type { EnrichedEvent } from './types.js';

/**
 * Categories a human causes directly; token refreshes and background processes are left out on purpose, and so are
 * membership adds, which are attributed to the member while an admin's clock made them.
 */
const HUMAN = new Set<string>([
  'auth.login', 'auth.mfa_challenge', 'auth.mfa_change', 'auth.password_change', 'iam.oauth_consent',
  'iam.privilege_grant', 'code.token_create', 'code.repo_access', 'data.download', 'data.transfer', 'endpoint.logon',
]);

export function isHumanActivity(ev: EnrichedEvent): boolean {
  if (!HUMAN.has(ev.category)) return false;
  if (ev.category === 'auth.login' && (ev.outcome !== 'success' || ev.attrs['interactive'] === false)) return false;
  return true;
}

export function isSuccessfulSignIn(ev: EnrichedEvent): boolean {
  return (ev.category === 'auth.login' || ev.category === 'auth.session') && ev.outcome === 'success';
}

/** Classes whose geolocation is the provider's or the office's, not the person's. */
export const EGRESS_CLASSES: ReadonlySet<NetworkClass> = new Set(['vpn', 'tor', 'relay', 'hosting', 'satellite', 'private', 'corporate']);
export const ANONYMISING_CLASSES: ReadonlySet<NetworkClass> = new Set(['vpn', 'tor', 'relay', 'hosting']);

/** IP facts that place the person somewhere (geolocated, not an egress or relay class). */
export function personalGeo(ev: EnrichedEvent): (IpFacts & { lat: number; lon: number }) | null {
  const ip = ev.enrichment.ip;
  if (!ip || ip.lat === null || ip.lon === null || EGRESS_CLASSES.has(ip.networkClass)) return null;
  return ip as IpFacts & { lat: number; lon: number };
}
