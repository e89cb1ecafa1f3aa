// The audit log's table now lives with the rest of the schema; re-exported here so the audit module keeps one entry point.
export { auditAppendOnlySql, auditLog } from '../store/schema/audit.js';
