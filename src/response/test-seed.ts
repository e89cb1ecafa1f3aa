// Test data for response tests: a suspected worker (VPN logins, a GitHub PAT, an unshipped Defender device, a
// wallet payroll, a hired candidate record with a resume) and an ordinary colleague, written straight to the store.
import type { Db } from '../store/db.js';
import { accounts, candidates, documents, events, payroll, people, shipments } from '../store/schema/index.js';

const vpnIp = { ip: '203.0.113.45', version: 4, country: 'US', region: null, city: 'Dallas', lat: 32.8, lon: -96.8, timeZone: 'America/Chicago', asn: 9009, asOrg: 'M247 Europe SRL', networkClass: 'vpn', classSource: 'x4bnet-vpn', provider: 'Astrill VPN' };
const homeIp = { ...vpnIp, ip: '198.51.100.7', asn: 7922, asOrg: 'Comcast', networkClass: 'residential', classSource: null, provider: null, city: 'Austin' };
const mobileIp = { ...vpnIp, ip: '100.64.1.9', asn: 21928, asOrg: 'T-Mobile', networkClass: 'mobile', classSource: null, provider: null };

type EventRow = typeof events.$inferInsert;
function ev(id: string, time: string, over: Partial<EventRow>): EventRow {
  return { tenantId: 'default', id, time, source: 'okta', sourceEventId: id, type: 'user.session.start', category: 'auth.login', outcome: 'success', attrs: {}, raw: { uuid: id }, enrichment: {}, ...over };
}

export const WORKER = { employeeId: 'E100', email: 'jon.kim@corp.example', name: 'Jon Kim', phone: '+14155550134', wallet: '0xAbCdEf0123456789aBcDeF0123456789AbCdEf01' };

export async function seedResponseData(db: Db): Promise<void> {
  const base = { tenantId: 'default', rowHash: 'h', extra: {} };
  await db.insert(people).values([
    { ...base, employeeId: 'E100', email: WORKER.email, fullName: WORKER.name, employmentType: 'contractor', hireDate: '2025-01-06', phone: WORKER.phone, residenceCountry: 'US', residenceCity: 'Austin' },
    { ...base, employeeId: 'E200', email: 'ana.ruiz@corp.example', fullName: 'Ana Ruiz', employmentType: 'employee', hireDate: '2023-03-01', phone: '+14155550199', residenceCountry: 'US' },
  ]);
  await db.insert(accounts).values([
    { ...base, system: 'okta', account: WORKER.email, employeeId: 'E100' },
    { ...base, system: 'github', account: 'jkim-dev', employeeId: 'E100' },
    { ...base, system: 'vpn', account: 'jkim', employeeId: 'E100' },
    { ...base, system: 'okta', account: 'ana.ruiz@corp.example', employeeId: 'E200' },
  ]);
  await db.insert(events).values([
    ev('ok-1', '2025-02-03T01:10:00.000Z', { actor: WORKER.email, ip: vpnIp.ip, enrichment: { ip: vpnIp }, personId: 'E100' }),
    ev('ok-2', '2025-02-04T01:12:00.000Z', { actor: WORKER.email, ip: homeIp.ip, enrichment: { ip: homeIp }, personId: 'E100' }),
    ev('ok-3', '2025-02-05T01:12:00.000Z', { actor: WORKER.email, ip: mobileIp.ip, enrichment: { ip: mobileIp }, personId: 'E100' }),
    ev('gh-1', '2025-02-05T02:00:00.000Z', { source: 'github', type: 'personal_access_token.create', category: 'code.token_create', actor: 'jkim-dev', ip: vpnIp.ip,
      enrichment: { ip: vpnIp }, raw: { action: 'personal_access_token.create', actor: 'jkim-dev', token_id: 4242, token_scopes: 'repo' }, personId: 'E100' }),
    ev('df-1', '2025-02-06T03:00:00.000Z', { source: 'defender', type: 'DeviceLogonEvents', category: 'endpoint.logon', actor: 'jkim', deviceId: 'a1b2c3d4e5', deviceName: 'desktop-77kx', personId: 'E100' }),
    ev('ok-9', '2025-02-06T09:00:00.000Z', { actor: 'ana.ruiz@corp.example', ip: '10.1.2.3', enrichment: { ip: { ...vpnIp, ip: '10.1.2.3', networkClass: 'private' } }, personId: 'E200' }),
  ]);
  await db.insert(shipments).values({ ...base, assetId: 'LT-5521', employeeId: 'E100', assetType: 'laptop', serialNumber: 'C02XK1', shipToCountry: 'US', managed: true });
  await db.insert(payroll).values({ ...base, id: 'P1', employeeId: 'E100', effectiveDate: '2025-01-31', method: 'crypto', walletAddress: WORKER.wallet });
  await db.insert(candidates).values({ ...base, candidateId: 'C100', fullName: WORKER.name, email: 'jon.kim.dev@gmail.com', phone: WORKER.phone, hiredEmployeeId: 'E100', appliedAt: '2024-11-02T10:00:00Z' });
  await db.insert(documents).values({ tenantId: 'default', candidateId: 'C100', sha256: 'ab'.repeat(32), fileName: 'jon-kim-cv.docx', size: 48211,
    parsed: { text: '…', meta: { author: 'Kim Chol Su', lastModifiedBy: 'Kim Chol Su' }, facts: {} } });
}
