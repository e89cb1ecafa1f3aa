// Entra ID directory audits (Graph directoryAudit, Azure Monitor AuditLogs).
export { entraAuditSource, entraAuditSpec, mapAudit } from './entra-audit-source.js';
export { entraAuditCategory } from './categories.js';
