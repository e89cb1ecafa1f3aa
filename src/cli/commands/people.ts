// `trustline people`: people ranked by risk (after `analyze`), with level filter; people not yet scored are listed too.
import type { Command } from 'commander';
import { LEVELS } from '../../score/index.js';
import { listPeople } from '../../store/people-repo.js';
import { listPersonScores } from '../../store/scores-repo.js';
import { withDatabase } from '../context.js';

export function register(program: Command): void {
  program.command('people')
    .description('list people ranked by risk score (run `trustline analyze` first to score them)')
    .option('--json', 'print JSON')
    .option('--level <level>', `only this level and above (${LEVELS.join('|')})`)
    .option('--kind <kind>', 'employee or candidate')
    .option('--search <text>', 'filter by name, e-mail or id')
    .option('--limit <n>', 'at most n rows', (v) => Number.parseInt(v, 10))
    .action(async (opts: { json?: boolean; level?: string; kind?: string; search?: string; limit?: number }) => {
      const min = opts.level ? LEVELS.indexOf(opts.level as (typeof LEVELS)[number]) : 0;
      if (min < 0) { process.stderr.write(`unknown level ${opts.level} (${LEVELS.join('|')})\n`); process.exitCode = 2; return; }
      await withDatabase('people', async ({ env, database }) => {
        const t = env.TRUSTLINE_TENANT;
        const scored = await listPersonScores(database.db, t, { levels: LEVELS.slice(min), kind: opts.kind });
        const seen = new Set(scored.map((s) => s.employeeId).filter(Boolean));
        // People imported but not analysed yet still appear (unscored) unless a level filter asks for scored ones.
        const unscored = opts.level || opts.kind === 'candidate' ? [] : (await listPeople(database.db, t)).items
          .filter((p) => !seen.has(p.employeeId))
          .map((p) => ({ personId: `employee:${p.employeeId}`, kind: 'employee' as const, employeeId: p.employeeId, candidateId: null,
            emails: [p.email], name: p.fullName, score: null, level: null, pillars: null, reasons: [], clusters: [], attack: [] }));
        const q = opts.search?.toLowerCase();
        let rows = [...scored, ...unscored].filter((p) => !q || [p.name, p.employeeId, p.candidateId, ...p.emails].some((v) => v?.toLowerCase().includes(q)));
        if (opts.limit) rows = rows.slice(0, opts.limit);
        if (opts.json) { process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`); return; }
        const table = rows.map((p) => [p.score === null ? '-' : String(Math.round(p.score)), p.level ?? 'unscored', p.kind,
          p.employeeId ?? p.candidateId ?? '', p.name, p.emails[0] ?? '',
          p.pillars ? `I${Math.round(p.pillars.identity)} L${Math.round(p.pillars.location)} D${Math.round(p.pillars.device)} B${Math.round(p.pillars.behaviour)}` : '']);
        const head = ['SCORE', 'LEVEL', 'KIND', 'ID', 'NAME', 'E-MAIL', 'PILLARS'];
        const widths = head.map((h, i) => Math.min(40, Math.max(h.length, ...table.map((r) => String(r[i]).length))));
        const line = (r: string[]) => r.map((c, i) => c.slice(0, widths[i]).padEnd(widths[i] ?? 0)).join('  ').trimEnd();
        process.stdout.write(`${[line(head), ...table.map(line)].join('\n')}\n${rows.length} people\n`);
      });
    });
}
