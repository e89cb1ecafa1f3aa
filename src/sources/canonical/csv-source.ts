// Builds a Source for one canonical CSV file (people.csv, payroll.csv…) from its record schema.
import type { Readable } from 'node:stream';
import type { z } from 'zod';
import type { CsvRecordSchema } from '../../model/csv-record.js';
import { csvHeader, readCsv } from '../read/csv.js';
import type { ParsedItem, Sample, Source, Target } from '../types.js';

export function canonicalCsvSource<S extends z.ZodRawShape>(
  name: string, target: Target, spec: CsvRecordSchema<S>,
): Source<z.output<CsvRecordSchema<S>['schema']>> {
  const columns = spec.columns as string[];
  return {
    name,
    target,
    detect({ fileName, head }: Sample) {
      const header = csvHeader(head);
      const present = columns.filter((c) => header.includes(c)).length;
      if (present === 0) return 0;
      const base = fileName.toLowerCase().replace(/\.gz$/, '').split(/[\\/]/).pop() ?? '';
      // All columns present is near-certain; the file name settles files whose columns overlap.
      const byColumns = present / columns.length;
      const byName = base === `${name}.csv` ? 0.05 : 0;
      return byColumns === 1 ? 0.9 + byName : byColumns * 0.6 + byName;
    },
    async *parse(input: Readable): AsyncIterable<ParsedItem<z.output<CsvRecordSchema<S>['schema']>>> {
      for await (const item of readCsv(input)) {
        if (!item.ok) {
          yield { ok: false, line: item.line, problems: [{ line: item.line, reason: item.reason }], raw: item.rawLine };
          continue;
        }
        const parsed = spec.schema.safeParse(item.row);
        if (parsed.success) yield { ok: true, line: item.line, record: parsed.data };
        else {
          const problems = parsed.error.issues.map((i) => ({
            line: item.line,
            field: i.path.map(String).join('.') || undefined,
            reason: i.message + (i.path.length ? `${valueHint(item.row[String(i.path[0])])}` : ''),
          }));
          yield { ok: false, line: item.line, problems, raw: item.rawLine };
        }
      }
    },
  };
}

function valueHint(v: string | undefined): string {
  if (v === undefined || v === '') return '';
  // Echo a short, truncated value only: enough to find the cell, never a whole PII field.
  return ` (got "${v.length > 12 ? `${v.slice(0, 12)}…` : v}")`;
}
