// The Defender for Endpoint advanced-hunting columns Trustline reads, for API rows and streamed `properties`.
import { z } from 'zod';

const str = z.string().nullish();
const numOrStr = z.union([z.number(), z.string()]).nullish();
const bool = z.union([z.boolean(), z.string(), z.number()]).nullish();

export const DefenderRow = z.looseObject({
  Timestamp: str,
  // Every event table has one; DeviceFileCertificateInfo (a state table) does not.
  DeviceId: str, DeviceName: str, ActionType: z.string().nullish(), ReportId: numOrStr,
  AccountName: str, AccountDomain: str, AccountUpn: str, AccountSid: str,
  FileName: str, FolderPath: str, SHA1: str, SHA256: str, ProcessCommandLine: str, ProcessId: numOrStr,
  ProcessVersionInfoCompanyName: str, ProcessVersionInfoProductName: str, ProcessIntegrityLevel: str,
  InitiatingProcessFileName: str, InitiatingProcessCommandLine: str, InitiatingProcessFolderPath: str,
  InitiatingProcessAccountName: str, InitiatingProcessAccountDomain: str, InitiatingProcessAccountUpn: str,
  InitiatingProcessSHA1: str, InitiatingProcessSHA256: str, InitiatingProcessVersionInfoCompanyName: str,
  InitiatingProcessSignerType: str, InitiatingProcessSignatureStatus: str,
  IsInitiatingProcessRemoteSession: bool, InitiatingProcessRemoteSessionDeviceName: str, InitiatingProcessRemoteSessionIP: str,
  RemoteIP: str, RemotePort: numOrStr, RemoteUrl: str, RemoteIPType: str, LocalIP: str, LocalPort: numOrStr, Protocol: str,
  LogonType: str, LogonId: numOrStr, RemoteDeviceName: str, IsLocalAdmin: bool,
  FailureReason: str,
  AdditionalFields: z.union([z.string(), z.record(z.string(), z.unknown())]).nullish(),
  // DeviceRegistryEvents
  RegistryKey: str, RegistryValueType: str, RegistryValueName: str, RegistryValueData: str,
  PreviousRegistryKey: str, PreviousRegistryValueName: str, PreviousRegistryValueData: str,
  // DeviceFileCertificateInfo
  IsSigned: bool, SignatureType: str, Signer: str, SignerHash: str, Issuer: str, IssuerHash: str,
  CertificateSerialNumber: str, CrlDistributionPointUrls: z.union([z.string(), z.array(z.string())]).nullish(),
  CertificateCreationTime: str, CertificateExpirationTime: str, CertificateCountersignatureTime: str,
  IsTrusted: bool, IsRootSignerMicrosoft: bool,
});
export type DefenderRow = z.output<typeof DefenderRow>;

export const CERTIFICATE_TABLE = 'DeviceFileCertificateInfo';

/** A DeviceFileCertificateInfo row: the file's SHA1 with its signature columns, and no ActionType. */
export function isCertificateRow(r: Record<string, unknown>): boolean {
  return r.ActionType == null && r.SHA1 != null && ('Signer' in r || 'IsSigned' in r || 'CertificateSerialNumber' in r);
}

/** An API row, or a streamed record (Event Hub / storage export) with the table in `category` and the row in `properties`. */
export const DefenderRecord = DefenderRow.extend({
  category: str,
  time: str,
  properties: DefenderRow.nullish(),
})
  // ActionType is required of event rows; a certificate row is recognised by its table or its columns.
  // (Two plain refines, not one superRefine: the import fast path compiles boolean refinements.)
  .refine((r) => r.properties == null || r.properties.ActionType != null || r.category === `AdvancedHunting-${CERTIFICATE_TABLE}`
    || isCertificateRow(r.properties), { message: 'required', path: ['properties', 'ActionType'] })
  .refine((r) => r.properties != null || r.ActionType != null || isCertificateRow(r), { message: 'required', path: ['ActionType'] });
export type DefenderRecord = z.output<typeof DefenderRecord>;
