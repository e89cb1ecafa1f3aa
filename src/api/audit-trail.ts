// Appends one audit record for an HTTP action, naming the signed-in actor and their role.
import type { FastifyRequest } from 'fastify';
import { auditRepo } from '../audit/repo.js';
import type { ApiDeps } from './deps.js';

export type AuditTrail = (req: FastifyRequest, action: string, target: string, detail?: Record<string, unknown>) => Promise<void>;

export function auditTrail(deps: ApiDeps): AuditTrail {
  const repo = auditRepo(deps.database.db as never, deps.env.TRUSTLINE_TENANT);
  return async (req, action, target, detail = {}) => {
    const p = req.principal;
    await repo.append({ actor: p?.actor ?? 'anonymous', action, target, detail: { ...detail, role: p?.role ?? null, via: p?.via ?? null, ip: req.ip } });
  };
}
