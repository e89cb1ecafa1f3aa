// Loads correlation YAML files with positioned errors, like detection rules.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseYamlWith, RuleLoadError, type RuleProblem } from '../detect/rule-loader.js';
import { CorrelationSchema, type CorrelationRule } from './schema.js';

export const DEFAULT_CORRELATIONS_DIR = fileURLToPath(new URL('./rules/', import.meta.url));
export interface LoadedCorrelation extends CorrelationRule { file: string }

export function loadCorrelations(dir: string = DEFAULT_CORRELATIONS_DIR): LoadedCorrelation[] {
  const problems: RuleProblem[] = [];
  const out: LoadedCorrelation[] = [];
  for (const f of readdirSync(dir).filter((x) => /\.ya?ml$/.test(x)).sort()) {
    const r = parseYamlWith(readFileSync(join(dir, f), 'utf8'), f, CorrelationSchema);
    problems.push(...r.problems);
    if (r.value) out.push({ ...r.value, file: f });
  }
  if (problems.length) throw new RuleLoadError(problems);
  return out;
}
