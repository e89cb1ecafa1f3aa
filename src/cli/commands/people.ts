// `trustline people`: lists the people stored, as a table or JSON.
import type { Command } from 'commander';
import { listPeople } from '../../store/people-repo.js';
import { withDatabase } from '../context.js';

export function register(program: Command): void {
  program.command('people')
    .description('list people (employees, contractors, vendor staff)')
    .option('--json', 'print JSON')
    .option('--search <text>', 'filter by name, e-mail or employee id')
    .option('--limit <n>', 'at most n rows', (v) => Number.parseInt(v, 10))
    .action(async (opts: { json?: boolean; search?: string; limit?: number }) => {
      await withDatabase('people', async ({ env, database }) => {
        const { total, items } = await listPeople(database.db, env.TRUSTLINE_TENANT, { search: opts.search, limit: opts.limit });
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(items.map(({ rowHash: _h, importedAt: _i, tenantId: _t, ...p }) => p), null, 2)}\n`);
          return;
        }
        const rows = items.map((p) => [p.employeeId, p.fullName, p.email, p.employmentType, p.residenceCountry ?? '', p.hireDate]);
        const head = ['EMPLOYEE', 'NAME', 'E-MAIL', 'TYPE', 'COUNTRY', 'HIRED'];
        const widths = head.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((r) => String(r[i]).length))));
        const line = (r: string[]) => r.map((c, i) => c.slice(0, widths[i]).padEnd(widths[i] ?? 0)).join('  ').trimEnd();
        process.stdout.write(`${[line(head), ...rows.map(line)].join('\n')}\n${items.length} of ${total} people\n`);
      });
    });
}
