// Neutralises CSV/formula injection in exports: a cell a spreadsheet would run as a formula gets a leading
// apostrophe, so Excel/LibreOffice/Sheets show it as text (OWASP "CSV Injection").

/** = + - @ tab CR, and their full-width forms (some spreadsheet locales treat ＝ like =). */
const TRIGGER = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
/**
 * A plain negative number stays as it is: "-12.5" is data, not a formula, and prefixing it would turn amounts and
 * coordinates into text. A leading "+" is prefixed even on a number: a spreadsheet would drop the sign ("+81" → 81)
 * and such values are codes (country, phone), not quantities.
 */
const PLAIN_NEGATIVE = /^-(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export function csvSafeCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  const s = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : JSON.stringify(value);
  if (TRIGGER.test(s) && !PLAIN_NEGATIVE.test(s)) return `'${s}`;
  return s;
}

export function csvSafeRow(row: readonly unknown[]): string[] {
  return row.map(csvSafeCell);
}

/** Every value of a record made safe (keys are column headers: made safe too). */
export function csvSafeRecord(record: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(record)) out[csvSafeCell(k)] = csvSafeCell(v);
  return out;
}
