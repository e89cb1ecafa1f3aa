// DeviceFileCertificateInfo: the code-signing certificate of a file seen on a device (joined to process events on SHA1).
import { toUtcIso } from '../../model/fields.js';
import { flag } from '../event-source/values.js';
import type { DefenderRow } from './schema.js';

/** CrlDistributionPointUrls is a JSON array in a string column (streamed exports may give the array itself). */
function urls(v: DefenderRow['CrlDistributionPointUrls']): string[] | null {
  if (Array.isArray(v)) return v;
  if (typeof v !== 'string' || v.trim() === '') return null;
  try { const p: unknown = JSON.parse(v); return Array.isArray(p) ? p.filter((x): x is string => typeof x === 'string') : [v]; } catch { return [v]; }
}

const time = (v: string | null | undefined) => (v ? toUtcIso(v) ?? v : null);

export function certificateAttrs(row: DefenderRow): Record<string, unknown> {
  return {
    sha1: row.SHA1 ?? null,
    isSigned: flag(row.IsSigned),
    signatureType: row.SignatureType ?? null,
    // The certificate's subject: what the remote-tool catalog calls a signer (unlike version-info company names).
    signer: row.Signer ?? null,
    signerHash: row.SignerHash ?? null,
    issuer: row.Issuer ?? null,
    issuerHash: row.IssuerHash ?? null,
    certificateSerialNumber: row.CertificateSerialNumber ?? null,
    crlDistributionPointUrls: urls(row.CrlDistributionPointUrls),
    certificateCreationTime: time(row.CertificateCreationTime),
    certificateExpirationTime: time(row.CertificateExpirationTime),
    certificateCountersignatureTime: time(row.CertificateCountersignatureTime),
    isTrusted: flag(row.IsTrusted),
    isRootSignerMicrosoft: flag(row.IsRootSignerMicrosoft),
  };
}
