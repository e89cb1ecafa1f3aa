// Okta System Log lines (~1.8 KB, the vendor's field layout) for benchmarks: N events spread over P people, each
// person signing in from a few addresses of their own (home line, phone) in real allocated address space.
import { createWriteStream } from 'node:fs';

const TYPES = ['user.session.start', 'user.authentication.sso', 'user.authentication.auth_via_mfa', 'policy.evaluate_sign_on', 'user.session.end', 'app.oauth2.as.token.grant'];
// First octets of large allocations (ISP, mobile and cloud space) so enrichment finds a country and an ASN.
const FIRST_OCTETS = [24, 50, 67, 73, 76, 98, 104, 108, 126, 133, 153, 172, 174, 203, 210, 219];

/** The addresses person `p` signs in from: stable per person, a few each. */
export function personAddresses(p: number): string[] {
  const a = FIRST_OCTETS[p % FIRST_OCTETS.length]!;
  return [0, 1, 2].map((k) => `${a}.${(p * 7 + k * 31) & 255}.${(p >> 3) & 255}.${(p * 13 + k) & 255}`);
}

export function oktaEvent(i: number, people = 5000, spanMs = 137 * 1_000_000): string {
  const p = i % people;
  const addrs = personAddresses(p);
  const ip = addrs[(i >> 4) % addrs.length]!;
  return JSON.stringify({
    actor: { id: `00u${p.toString(36).padStart(17, '0')}`, type: 'User', alternateId: `user${p}@example.com`, displayName: `User ${p}`, detailEntry: null },
    client: { userAgent: { rawUserAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', os: 'Windows 10', browser: 'CHROME' },
      zone: 'null', device: 'Computer', id: null, ipAddress: ip,
      geographicalContext: { city: 'Tokyo', state: 'Tokyo', country: 'Japan', postalCode: '100-0001', geolocation: { lat: 35.6895, lon: 139.6917 } } },
    device: null,
    authenticationContext: { authenticationProvider: null, credentialProvider: null, credentialType: null, issuer: null, interface: null, authenticationStep: 0, externalSessionId: `102${i.toString(36).padStart(22, 'x')}`, rootSessionId: `idx${i.toString(36)}` },
    displayMessage: 'User login to Okta', eventType: TYPES[i % TYPES.length],
    outcome: { result: i % 17 === 0 ? 'FAILURE' : 'SUCCESS', reason: i % 17 === 0 ? 'VERIFICATION_ERROR' : null },
    published: new Date(1715650000000 + Math.floor(i * (spanMs / 1_000_000))).toISOString(),
    securityContext: { asNumber: 2516, asOrg: 'kddi corporation', isp: 'kddi corporation', domain: 'kddi.ne.jp', isProxy: false },
    severity: 'INFO',
    debugContext: { debugData: { requestId: `Zk${i.toString(36)}AAABDc`, requestUri: '/idp/idx/identify', url: '/idp/idx/identify?', deviceFingerprint: `fp${(p % 9000).toString(16).padStart(30, '0')}`, threatSuspected: 'false', behaviors: '{New Geo-Location=NEGATIVE, New Device=NEGATIVE, New IP=NEGATIVE}', risk: '{level=LOW}' } },
    legacyEventType: 'core.user_auth.login_success',
    transaction: { type: 'WEB', id: `Zk${i.toString(36)}AAABDc`, detail: {} },
    uuid: `${i.toString(16).padStart(8, '0')}-0f3c-11ef-9caa-cd5d09945def`,
    version: '0',
    request: { ipChain: [{ ip, geographicalContext: null, version: 'V4', source: null }] },
    target: [{ id: '0oa5gh', type: 'AppInstance', alternateId: 'GitHub Enterprise Cloud', displayName: 'GitHub Enterprise Cloud', detailEntry: { signOnModeType: 'SAML_2_0' } }],
  });
}

/** Writes N lines to `file`, streaming (memory stays flat at any N). */
export async function writeOktaLines(file: string, n: number, people = 5000): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < n; i++) {
    if (!out.write(`${oktaEvent(i, people)}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r, j) => out.end((e?: Error | null) => (e ? j(e) : r())));
}
