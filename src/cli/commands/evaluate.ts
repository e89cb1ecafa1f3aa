// `trustline evaluate --truth <dir>/truth.json`: scores the stored analysis against a simulation's ground truth.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { z } from 'zod';
import { listAlerts, listClusters } from '../../store/analysis-repo.js';
import type { Db } from '../../store/db.js';
import { listPersonScores } from '../../store/scores-repo.js';
import { withDatabase } from '../context.js';
import { evaluate, LEVELS, readTruth, type AnalysisResults, type Evaluation } from '../../simulate/index.js';

/** What the command needs from storage: per-person scores/levels, clusters and alerts of the latest analysis. */
export interface ResultsSource {
  loadResults(): Promise<AnalysisResults>;
}
export interface EvaluateDeps { openSource?: () => Promise<ResultsSource>; write: (text: string) => void }

export const AnalysisResultsSchema = z.object({
  people: z.array(z.object({ kind: z.enum(['employee', 'candidate']), id: z.string(), score: z.number(), level: z.enum(LEVELS) })),
  clusters: z.array(z.object({ members: z.array(z.string()) })),
  alerts: z.array(z.object({ subjectId: z.string(), signals: z.array(z.string()), time: z.string(), severity: z.string() })),
});

const pct = (x: number | null) => (x === null ? '   n/a' : `${(x * 100).toFixed(1).padStart(5)}%`);

export function formatEvaluation(ev: Evaluation): string {
  const out: string[] = [];
  for (const [label, rows] of [['Employees', ev.employees], ['Candidates', ev.candidates]] as const) {
    out.push(`${label}: level ≥   flagged  TP  precision  recall`);
    for (const m of rows) out.push(`  ${m.level.padEnd(9)} ${String(m.flagged).padStart(8)} ${String(m.truePositives).padStart(3)}     ${pct(m.precision)}  ${pct(m.recall)}`);
  }
  out.push(`Laptop farms found: ${ev.farmsFound}/${ev.farms.length}${ev.farms.length ? ` (${ev.farms.map((f) => `${f.farmId} J=${f.bestJaccard.toFixed(2)}`).join(', ')})` : ''}`);
  out.push(`Median days from first fraudulent activity to first high alert: ${ev.medianDaysToHighAlert === null ? 'n/a (no high alert on any fraudulent subject)' : ev.medianDaysToHighAlert.toFixed(1)}`);
  out.push(`Fraudulent subjects with no high alert: ${ev.fraudulentWithoutHighAlert.length}`);
  const missed = Object.entries(ev.undetectedBySignal).sort(([a], [b]) => a.localeCompare(b));
  out.push(`Planted signals never detected: ${ev.undetectedSignals.length}${missed.length ? ` (${missed.map(([s, n]) => `${s}×${n}`).join(', ')})` : ''}`);
  out.push('False positives (high or critical) by confounder type:');
  for (const [type, v] of Object.entries(ev.falsePositivesByConfounder).sort(([a], [b]) => a.localeCompare(b))) out.push(`  ${type.padEnd(18)} ${v.flaggedHigh}/${v.subjects}`);
  return `${out.join('\n')}\n`;
}

export async function runEvaluate(opts: { truth: string; results?: string; json?: boolean }, deps: EvaluateDeps): Promise<number> {
  const truth = await readTruth(opts.truth);
  let results: AnalysisResults;
  if (opts.results) results = AnalysisResultsSchema.parse(JSON.parse(await readFile(opts.results, 'utf8')));
  else if (deps.openSource) results = await (await deps.openSource()).loadResults();
  else throw new Error('no stored analysis is wired to `evaluate` yet: pass --results <file.json> ({ people, clusters, alerts })');
  const ev = evaluate(truth, results);
  deps.write(opts.json ? `${JSON.stringify(ev, null, 2)}\n` : formatEvaluation(ev));
  return 0;
}

/** The latest stored analysis in the evaluator's shape; a hired candidate counts under both of its ids. */
export async function storedResults(db: Db, tenantId: string): Promise<AnalysisResults> {
  const [scores, clusters, alerts] = await Promise.all([listPersonScores(db, tenantId), listClusters(db, tenantId), listAlerts(db, tenantId)]);
  const people: AnalysisResults['people'] = [];
  for (const p of scores) {
    if (p.employeeId) people.push({ kind: 'employee', id: p.employeeId, score: p.score, level: p.level });
    if (p.candidateId) people.push({ kind: 'candidate', id: p.candidateId, score: p.score, level: p.level });
  }
  return {
    people,
    clusters: clusters.map((c) => ({ members: c.members })),
    alerts: alerts.map((a) => ({ subjectId: a.subjectId, signals: a.signals, time: a.time, severity: a.severity })),
  };
}

export function register(program: Command, deps?: EvaluateDeps): void {
  program
    .command('evaluate')
    .description('Compare the stored analysis with a simulation\'s truth.json: precision/recall per level, farms found, time to detect, misses, false positives')
    .requiredOption('--truth <file>', 'truth.json written by `trustline simulate`')
    .option('--results <file>', 'analysis results as JSON ({ people, clusters, alerts }) instead of the database')
    .option('--json', 'print JSON')
    .action(async (opts: { truth: string; results?: string; json?: boolean }) => {
      const write = (t: string) => process.stdout.write(t);
      if (deps || opts.results) { process.exitCode = await runEvaluate(opts, deps ?? { write }); return; }
      await withDatabase('evaluate', async ({ env, database }) => {
        process.exitCode = await runEvaluate(opts, { write, openSource: async () => ({ loadResults: () => storedResults(database.db, env.TRUSTLINE_TENANT) }) });
      });
    });
}
