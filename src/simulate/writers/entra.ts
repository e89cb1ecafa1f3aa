// Microsoft Entra ID: Graph signIn objects and directoryAudit objects (role grants, app consent, users added).
import type { Rng } from '../prng.js';
import type { SimPerson, World } from '../types.js';
import { byTime, iso7, jsonl, linesToBytes, peopleById, uaParts } from './common.js';

const APPS = [
  { appId: '00000002-0000-0ff1-ce00-000000000000', app: 'Office 365 Exchange Online', resource: 'Office 365 Exchange Online', resourceId: '00000002-0000-0ff1-ce00-000000000000' },
  { appId: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', app: 'Microsoft Teams', resource: 'Microsoft Teams Services', resourceId: 'cc15fd57-2c6c-4117-a88c-83b1d56b4bbe' },
  { appId: '4765445b-32c6-49b0-83e6-1d93765276ca', app: 'OfficeHome', resource: 'Office 365 SharePoint Online', resourceId: '00000003-0000-0ff1-ce00-000000000000' },
];

export function entraWriter(world: World, rng: Rng): { signIns: Buffer; audits: string } {
  const people = peopleById(world);
  const byEmail = new Map(world.people.map((p) => [p.email, p]));
  const signIns: { t: number; k: string; line: string }[] = [];
  for (const s of world.sessions) {
    const p = people.get(s.personId);
    if (!p) continue;
    const ua = s.device === 'phone' ? p.phoneDevice.userAgent : p.laptop.userAgent;
    const u = uaParts(ua);
    const managed = s.device === 'laptop' && p.laptop.managed;
    const n = s.device === 'phone' ? 1 : rng.int(1, 2);
    for (const app of rng.sample(APPS, n)) {
      const t = s.start + rng.int(20, 1800) * 1000;
      const id = rng.uuid();
      signIns.push({ t, k: id, line: JSON.stringify({
        id,
        createdDateTime: new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        userDisplayName: p.fullName,
        userPrincipalName: p.email,
        userId: p.entraId,
        appId: app.appId,
        appDisplayName: app.app,
        ipAddress: s.net.ip,
        clientAppUsed: s.device === 'phone' ? 'Mobile Apps and Desktop clients' : 'Browser',
        correlationId: rng.uuid(),
        conditionalAccessStatus: managed ? 'success' : 'notApplied',
        isInteractive: true,
        riskDetail: 'none',
        riskLevelAggregated: 'none',
        riskLevelDuringSignIn: 'none',
        riskState: 'none',
        riskEventTypes: [],
        riskEventTypes_v2: [],
        resourceDisplayName: app.resource,
        resourceId: app.resourceId,
        status: { errorCode: 0, failureReason: 'Other.', additionalDetails: 'MFA requirement satisfied by claim provided by external provider' },
        deviceDetail: {
          deviceId: managed ? p.laptop.entraDeviceId : '',
          displayName: managed ? p.laptop.name : '',
          operatingSystem: u.os === 'Windows 10' ? 'Windows10' : u.os === 'Mac OS X' ? 'MacOs' : u.os === 'iOS' ? 'Ios' : u.os,
          browser: `${u.browser === 'EDGE' ? 'Edge' : u.browser === 'SAFARI' ? 'Safari' : 'Chrome'} ${/(?:Chrome|Version)\/([\d.]+)/.exec(ua)?.[1] ?? ''}`.trim(),
          isCompliant: managed,
          isManaged: managed,
          trustType: managed ? (p.laptop.os === 'Windows' ? 'Azure AD joined' : 'Azure AD registered') : '',
        },
        location: { city: s.net.city, state: s.net.region, countryOrRegion: s.net.country, geoCoordinates: { altitude: null, latitude: s.net.lat, longitude: s.net.lon } },
        appliedConditionalAccessPolicies: [],
      }) });
    }
  }

  const audits: { t: number; r: { id: string } }[] = [];
  const initiator = (p: SimPerson | undefined, ip: string) => ({ user: p ? { id: p.entraId, displayName: null, userPrincipalName: p.email, ipAddress: ip, userType: null, homeTenantId: null, homeTenantName: null } : null, app: p ? null : { appId: null, displayName: 'Okta Provisioning', servicePrincipalId: rng.uuid(), servicePrincipalName: null } });
  for (const a of world.acts) {
    const p = people.get(a.personId);
    if (!p) continue;
    const admin = typeof a.detail.by === 'string' ? byEmail.get(a.detail.by) : undefined;
    const target = { id: p.entraId, displayName: null, type: 'User', userPrincipalName: p.email, groupType: null, modifiedProperties: [] as { displayName: string; oldValue: string | null; newValue: string | null }[] };
    let r: Record<string, unknown> | null = null;
    const common = { id: `Directory_${rng.uuid()}`, correlationId: rng.uuid(), result: 'success', resultReason: '', activityDateTime: iso7(a.time, rng), additionalDetails: [] as unknown[] };
    if (a.kind === 'privilege_grant' && a.system === 'entra') {
      target.modifiedProperties.push({ displayName: 'Role.DisplayName', oldValue: null, newValue: `"${String(a.detail.role)}"` }, { displayName: 'Role.TemplateId', oldValue: null, newValue: `"${rng.uuid()}"` });
      r = { ...common, category: 'RoleManagement', activityDisplayName: 'Add member to role', loggedByService: 'Core Directory', operationType: 'Assign', initiatedBy: initiator(admin, admin?.home.ip ?? ''), targetResources: [target] };
    } else if (a.kind === 'oauth_consent' && a.system === 'entra') {
      r = { ...common, category: 'ApplicationManagement', activityDisplayName: 'Consent to application', loggedByService: 'Core Directory', operationType: 'Assign', initiatedBy: initiator(p, a.net?.ip ?? ''),
        targetResources: [{ id: rng.uuid(), displayName: String(a.detail.app), type: 'ServicePrincipal', userPrincipalName: null, groupType: null, modifiedProperties: [
          { displayName: 'ConsentContext.IsAdminConsent', oldValue: null, newValue: '"False"' },
          { displayName: 'ConsentAction.Permissions', oldValue: null, newValue: `"[] => [[Id: ${rng.hex(20)}, ClientId: ${rng.uuid()}, PrincipalId: ${p.entraId}, ResourceId: ${rng.uuid()}, ConsentType: Principal, Scope:  ${String(a.detail.scopes)}, CreatedDateTime: , LastModifiedDateTime ]]; "` },
        ] }] };
    } else if (a.kind === 'account_create') {
      r = { ...common, category: 'UserManagement', activityDisplayName: 'Add user', loggedByService: 'Core Directory', operationType: 'Add', initiatedBy: initiator(undefined, ''), targetResources: [target] };
    } else if (a.kind === 'mfa_enroll' && p.usesGoogle === false && a.detail.factor === 'totp') {
      r = { ...common, category: 'UserManagement', activityDisplayName: 'User registered security info', loggedByService: 'Authentication Methods', operationType: 'Add', resultReason: 'User registered Authenticator App with Notification and Code', initiatedBy: initiator(p, a.net?.ip ?? ''), targetResources: [target] };
    }
    if (r) audits.push({ t: a.time, r: r as { id: string } });
  }
  return { signIns: linesToBytes(byTime(signIns, (x) => x.t, (x) => x.k).map((x) => x.line)), audits: jsonl(byTime(audits, (x) => x.t, (x) => x.r.id).map((x) => x.r)) };
}
