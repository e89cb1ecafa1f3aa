// Turns zod issues on a vendor record into RecordProblems that point at line and JSON path.
import type { z } from 'zod';
import type { RecordProblem } from '../types.js';

export function zodProblems(line: number, error: z.ZodError): RecordProblem[] {
  return error.issues.map((i) => ({
    line,
    field: i.path.map(String).join('.') || undefined,
    reason: i.message,
  }));
}

/** `file:line[:field] reason` — the location format every import error uses. */
export function formatProblem(fileName: string, p: RecordProblem): string {
  return `${fileName}:${p.line}${p.field ? `:${p.field}` : ''} ${p.reason}`;
}
