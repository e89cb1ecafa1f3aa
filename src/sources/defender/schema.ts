// The Defender for Endpoint advanced-hunting columns Trustline reads, for API rows and streamed `properties`.
import { z } from 'zod';

const str = z.string().nullish();
const numOrStr = z.union([z.number(), z.string()]).nullish();

export const DefenderRow = z.looseObject({
  Timestamp: str,
  DeviceId: str, DeviceName: str, ActionType: z.string(), ReportId: numOrStr,
  AccountName: str, AccountDomain: str, AccountUpn: str, AccountSid: str,
  FileName: str, FolderPath: str, SHA256: str, ProcessCommandLine: str, ProcessId: numOrStr,
  ProcessVersionInfoCompanyName: str, ProcessVersionInfoProductName: str, ProcessIntegrityLevel: str,
  InitiatingProcessFileName: str, InitiatingProcessCommandLine: str, InitiatingProcessFolderPath: str,
  InitiatingProcessAccountName: str, InitiatingProcessAccountDomain: str, InitiatingProcessAccountUpn: str,
  InitiatingProcessSHA256: str, InitiatingProcessVersionInfoCompanyName: str,
  InitiatingProcessSignerType: str, InitiatingProcessSignatureStatus: str,
  RemoteIP: str, RemotePort: numOrStr, RemoteUrl: str, RemoteIPType: str, LocalIP: str, LocalPort: numOrStr, Protocol: str,
  LogonType: str, LogonId: numOrStr, RemoteDeviceName: str, IsLocalAdmin: z.union([z.boolean(), z.string(), z.number()]).nullish(),
  FailureReason: str,
  AdditionalFields: z.union([z.string(), z.record(z.string(), z.unknown())]).nullish(),
});
export type DefenderRow = z.output<typeof DefenderRow>;

/** An API row, or a streamed record (Event Hub / storage export) with the table in `category` and the row in `properties`. */
export const DefenderRecord = DefenderRow.extend({
  ActionType: z.string().optional(),
  category: str,
  time: str,
  properties: DefenderRow.nullish(),
}).refine((r) => r.properties != null || r.ActionType != null, { message: 'required: ActionType', path: ['ActionType'] });
export type DefenderRecord = z.output<typeof DefenderRecord>;
