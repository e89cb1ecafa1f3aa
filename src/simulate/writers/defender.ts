// Microsoft Defender for Endpoint advanced-hunting rows ({Schema, Results}) for process, device (PnP), logon and registry tables.
import { createRng, type Rng } from '../prng.js';
import type { SimPerson, World } from '../types.js';
import { BENIGN_USB, EVERYDAY, KVM_USB, RMM, RMM_ENDPOINTS, type Binary } from './defender-catalog.js';
import { byTime, iso, peopleById } from './common.js';

type Row = Record<string, string | number | boolean | null>;
const COMMON = ['Timestamp', 'DeviceId', 'DeviceName', 'ActionType'];
const INIT = ['InitiatingProcessFileName', 'InitiatingProcessFolderPath', 'InitiatingProcessCommandLine', 'InitiatingProcessId', 'InitiatingProcessAccountName', 'InitiatingProcessAccountDomain', 'InitiatingProcessAccountUpn'];
export const TABLE_COLUMNS: Record<string, string[]> = {
  DeviceProcessEvents: [...COMMON, 'FileName', 'FolderPath', 'SHA1', 'SHA256', 'MD5', 'FileSize', 'ProcessVersionInfoCompanyName', 'ProcessVersionInfoProductName', 'ProcessVersionInfoProductVersion', 'ProcessVersionInfoInternalFileName', 'ProcessVersionInfoOriginalFileName', 'ProcessVersionInfoFileDescription', 'ProcessId', 'ProcessCommandLine', 'ProcessIntegrityLevel', 'ProcessTokenElevation', 'ProcessCreationTime', 'AccountDomain', 'AccountName', 'AccountUpn', 'AccountObjectId', ...INIT, 'InitiatingProcessSignerType', 'InitiatingProcessSignatureStatus', 'ReportId'],
  DeviceEvents: [...COMMON, 'AccountName', 'AccountDomain', 'FileName', 'FolderPath', ...INIT, 'AdditionalFields', 'ReportId'],
  DeviceNetworkEvents: [...COMMON, 'RemoteIP', 'RemotePort', 'RemoteUrl', 'LocalIP', 'LocalPort', 'Protocol', 'LocalIPType', 'RemoteIPType', ...INIT, 'InitiatingProcessVersionInfoCompanyName', 'ReportId'],
  DeviceLogonEvents: [...COMMON, 'AccountDomain', 'AccountName', 'AccountSid', 'LogonType', 'Protocol', 'FailureReason', 'IsLocalAdmin', 'LogonId', 'RemoteDeviceName', 'RemoteIP', 'RemoteIPType', 'RemotePort', ...INIT, 'ReportId'],
  DeviceRegistryEvents: [...COMMON, 'RegistryKey', 'RegistryValueType', 'RegistryValueName', 'RegistryValueData', ...INIT, 'ReportId'],
  DeviceFileCertificateInfo: ['Timestamp', 'DeviceId', 'DeviceName', 'SHA1', 'IsSigned', 'SignatureType', 'Signer', 'SignerHash', 'Issuer', 'IssuerHash', 'CertificateSerialNumber', 'CrlDistributionPointUrls', 'CertificateCreationTime', 'CertificateExpirationTime', 'CertificateCountersignatureTime', 'IsTrusted', 'IsRootSignerMicrosoft', 'ReportId'],
};
const TYPES: Record<string, string> = { Timestamp: 'DateTime', ProcessCreationTime: 'DateTime', CertificateCreationTime: 'DateTime', CertificateExpirationTime: 'DateTime', CertificateCountersignatureTime: 'DateTime', FileSize: 'Int64', ProcessId: 'Int64', InitiatingProcessId: 'Int64', LogonId: 'Int64', RemotePort: 'Int32', ReportId: 'Int64', IsLocalAdmin: 'Boolean', IsSigned: 'Boolean', IsTrusted: 'Boolean', IsRootSignerMicrosoft: 'Boolean' };

/** Same binary → same hashes everywhere, as in a real fleet. */
function hashes(b: Binary) {
  const r = createRng(`binary/${b.file}/${b.version}`);
  return { SHA1: r.hex(40), SHA256: r.hex(64), MD5: r.hex(32), FileSize: r.int(800_000, 120_000_000) };
}

export function defenderWriter(world: World, rng: Rng): Record<string, Buffer> {
  const people = peopleById(world);
  // Each row is serialised in column order as it is pushed, so a big fleet never holds row objects in memory.
  const lines: Record<string, { t: number; k: string; line: string }[]> = Object.fromEntries(Object.keys(TABLE_COLUMNS).map((k) => [k, []]));
  const tables: Record<string, { push(x: { t: number; r: Row }): void }> = Object.fromEntries(Object.keys(TABLE_COLUMNS).map((name) => {
    const cols = TABLE_COLUMNS[name]!;
    return [name, { push: (x: { t: number; r: Row }) => lines[name]!.push({ t: x.t, k: String(x.r.ReportId) + String(x.r.DeviceId), line: JSON.stringify(Object.fromEntries(cols.map((c) => [c, x.r[c] ?? null]))) }) }];
  }));
  const user = (p: SimPerson) => p.email.split('@')[0]!.slice(0, 20);
  const dev = (p: SimPerson, t: number, action: string): Row => ({ Timestamp: iso(t), DeviceId: p.laptop.defenderId, DeviceName: `${p.laptop.name.toLowerCase()}.${world.org.domain}`, ActionType: action, ReportId: rng.int(1000, 999_999) });
  const explorer = (p: SimPerson): Row => ({ InitiatingProcessFileName: 'explorer.exe', InitiatingProcessFolderPath: 'c:\\windows\\explorer.exe', InitiatingProcessCommandLine: 'Explorer.EXE', InitiatingProcessId: rng.int(3000, 12000), InitiatingProcessAccountName: user(p), InitiatingProcessAccountDomain: 'kestrel', InitiatingProcessAccountUpn: p.email });
  const certSeen = new Set<string>();
  const proc = (p: SimPerson, t: number, b: Binary, cmd: string) => {
    const mac = p.laptop.os === 'macOS';
    const path = (mac ? b.macPath : b.winPath).replace('%USER%', user(p));
    const h = hashes(b);
    tables.DeviceProcessEvents!.push({ t, r: {
      ...dev(p, t, 'ProcessCreated'), FileName: mac ? path.split('/').pop()! : b.file, FolderPath: path, ...h,
      ProcessVersionInfoCompanyName: mac ? '' : b.company, ProcessVersionInfoProductName: mac ? '' : b.product, ProcessVersionInfoProductVersion: mac ? '' : b.version,
      ProcessVersionInfoInternalFileName: mac ? '' : b.file, ProcessVersionInfoOriginalFileName: mac ? '' : b.file, ProcessVersionInfoFileDescription: mac ? '' : b.description,
      ProcessId: rng.int(1000, 40000), ProcessCommandLine: cmd, ProcessIntegrityLevel: 'Medium', ProcessTokenElevation: 'TokenElevationTypeLimited', ProcessCreationTime: iso(t),
      AccountDomain: 'kestrel', AccountName: user(p), AccountUpn: p.email, AccountObjectId: p.entraId, ...explorer(p),
      InitiatingProcessSignerType: 'OsVendor', InitiatingProcessSignatureStatus: 'Valid',
    } });
    const key = `${p.laptop.defenderId}/${b.file}`;
    if (!mac && !certSeen.has(key)) {
      certSeen.add(key);
      const c = createRng(`cert/${b.signer}`);
      tables.DeviceFileCertificateInfo!.push({ t: t + 2000, r: {
        Timestamp: iso(t + 2000), DeviceId: p.laptop.defenderId, DeviceName: `${p.laptop.name.toLowerCase()}.${world.org.domain}`, SHA1: h.SHA1, IsSigned: true, SignatureType: 'Embedded',
        Signer: b.signer, SignerHash: c.hex(40), Issuer: b.issuer, IssuerHash: c.hex(40), CertificateSerialNumber: c.hex(32),
        CrlDistributionPointUrls: null, CertificateCreationTime: '2023-06-01T00:00:00.000Z', CertificateExpirationTime: '2026-12-31T23:59:59.000Z',
        CertificateCountersignatureTime: iso(t - 40 * 86_400_000), IsTrusted: true, IsRootSignerMicrosoft: b.signer === 'Microsoft Corporation', ReportId: rng.int(1000, 999_999),
      } });
    }
  };
  const usb = (p: SimPerson, t: number, vid: string, pid: string, serial: string, className: string, description: string) => {
    const classIds: Record<string, string> = { USB: '{36fc9e60-c465-11cf-8056-444553540000}', HIDClass: '{745a17a0-74d3-11d0-b6fe-00a0c90f57da}', Keyboard: '{4d36e96b-e325-11ce-bfc1-08002be10318}', DiskDrive: '{4d36e967-e325-11ce-bfc1-08002be10318}' };
    const deviceId = className === 'DiskDrive' ? `USBSTOR\\DISK&VEN_LINUX&PROD_FILE-STOR_GADGET&REV_0510\\${serial || rng.hex(16).toUpperCase()}&0` : `USB\\VID_${vid}&PID_${pid}\\${serial || `${rng.int(5, 9)}&${rng.hex(8)}&0&${rng.int(1, 9)}`}`;
    tables.DeviceEvents!.push({ t, r: {
      ...dev(p, t, 'PnpDeviceConnected'), AccountName: null, AccountDomain: null, FileName: null, FolderPath: null,
      InitiatingProcessFileName: null, InitiatingProcessFolderPath: null, InitiatingProcessCommandLine: null, InitiatingProcessId: null, InitiatingProcessAccountName: null, InitiatingProcessAccountDomain: null, InitiatingProcessAccountUpn: null,
      AdditionalFields: JSON.stringify({ ClassName: className, DeviceDescription: description, DeviceId: deviceId, VendorIds: `USB\\VID_${vid}&PID_${pid}&REV_0510;USB\\VID_${vid}&PID_${pid}`, ClassId: classIds[className] ?? classIds.USB }),
    } });
  };

  for (const s of world.sessions) {
    const p = people.get(s.personId);
    if (!p || s.device !== 'laptop' || !p.laptop.managed) continue;
    const first = s.id.endsWith('-s0') || rng.bool(0.6);
    tables.DeviceLogonEvents!.push({ t: s.start - 30_000, r: {
      ...dev(p, s.start - 30_000, 'LogonSuccess'), AccountDomain: 'kestrel', AccountName: user(p), AccountSid: `S-1-12-1-${rng.digits(10)}-${rng.digits(10)}`,
      LogonType: first ? 'Interactive' : 'Unlock', Protocol: 'Negotiate', FailureReason: null, IsLocalAdmin: false, LogonId: rng.int(100000, 9_000_000),
      RemoteDeviceName: null, RemoteIP: null, RemoteIPType: null, RemotePort: null,
      InitiatingProcessFileName: 'lsass.exe', InitiatingProcessFolderPath: 'c:\\windows\\system32\\lsass.exe', InitiatingProcessCommandLine: 'lsass.exe', InitiatingProcessId: rng.int(600, 1200), InitiatingProcessAccountName: 'system', InitiatingProcessAccountDomain: 'nt authority', InitiatingProcessAccountUpn: null,
    } });
    for (const b of rng.sample(EVERYDAY.filter((x) => x.file !== 'Code.exe' || p.engineer), rng.int(1, 2))) proc(p, s.start + rng.int(60, 1200) * 1000, b, `"${b.file}"`);
    if (p.laptop.os === 'Windows' && rng.bool(0.03)) { const u = rng.pick(BENIGN_USB); usb(p, s.start + rng.int(60, 3600) * 1000, u.vid, u.pid, '', u.className, u.description); }
  }
  for (const a of world.acts) {
    const p = people.get(a.personId);
    if (!p || !p.laptop.managed) continue;
    if (a.kind === 'rmm_process') {
      const b = RMM[String(a.detail.tool)];
      if (!b) continue;
      const cmd = a.detail.tool === 'anydesk' ? (a.detail.phase === 'install' ? `"AnyDesk.exe" --install "C:\\Program Files (x86)\\AnyDesk" --start-with-win --silent` : '"AnyDesk.exe" --control')
        : a.detail.tool === 'crd' ? `"remoting_host.exe" --type=desktop` : `"${b.file}"`;
      proc(p, a.time, b, cmd);
      const ep = RMM_ENDPOINTS[String(a.detail.tool)];
      const relays = world.rmmRelays[String(a.detail.tool)] ?? [];
      if (ep && relays.length) {
        const t = a.time + rng.int(2, 20) * 1000;
        tables.DeviceNetworkEvents!.push({ t, r: {
          ...dev(p, t, 'ConnectionSuccess'), RemoteIP: rng.pick(relays), RemotePort: ep.port, RemoteUrl: ep.url(rng.hex(8)),
          LocalIP: `192.168.${rng.int(0, 3)}.${rng.int(2, 250)}`, LocalPort: rng.int(49152, 65535), Protocol: 'Tcp', LocalIPType: 'Private', RemoteIPType: 'Public',
          InitiatingProcessFileName: b.file, InitiatingProcessFolderPath: (p.laptop.os === 'macOS' ? b.macPath : b.winPath).toLowerCase(), InitiatingProcessCommandLine: cmd,
          InitiatingProcessId: rng.int(1000, 40000), InitiatingProcessAccountName: user(p), InitiatingProcessAccountDomain: 'kestrel', InitiatingProcessAccountUpn: p.email,
          InitiatingProcessVersionInfoCompanyName: b.company,
        } });
      }
    } else if (a.kind === 'usb_connect' && p.laptop.os === 'Windows') {
      const k = KVM_USB[String(a.detail.kvm)];
      if (!k) continue;
      usb(p, a.time, k.vid, k.pid, k.serial, 'USB', k.description);
      usb(p, a.time + 400, k.vid, k.pid, k.serial, 'HIDClass', 'USB Input Device');
      usb(p, a.time + 700, k.vid, k.pid, k.serial, 'Keyboard', 'HID Keyboard Device');
      if (k.massStorage) usb(p, a.time + 1100, k.vid, k.pid, k.serial, 'DiskDrive', 'Linux File-Stor Gadget USB Device');
    } else if (a.kind === 'edr_exclusion' && p.laptop.os === 'Windows') {
      const path = String(a.detail.path);
      tables.DeviceRegistryEvents!.push({ t: a.time, r: {
        ...dev(p, a.time, 'RegistryValueSet'), RegistryKey: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows Defender\\Exclusions\\Paths', RegistryValueType: 'Dword', RegistryValueName: path, RegistryValueData: '0',
        InitiatingProcessFileName: 'MsMpEng.exe', InitiatingProcessFolderPath: 'c:\\programdata\\microsoft\\windows defender\\platform\\4.18.24080.9-0\\msmpeng.exe', InitiatingProcessCommandLine: '"MsMpEng.exe"', InitiatingProcessId: rng.int(3000, 6000), InitiatingProcessAccountName: 'system', InitiatingProcessAccountDomain: 'nt authority', InitiatingProcessAccountUpn: null,
      } });
      proc(p, a.time - 1500, { file: 'powershell.exe', winPath: 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', macPath: '', company: 'Microsoft Corporation', product: 'Microsoft® Windows® Operating System', description: 'Windows PowerShell', signer: 'Microsoft Windows', issuer: 'Microsoft Windows Production PCA 2011', version: '10.0.22621.3672' }, `powershell.exe -NoProfile -Command Add-MpPreference -ExclusionPath "${path}"`);
    }
  }
  const out: Record<string, Buffer> = {};
  for (const [name, rows] of Object.entries(lines)) {
    const cols = TABLE_COLUMNS[name]!;
    // Assembled as bytes: a fleet's process table is tens of MB.
    const parts: Buffer[] = [Buffer.from(`{"Schema":${JSON.stringify(cols.map((c) => ({ Name: c, Type: TYPES[c] ?? 'String' })))},"Results":[`)];
    byTime(rows, (x) => x.t, (x) => x.k).forEach((x, i) => { parts.push(Buffer.from(i ? `,${x.line}` : x.line, 'utf8')); });
    parts.push(Buffer.from(']}\n'));
    out[name] = Buffer.concat(parts);
  }
  return out;
}
