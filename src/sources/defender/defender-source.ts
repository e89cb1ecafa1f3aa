// Defender for Endpoint advanced hunting (API Results rows and streamed AdvancedHunting-* records) → events.
import type { ActionCategory, NormalizedEvent } from '../../model/event.js';
import { toUtcIso } from '../../model/fields.js';
import { jsonEventSource, type EventDraft, type JsonEventSourceSpec } from '../event-source/json-event-source.js';
import { flag, num, str } from '../event-source/values.js';
import type { Source } from '../types.js';
import { DefenderRecord, type DefenderRow } from './schema.js';

export const TABLES = ['DeviceProcessEvents', 'DeviceNetworkEvents', 'DeviceLogonEvents', 'DeviceEvents'] as const;

const NETWORK_ACTIONS = /^(Connection(Success|Failed|Request|Attempt|Found|Acknowledged)|InboundConnectionAccepted|ListeningConnectionCreated)$/;
const USB_ACTIONS = new Set(['PnpDeviceConnected', 'UsbDriveMounted', 'UsbDriveMount', 'PnpDeviceAllowed', 'PnpDeviceBlocked', 'RemovableStoragePolicyTriggered']);
const DEFENSE_ACTIONS = /^(TamperingAttempt|AntivirusExclusion|FirewallServiceStopped|.*PolicyDisabled|DefenderSettingChanged|SmartScreen.*Override)/;

/** API rows do not name their table; the ActionType and the columns present say which it is. */
export function tableOf(row: DefenderRow, category: string | null): string {
  if (category) return category.replace(/^AdvancedHunting-/, '');
  if (row.ActionType === 'ProcessCreated') return 'DeviceProcessEvents';
  if (/^Logon/.test(row.ActionType) || row.LogonType != null) return 'DeviceLogonEvents';
  if (NETWORK_ACTIONS.test(row.ActionType)) return 'DeviceNetworkEvents';
  return 'DeviceEvents';
}

function categoryOf(table: string, action: string): ActionCategory {
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
  const category = categoryOf(table, row.ActionType);
  const add = additional(row.AdditionalFields);
  const isProcess = table === 'DeviceProcessEvents';
  const attrs: Record<string, unknown> = { table, reportId: str(row.ReportId), additionalFields: Object.keys(add).length ? add : null };
  // The process the event is about: the new process for process events, the initiating one otherwise.
  attrs.processName = (isProcess ? row.FileName : row.InitiatingProcessFileName) ?? null;
  attrs.processCommandLine = (isProcess ? row.ProcessCommandLine : row.InitiatingProcessCommandLine) ?? null;
  attrs.processFolderPath = (isProcess ? row.FolderPath : row.InitiatingProcessFolderPath) ?? null;
  attrs.sha256 = (isProcess ? row.SHA256 : row.InitiatingProcessSHA256) ?? null;
  attrs.parentProcessName = isProcess ? row.InitiatingProcessFileName ?? null : null;
  attrs.signer = (isProcess ? row.ProcessVersionInfoCompanyName : row.InitiatingProcessVersionInfoCompanyName)
    ?? str(add.Signer) ?? null;
  attrs.signatureStatus = row.InitiatingProcessSignatureStatus ?? null;
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
  const failed = /Failed|Blocked/.test(row.ActionType);
  return {
    time,
    timeField: streamed ? 'properties.Timestamp' : 'Timestamp',
    // ReportId repeats per device; Microsoft says to pair it with device and time.
    sourceEventId: row.ReportId != null && (row.DeviceId || row.DeviceName)
      ? `${table}:${row.DeviceId ?? row.DeviceName}:${String(row.ReportId)}:${toUtcIso(time) ?? String(time)}` : null,
    type: row.ActionType,
    category,
    outcome: failed ? 'failure' : /Success|Created|Connected|Accepted|Mounted/.test(row.ActionType) ? 'success' : 'unknown',
    outcomeReason: row.FailureReason ?? null,
    actor: accountName ?? null,
    target: category === 'endpoint.usb' ? (attrs.deviceDescription as string | null) : (attrs.remoteUrl as string | null) ?? (attrs.remoteIp as string | null) ?? null,
    targetType: category === 'endpoint.usb' ? 'usb_device' : attrs.remoteIp ? 'host' : null,
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
    return typeof r.ActionType === 'string' && 'Timestamp' in r && ('DeviceId' in r || 'DeviceName' in r) ? 0.85 : 0;
  },
  map: (r) => mapDefender(r),
};

export const defenderSource: Source<NormalizedEvent> = jsonEventSource(defenderSpec);
