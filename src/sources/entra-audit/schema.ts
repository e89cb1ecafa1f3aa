// The Entra ID directoryAudit fields Trustline reads (Graph object, or Azure Monitor AuditLogs `properties`).
import { z } from 'zod';

const str = z.string().nullish();
const Identity = z.looseObject({ id: str, displayName: str, userPrincipalName: str, ipAddress: str, appId: str, servicePrincipalName: str });

export const DirectoryAudit = z.looseObject({
  id: str,
  category: str,
  correlationId: str,
  result: str,
  resultReason: str,
  activityDisplayName: str,
  activityDateTime: str,
  loggedByService: str,
  operationType: str,
  initiatedBy: z.looseObject({ user: Identity.nullish(), app: Identity.nullish() }).nullish(),
  targetResources: z.array(z.looseObject({
    id: str, displayName: str, type: str, userPrincipalName: str,
    modifiedProperties: z.array(z.looseObject({ displayName: str, oldValue: str, newValue: str })).nullish(),
  })).nullish(),
  additionalDetails: z.array(z.looseObject({ key: str, value: str })).nullish(),
});
export type DirectoryAudit = z.output<typeof DirectoryAudit>;

export const AuditRecord = DirectoryAudit.extend({ time: str, operationName: str, properties: DirectoryAudit.nullish() });
export type AuditRecord = z.output<typeof AuditRecord>;
