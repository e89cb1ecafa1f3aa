// `trustline clusters [--json]`: laptop-farm and shared-payment clusters with the evidence that makes each one.
import type { Command } from 'commander';
import type { Cluster } from '../../model/index.js';
import { analyzeOnboarding, type OnboardingInput } from '../../onboard/index.js';
import { loadOnboardingInput } from '../../analysis/run-analysis.js';
import { withDatabase } from '../context.js';

/** What the command needs from storage; the lead wires the store to it. */
export interface ClustersSource {
  /** People, shipments, payroll, accounts, declared households, and attributed enriched events. */
  loadOnboardingInput(): Promise<OnboardingInput>;
}

export interface ClustersDeps {
  openSource: () => Promise<ClustersSource>;
  write: (text: string) => void;
}


export function formatClusters(clusters: readonly Cluster[], lang: 'en' | 'ja'): string {
  if (clusters.length === 0) return lang === 'ja' ? 'クラスタはありません。\n' : 'No clusters found.\n';
  const lines: string[] = [];
  for (const c of clusters) {
    lines.push(`${c.id}  ${c.kind}  members=${c.members.length}  score=${c.score}${c.location ? `  at ${c.location.label}` : ''}`);
    lines.push(`  ${c.explanation[lang]}`);
    lines.push(`  members: ${c.members.join(', ')}`);
    for (const e of c.edges) lines.push(`  - ${e.kind} ${e.a}–${e.b} (${e.strength}) ${e.detail}`);
    lines.push('');
  }
  return lines.join('\n');
}

export async function runClusters(opts: { json?: boolean; lang?: string; minMembers?: string }, deps: ClustersDeps): Promise<number> {
  const source = await deps.openSource();
  const result = analyzeOnboarding(await source.loadOnboardingInput());
  const min = Number(opts.minMembers ?? 2);
  const clusters = result.clusters.filter((c) => c.members.length >= (Number.isFinite(min) ? min : 2));
  if (opts.json) deps.write(`${JSON.stringify({ clusters }, null, 2)}\n`);
  else deps.write(formatClusters(clusters, opts.lang === 'ja' ? 'ja' : 'en'));
  return 0;
}

export function register(program: Command, deps?: ClustersDeps): void {
  program
    .command('clusters')
    .description('List laptop-farm, shared-payment and shared-infrastructure clusters with their evidence (O1, O2, B3, B4)')
    .option('--json', 'print JSON')
    .option('--lang <lang>', 'explanation language: en or ja', 'en')
    .option('--min-members <n>', 'only clusters with at least this many members', '2')
    .action(async (opts: { json?: boolean; lang?: string; minMembers?: string }) => {
      try {
        if (deps) { process.exitCode = await runClusters(opts, deps); return; }
        await withDatabase('clusters', async ({ env, database }) => {
          process.exitCode = await runClusters(opts, {
            openSource: async () => ({ loadOnboardingInput: () => loadOnboardingInput(database.db, env.TRUSTLINE_TENANT) }),
            write: (text) => process.stdout.write(text),
          });
        });
      } catch (err) {
        process.stderr.write(`trustline clusters: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exitCode = 2;
      }
    });
}
