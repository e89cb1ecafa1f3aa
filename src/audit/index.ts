// Tamper-evident audit log: hash-chained records, verification, JSON-lines export, storage.
export { GENESIS_HASH, canonicalJson, hashRecord, nextRecord, verifyChain } from './chain.js';
export type { AuditEntry, AuditRecord, ChainVerdict } from './chain.js';
export { auditLine, parseJsonLines, toJsonLines } from './export.js';
export { auditRepo, type AuditRepo } from './repo.js';
export { auditAppendOnlySql, auditLog } from './schema.js';
