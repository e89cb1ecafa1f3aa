// Turns a snake_case column schema into a record schema: known columns validated and camel-cased, extra columns kept.
import { z } from 'zod';

type CamelCase<S extends string> = S extends `${infer H}_${infer T}` ? `${H}${Capitalize<CamelCase<T>>}` : S;
type Camelize<T> = { [K in keyof T as K extends string ? CamelCase<K> : K]: T[K] };

export const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

export interface CsvRecordSchema<Shape extends z.ZodRawShape> {
  /** Column names in the canonical order (FORMATS.md). */
  columns: (keyof Shape & string)[];
  /** Validates one CSV row (header → cell). */
  schema: z.ZodType<Camelize<z.output<z.ZodObject<Shape>>> & { extra: Record<string, string> }, Record<string, string>>;
}

export function csvRecord<Shape extends z.ZodRawShape>(shape: Shape): CsvRecordSchema<Shape> {
  const columns = Object.keys(shape) as (keyof Shape & string)[];
  const known = new Set<string>(columns);
  const obj = z.object(shape);
  const schema = z.record(z.string(), z.string()).transform((row, ctx) => {
    const parsed = obj.safeParse(row);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, code: 'custom', message: issue.message, path: issue.path });
      return z.NEVER;
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(parsed.data)) out[camel(k)] = v;
    const extra: Record<string, string> = {};
    for (const [k, v] of Object.entries(row)) if (!known.has(k) && v !== '') extra[k] = v;
    out.extra = extra;
    return out as Camelize<z.output<z.ZodObject<Shape>>> & { extra: Record<string, string> };
  });
  return { columns, schema };
}
