// Exports audit records as JSON lines (one record per line, fields in a fixed order) that verify on their own.
import type { AuditRecord } from './chain.js';

export function auditLine(r: AuditRecord): string {
  return JSON.stringify({ seq: r.seq, at: r.at, actor: r.actor, action: r.action, target: r.target, detail: r.detail, prevHash: r.prevHash, hash: r.hash });
}

export async function* toJsonLines(records: AsyncIterable<AuditRecord> | Iterable<AuditRecord>): AsyncIterable<string> {
  for await (const r of records) yield `${auditLine(r)}\n`;
}

/** Reads an export back (for `verify` of a file handed to an auditor); a bad line is an error with its number. */
export function parseJsonLines(text: string): AuditRecord[] {
  const out: AuditRecord[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let v: unknown;
    try { v = JSON.parse(line); } catch (e) { throw new Error(`audit export line ${i + 1}: ${(e as Error).message}`); }
    const r = v as Partial<AuditRecord>;
    if (typeof r.seq !== 'number' || typeof r.at !== 'string' || typeof r.actor !== 'string' || typeof r.action !== 'string'
      || typeof r.target !== 'string' || typeof r.detail !== 'object' || r.detail === null || typeof r.prevHash !== 'string' || typeof r.hash !== 'string') {
      throw new Error(`audit export line ${i + 1}: not an audit record`);
    }
    out.push(r as AuditRecord);
  });
  return out;
}
