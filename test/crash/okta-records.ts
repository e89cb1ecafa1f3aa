// Generates realistic Okta System Log LogEvents (as GET /api/v1/logs returns them) for the crash-safety tests.
import { createHash } from 'node:crypto';

const EVENT_TYPES = [
  ['user.session.start', 'User login to Okta'],
  ['user.authentication.sso', 'User single sign on to app'],
  ['user.authentication.auth_via_mfa', 'Authentication of user via MFA'],
  ['policy.evaluate_sign_on', 'Evaluation of sign-on policy'],
  ['user.session.end', 'User logout from Okta'],
  ['user.mfa.factor.activate', 'User set up MFA factor'],
  ['app.oauth2.as.token.grant.access_token', 'OAuth2 access token is granted'],
] as const;
const CITIES = [
  ['Tokyo', 'Tokyo', 'Japan', 35.6895, 139.6917, '203.0.113.'],
  ['Osaka', 'Osaka', 'Japan', 34.6937, 135.5023, '198.51.100.'],
  ['Austin', 'Texas', 'United States', 30.2672, -97.7431, '192.0.2.'],
] as const;
const UAS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
];

/** Deterministic UUID-shaped id, so a run can be reproduced from its seed. */
function uuidOf(seed: string, i: number): string {
  const h = createHash('sha1').update(`${seed}:${i}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function oktaLogEvent(i: number, seed = 'crash', startMs = Date.parse('2026-03-02T00:00:00Z')): Record<string, unknown> {
  const [type, message] = EVENT_TYPES[i % EVENT_TYPES.length]!;
  const [city, state, country, lat, lon, net] = CITIES[(i >> 3) % CITIES.length]!;
  const user = i % 400;
  const ip = `${net}${(i % 250) + 1}`;
  const failed = i % 17 === 0;
  return {
    actor: { id: `00u${user.toString(36).padStart(17, '0')}`, type: 'User', alternateId: `user${user}@example.com`, displayName: `User ${user}`, detailEntry: null },
    client: {
      userAgent: { rawUserAgent: UAS[user % UAS.length], os: user % 2 ? 'Mac OS X' : 'Windows 10', browser: user % 2 ? 'SAFARI' : 'CHROME' },
      zone: 'null', device: 'Computer', id: null, ipAddress: ip,
      geographicalContext: { city, state, country, postalCode: null, geolocation: { lat, lon } },
    },
    device: null,
    authenticationContext: { authenticationProvider: null, credentialProvider: null, credentialType: null, issuer: null, interface: null, authenticationStep: 0, rootSessionId: `idx${user}`, externalSessionId: `idx${user}${i >> 6}` },
    displayMessage: message,
    eventType: type,
    outcome: failed ? { result: 'FAILURE', reason: 'INVALID_CREDENTIALS' } : { result: 'SUCCESS', reason: null },
    published: new Date(startMs + i * 1000).toISOString(),
    securityContext: { asNumber: 64496 + (user % 3), asOrg: 'example isp', isp: 'example isp', domain: 'example.net', isProxy: false },
    severity: failed ? 'WARN' : 'INFO',
    debugContext: { debugData: { requestId: `req${i}`, requestUri: '/idp/idx/identify', url: '/idp/idx/identify?' } },
    legacyEventType: 'core.user_auth.login_success',
    transaction: { type: 'WEB', id: `tx${i}`, detail: {} },
    uuid: uuidOf(seed, i),
    version: '0',
    request: { ipChain: [{ ip, geographicalContext: { city, state, country, postalCode: null, geolocation: { lat, lon } }, version: 'V4', source: null }] },
    target: [{ id: `0oa${(i % 9).toString().padStart(17, '0')}`, type: 'AppInstance', alternateId: 'Example App', displayName: 'Example App', detailEntry: null }],
  };
}

export function oktaJsonl(count: number, seed = 'crash'): { text: string; uuids: string[] } {
  const lines: string[] = [];
  const uuids: string[] = [];
  for (let i = 0; i < count; i++) {
    const e = oktaLogEvent(i, seed);
    lines.push(JSON.stringify(e));
    uuids.push(e.uuid as string);
  }
  return { text: `${lines.join('\n')}\n`, uuids };
}
