// `trustline rules test|list`: runs every detection rule's and correlation's in-file tests (no database needed).
import type { Command } from 'commander';
import { DETECTOR_RULE_IDS, loadRules, RuleLoadError, runRuleTests } from '../../detect/index.js';
import { loadCorrelations, runCorrelationTests } from '../../correlate/index.js';

export interface RulesTestOptions { dir?: string; correlations?: string; json?: boolean }

/** Runs all rule and correlation tests; returns the exit code (0 all pass, 1 a test failed, 2 a file is invalid). */
export function runRulesTest(opts: RulesTestOptions, write: (s: string) => void): number {
  let ruleSet, corr;
  try {
    ruleSet = loadRules(opts.dir);
    corr = loadCorrelations(opts.correlations);
  } catch (e) {
    if (e instanceof RuleLoadError) { write(`${e.message}\n`); return 2; }
    throw e;
  }
  const results = [
    ...runRuleTests(ruleSet.rules, ruleSet.lists).map((r) => ({ kind: 'rule', ...r })),
    ...runCorrelationTests(corr).map((r) => ({ kind: 'correlation', ...r })),
  ];
  // A correlation naming a rule nobody raises would silently never fire.
  const known = new Set<string>([...ruleSet.rules.map((r) => r.id), ...DETECTOR_RULE_IDS, ...corr.map((c) => c.id)]);
  const dangling = corr.flatMap((c) => Object.values(c.correlation.rules).flat().filter((id) => !known.has(id)).map((id) => `${c.file}: unknown rule ${id}`));
  const failed = results.filter((r) => !r.ok);
  if (opts.json) write(`${JSON.stringify({ results, dangling, passed: failed.length === 0 && dangling.length === 0 }, null, 2)}\n`);
  else {
    for (const r of results) write(`${r.ok ? 'ok  ' : 'FAIL'} ${r.kind} ${r.ruleId} [${r.expected ? 'positive' : 'negative'}] ${r.test}${r.ok ? '' : ` (expected ${r.expected ? 'match' : 'no match'}${'error' in r && r.error ? `: ${r.error}` : ''})`}\n`);
    for (const d of dangling) write(`FAIL ${d}\n`);
    write(`${ruleSet.rules.length} rules, ${corr.length} correlations, ${results.length} tests, ${failed.length + dangling.length} failed\n`);
  }
  return failed.length || dangling.length ? 1 : 0;
}

export function runRulesList(opts: { dir?: string; json?: boolean }, write: (s: string) => void): number {
  const { rules } = loadRules(opts.dir);
  const rows = rules.map((r) => ({ id: r.id, severity: r.severity, pillar: r.pillar, signals: r.signals, attack: r.attack, emit: r.emit, title: r.title.en }));
  if (opts.json) write(`${JSON.stringify(rows, null, 2)}\n`);
  else for (const r of rows) write(`${r.id.padEnd(32)} ${r.severity.padEnd(8)} ${r.signals.join(',').padEnd(10)} ${r.attack.join(',').padEnd(28)} ${r.title}\n`);
  return 0;
}

export function register(program: Command): void {
  const rules = program.command('rules').description('Detection rules and correlations');
  rules.command('test')
    .description('run the positive and negative tests inside every rule and correlation file')
    .option('--dir <dir>', 'rules directory (default: the shipped rules)')
    .option('--correlations <dir>', 'correlations directory (default: the shipped ones)')
    .option('--json', 'print JSON')
    .action((opts: RulesTestOptions) => { process.exitCode = runRulesTest(opts, (s) => process.stdout.write(s)); });
  rules.command('list')
    .description('list rules with severity, SIGNALS.md ids and ATT&CK ids')
    .option('--dir <dir>', 'rules directory')
    .option('--json', 'print JSON')
    .action((opts: { dir?: string; json?: boolean }) => { process.exitCode = runRulesList(opts, (s) => process.stdout.write(s)); });
}
