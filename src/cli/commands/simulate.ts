// `trustline simulate --out <dir>`: writes a deterministic simulated organisation with planted fraud and its truth.json.
import type { Command } from 'commander';
import { Presets, SingleBar } from 'cli-progress';
import { simulateToDir, DEFAULT_FRAUD_RATE, DEFAULT_START, type SimulateOptions } from '../../simulate/index.js';

/** Rough share of run time per phase, so one bar moves steadily across them. */
const PHASES: [string, number][] = [['networks', 2], ['people', 4], ['activity', 22], ['hiring', 8], ['onboarding', 2], ['okta', 16], ['entra', 10],
  ['google', 3], ['github', 3], ['defender', 6], ['resumes', 20], ['write', 4]];

export function phaseProgress(onPercent: (pct: number, phase: string) => void): NonNullable<SimulateOptions['onProgress']> {
  const total = PHASES.reduce((s, [, w]) => s + w, 0);
  return (phase, done, of) => {
    let before = 0;
    for (const [name, w] of PHASES) {
      if (name === phase) { onPercent(Math.min(100, Math.round(((before + (of > 0 ? (w * done) / of : 0)) / total) * 100)), phase); return; }
      before += w;
    }
  };
}

/** "0.02" sets both rates; "0.02,0.1" sets employees then candidates. */
export function parseFraudRate(text: string | undefined): SimulateOptions['fraudRate'] {
  if (!text) return DEFAULT_FRAUD_RATE;
  const [e, c] = text.split(',').map((x) => Number(x.trim()));
  const ok = (n: number | undefined): n is number => n !== undefined && Number.isFinite(n) && n >= 0 && n <= 1;
  if (!ok(e) || (c !== undefined && !ok(c))) throw new Error(`--fraud-rate expects a share between 0 and 1 (or two, comma-separated), got "${text}"`);
  return { employees: e, candidates: c ?? e };
}

function positiveInt(name: string, v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} expects a whole number, got "${v}"`);
  return n;
}

interface Opts { out: string; seed: string; employees: string; candidates: string; days: string; start: string; fraudRate?: string }

export function register(program: Command): void {
  program
    .command('simulate')
    .description('Write a simulated organisation (vendor logs, HR CSVs, resumes) with planted fraudulent workers and truth.json (R4)')
    .requiredOption('--out <dir>', 'output directory')
    .option('--seed <n>', 'random seed: the same seed writes the same bytes', '1')
    .option('--employees <n>', 'number of people on the payroll', '500')
    .option('--candidates <n>', 'number of job applications', '300')
    .option('--days <n>', 'days of logs', '45')
    .option('--start <date>', 'first day of the logs (YYYY-MM-DD)', DEFAULT_START)
    .option('--fraud-rate <share>', `share of fraudulent hires[,candidates] (default ${DEFAULT_FRAUD_RATE.employees},${DEFAULT_FRAUD_RATE.candidates})`)
    .action(async (o: Opts) => {
      const days = positiveInt('days', o.days);
      if (days < 1) throw new Error('--days must be at least 1');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(o.start)) throw new Error(`--start expects YYYY-MM-DD, got "${o.start}"`);
      const tty = Boolean(process.stderr.isTTY) && !process.env.CI;
      const bar = tty ? new SingleBar({ format: 'simulate [{bar}] {percentage}% | {phase}', stream: process.stderr, hideCursor: true }, Presets.shades_classic) : null;
      bar?.start(100, 0, { phase: 'starting' });
      const started = performance.now();
      const { files, truth } = await simulateToDir(o.out, {
        seed: o.seed, employees: positiveInt('employees', o.employees), candidates: positiveInt('candidates', o.candidates), days, start: o.start,
        fraudRate: parseFraudRate(o.fraudRate),
        onProgress: bar ? phaseProgress((pct, phase) => bar.update(pct, { phase })) : undefined,
      });
      bar?.update(100, { phase: 'done' });
      bar?.stop();
      const secs = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(`Wrote ${files.length} files to ${o.out} in ${secs}s: ${truth.counts.employees} people (${truth.fraudulentEmployees.length} fraudulent, ${truth.farms.length} laptop farms), `
        + `${truth.counts.candidates} candidates (${truth.fraudulentCandidates.length} fraudulent personas of ${truth.actors.length} actors), ${truth.signals.length} planted signals.\n`
        + `Ground truth: ${o.out}/truth.json (for \`trustline evaluate\`; never import it).\n`);
    });
}
