const TYPES = ['user.session.start', 'user.authentication.sso', 'user.authentication.auth_via_mfa', 'policy.evaluate_sign_on', 'user.session.end', 'app.oauth2.as.token.grant'];

function oktaEvent(i: number): string {
  const ip = `198.51.${(i >> 8) & 255}.${i & 255}`;
  return JSON.stringify({
    actor: { id: `00u${(i % 5000).toString(36).padStart(17, '0')}`, type: 'User', alternateId: `user${i % 5000}@example.com`, displayName: `User ${i % 5000}`, detailEntry: null },
    client: { userAgent: { rawUserAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', os: 'Windows 10', browser: 'CHROME' },
      zone: 'null', device: 'Computer', id: null, ipAddress: ip,
      geographicalContext: { city: 'Tokyo', state: 'Tokyo', country: 'Japan', postalCode: '100-0001', geolocation: { lat: 35.6895, lon: 139.6917 } } },
    device: null,
    authenticationContext: { authenticationProvider: null, credentialProvider: null, credentialType: null, issuer: null, interface: null, authenticationStep: 0, externalSessionId: `102${i.toString(36).padStart(22, 'x')}`, rootSessionId: `idx${i.toString(36)}` },
    displayMessage: 'User login to Okta', eventType: TYPES[i % TYPES.length],
    outcome: { result: i % 17 === 0 ? 'FAILURE' : 'SUCCESS', reason: i % 17 === 0 ? 'VERIFICATION_ERROR' : null },
    published: new Date(1715650000000 + i * 137).toISOString(),
    securityContext: { asNumber: 2516, asOrg: 'kddi corporation', isp: 'kddi corporation', domain: 'kddi.ne.jp', isProxy: false },
    severity: 'INFO',
    debugContext: { debugData: { requestId: `Zk${i.toString(36)}AAABDc`, requestUri: '/idp/idx/identify', url: '/idp/idx/identify?', deviceFingerprint: `fp${(i % 9000).toString(16).padStart(30, '0')}`, threatSuspected: 'false', behaviors: '{New Geo-Location=NEGATIVE, New Device=NEGATIVE, New IP=NEGATIVE}', risk: '{level=LOW}' } },
    legacyEventType: 'core.user_auth.login_success',
    transaction: { type: 'WEB', id: `Zk${i.toString(36)}AAABDc`, detail: {} },
    uuid: `${i.toString(16).padStart(8, '0')}-0f3c-11ef-9caa-cd5d09945def`,
    version: '0',
    request: { ipChain: [{ ip, geographicalContext: null, version: 'V4', source: null }] },
    target: [{ id: '0oa5gh', type: 'AppInstance', alternateId: 'GitHub Enterprise Cloud', displayName: 'GitHub Enterprise Cloud', detailEntry: { signOnModeType: 'SAML_2_0' } }],
  });
}
import { writeFileSync } from 'node:fs'; const a: string[] = []; for (let i = 0; i < 100000; i++) a.push(oktaEvent(i)); writeFileSync('/tmp/perf/okta.jsonl', a.join('\n') + '\n');
