// Defender for Endpoint advanced hunting (API Results rows and streamed AdvancedHunting-* records) → events.
import type { ActionCategory, NormalizedEvent } from '../../model/event.js';
import { toUtcIso } from '../../model/fields.js';
import { jsonEventSource, type EventDraft, type JsonEventSourceSpec } from '../event-source/json-event-source.js';
import { flag, num, str } from '../event-source/values.js';
import type { Source } from '../types.js';
import { certificateAttrs } from './certificate.js';
import { REGISTRY_ACTIONS, registryFacts } from './registry.js';
import { CERTIFICATE_TABLE, DefenderRecord, isCertificateRow, type DefenderRow } from './schema.js';

export const TABLES = ['DeviceProcessEvents', 'DeviceNetworkEvents', 'DeviceLogonEvents', 'DeviceEvents', 'DeviceRegistryEvents', CERTIFICATE_TABLE] as const;

const NETWORK_ACTIONS = /^(Connection(Success|Failed|Request|Attempt|Found|Acknowledged)|InboundConnectionAccepted|ListeningConnectionCreated)$/;
const USB_ACTIONS = new Set(['PnpDeviceConnected', 'UsbDriveMounted', 'UsbDriveMount', 'PnpDeviceAllowed', 'PnpDeviceBlocked', 'RemovableStoragePolicyTriggered']);
const DEFENSE_ACTIONS = /^(TamperingAttempt|AntivirusExclusion|FirewallServiceStopped|.*PolicyDisabled|DefenderSettingChanged|SmartScreen.*Override)/;

/** API rows do not name their table; the ActionType and the columns present say which it is. */
export function tableOf(row: DefenderRow, category: string | null): string {
  if (category) return category.replace(/^AdvancedHunting-/, '');
  if (row.ActionType == null) return isCertificateRow(row) ? CERTIFICATE_TABLE : 'DeviceEvents';
  if (row.ActionType === 'ProcessCreated') return 'DeviceProcessEvents';
  if (REGISTRY_ACTIONS.test(row.ActionType)) return 'DeviceRegistryEvents';
  if (/^Logon/.test(row.ActionType) || row.LogonType != null) return 'DeviceLogonEvents';
  if (NETWORK_ACTIONS.test(row.ActionType)) return 'DeviceNetworkEvents';
  return 'DeviceEvents';
}

function categoryOf(table: string, action: string): ActionCategory {
  // DeviceRegistryEvents and DeviceFileCertificateInfo are decided in mapDefender (key and value, not ActionType).
  if (table === 'DeviceProcessEvents') return 'endpoint.process';
  if (table === 'DeviceNetworkEvents') return 'endpoint.network';
  if (table === 'DeviceLogonEvents') return 'endpoint.logon';
  if (table === 'DeviceEvents') {
    if (USB_ACTIONS.has(action)) return 'endpoint.usb';
    if (DEFENSE_ACTIONS.test(action)) return 'security.defense_change';
    if (action === 'RemoteDesktopConnection') return 'endpoint.logon';
    if (action === 'ScreenshotTaken') return 'data.transfer';
  }
  return 'other';
}

function additional(v: DefenderRow['AdditionalFields']): Record<string, unknown> {
  if (v && typeof v === 'object') return v;
  if (typeof v !== 'string' || v === '') return {};
  try { const p: unknown = JSON.parse(v); return p && typeof p === 'object' ? p as Record<string, unknown> : {}; } catch { return {}; }
}

/** USB\VID_0781&PID_5581\… → { vendor: '0781', product: '5581' }. */
export function usbIds(...ids: unknown[]): { vendor: string | null; product: string | null } {
  for (const id of ids) {
    const m = typeof id === 'string' ? /VID_([0-9A-F]{4}).*?PID_([0-9A-F]{4})/i.exec(id) : null;
    if (m) return { vendor: m[1]!.toUpperCase(), product: m[2]!.toUpperCase() };
  }
  return { vendor: null, product: null };
}

export function mapDefender(rec: DefenderRecord): EventDraft {
  const streamed = rec.properties != null;
  const row = (rec.properties ?? rec) as DefenderRow;
  const table = tableOf(row, streamed ? rec.category ?? null : null);
  const isCertificate = table === CERTIFICATE_TABLE;
  const registry = table === 'DeviceRegistryEvents' ? registryFacts(row) : null;
  // A certificate row has no ActionType: the table names what it is.
  const type = row.ActionType ?? table;
  const category = registry?.category ?? categoryOf(table, type);
  const add = additional(row.AdditionalFields);
  const isProcess = table === 'DeviceProcessEvents';
  const attrs: Record<string, unknown> = { table, reportId: str(row.ReportId), additionalFields: Object.keys(add).length ? add : null };
  // The process the event is about: the new process for process events, the initiating one otherwise.
  attrs.processName = (isProcess ? row.FileName : row.InitiatingProcessFileName) ?? null;
  attrs.processCommandLine = (isProcess ? row.ProcessCommandLine : row.InitiatingProcessCommandLine) ?? null;
  attrs.processFolderPath = (isProcess ? row.FolderPath : row.InitiatingProcessFolderPath) ?? null;
  attrs.sha256 = (isProcess ? row.SHA256 : row.InitiatingProcessSHA256) ?? null;
  // SHA1 joins a process to its DeviceFileCertificateInfo row (SHA256 is often empty for initiating processes).
  attrs.sha1 = (isProcess || isCertificate ? row.SHA1 : row.InitiatingProcessSHA1) ?? null;
  attrs.parentProcessName = isProcess ? row.InitiatingProcessFileName ?? null : null;
  attrs.signer = (isProcess ? row.ProcessVersionInfoCompanyName : row.InitiatingProcessVersionInfoCompanyName)
    ?? str(add.Signer) ?? null;
  attrs.signatureStatus = row.InitiatingProcessSignatureStatus ?? null;
  if (row.IsInitiatingProcessRemoteSession != null) {
    // The process ran inside an RDP session: from which device and address (newer schema columns).
    attrs.remoteSession = flag(row.IsInitiatingProcessRemoteSession);
    attrs.remoteSessionDeviceName = row.InitiatingProcessRemoteSessionDeviceName ?? null;
    attrs.remoteSessionIp = row.InitiatingProcessRemoteSessionIP ?? null;
  }
  if (registry) Object.assign(attrs, registry.attrs);
  if (isCertificate) Object.assign(attrs, certificateAttrs(row));
  if (table === 'DeviceNetworkEvents' || table === 'DeviceLogonEvents') {
    attrs.remoteIp = row.RemoteIP ?? null;
    attrs.remotePort = num(row.RemotePort);
    attrs.remoteUrl = row.RemoteUrl ?? null;
    attrs.remoteIpType = row.RemoteIPType ?? null;
    attrs.localIp = row.LocalIP ?? null;
    attrs.protocol = row.Protocol ?? null;
  }
  if (table === 'DeviceLogonEvents' || row.ActionType === 'RemoteDesktopConnection') {
    attrs.logonType = row.LogonType ?? str(add.LogonType) ?? (row.ActionType === 'RemoteDesktopConnection' ? 'RemoteInteractive' : null);
    attrs.remoteDeviceName = row.RemoteDeviceName ?? null;
    attrs.isLocalAdmin = flag(row.IsLocalAdmin);
    attrs.logonId = str(row.LogonId);
  }
  if (category === 'endpoint.usb') {
    const ids = usbIds(add.VendorIds, add.DeviceId, add.DeviceInstanceId);
    attrs.usbVendorId = ids.vendor;
    attrs.usbProductId = ids.product;
    attrs.deviceDescription = str(add.DeviceDescription) ?? str(add.ProductName) ?? null;
    attrs.manufacturer = str(add.Manufacturer) ?? null;
    attrs.classId = str(add.ClassId) ?? null;
    attrs.className = str(add.ClassName) ?? str(add.BusType) ?? null;
    attrs.usbSerial = str(add.SerialNumber) ?? null;
    attrs.pnpDeviceId = str(add.DeviceId) ?? null;
  }
  const accountName = isProcess || table === 'DeviceLogonEvents'
    ? row.AccountUpn ?? row.AccountName : row.InitiatingProcessAccountUpn ?? row.InitiatingProcessAccountName ?? row.AccountName;
  attrs.accountDomain = (isProcess || table === 'DeviceLogonEvents' ? row.AccountDomain : row.InitiatingProcessAccountDomain) ?? null;
  const time = row.Timestamp ?? rec.time;
  const failed = /Failed|Blocked/.test(type);
  const registryTarget = registry && row.RegistryKey ? `${row.RegistryKey}${row.RegistryValueName ? `\\${row.RegistryValueName}` : ''}` : null;
  return {
    time,
    timeField: streamed ? 'properties.Timestamp' : 'Timestamp',
    // ReportId repeats per device; Microsoft says to pair it with device and time.
    sourceEventId: row.ReportId != null && (row.DeviceId || row.DeviceName)
      ? `${table}:${row.DeviceId ?? row.DeviceName}:${String(row.ReportId)}:${toUtcIso(time) ?? String(time)}` : null,
    type,
    category,
    // A registry row records a change that happened; a certificate row is a state, not an outcome.
    outcome: failed ? 'failure' : registry || /Success|Created|Connected|Accepted|Mounted/.test(type) ? 'success' : 'unknown',
    outcomeReason: row.FailureReason ?? null,
    actor: accountName ?? null,
    target: category === 'endpoint.usb' ? (attrs.deviceDescription as string | null)
      : registry ? registryTarget : isCertificate ? row.SHA1 ?? null
        : (attrs.remoteUrl as string | null) ?? (attrs.remoteIp as string | null) ?? null,
    targetType: category === 'endpoint.usb' ? 'usb_device' : registry ? (row.RegistryValueName ? 'registry_value' : 'registry_key')
      : isCertificate ? 'file' : attrs.remoteIp ? 'host' : null,
    ip: table === 'DeviceLogonEvents' ? row.RemoteIP ?? null : null,
    deviceId: row.DeviceId ?? null,
    deviceName: row.DeviceName ?? null,
    attrs,
  };
}

export const defenderSpec: JsonEventSourceSpec<DefenderRecord> = {
  name: 'defender',
  source: 'defender',
  schema: DefenderRecord,
  matches(r) {
    if (typeof r.category === 'string' && r.category.startsWith('AdvancedHunting-')) return 0.95;
    if (!('Timestamp' in r) || !('DeviceId' in r || 'DeviceName' in r)) return 0;
    return typeof r.ActionType === 'string' || isCertificateRow(r) ? 0.85 : 0;
  },
  map: (r) => mapDefender(r),
};

export const defenderSource: Source<NormalizedEvent> = jsonEventSource(defenderSpec);
