// Reads rule YAML files, validates them with zod and reports problems as `file:line:col field: reason`.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { ListsSchema, RuleSchema, type Rule } from './rule-schema.js';

export const DEFAULT_RULES_DIR = fileURLToPath(new URL('./rules/', import.meta.url));

export interface LoadedRule extends Rule { file: string }
export interface RuleProblem { file: string; line: number; col: number; field: string; reason: string }

export class RuleLoadError extends Error {
  constructor(readonly problems: RuleProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line}:${p.col} ${p.field}: ${p.reason}`).join('\n'));
    this.name = 'RuleLoadError';
  }
}

/** Finds the deepest YAML node on the issue's path so the error points at the offending line. */
function locate(doc: Document, lc: LineCounter, path: readonly PropertyKey[]): { line: number; col: number } {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as (string | number)[], true);
    if (isNode(node) && node.range) return lc.linePos(node.range[0]);
  }
  return { line: 1, col: 1 };
}

/** Parses YAML text and validates it against a schema; returns the value or positioned problems. */
export function parseYamlWith<S extends z.ZodType>(text: string, file: string, schema: S): { value?: z.output<S>; problems: RuleProblem[] } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length) {
    return { problems: doc.errors.map((e) => { const p = lc.linePos(e.pos[0]); return { file, line: p.line, col: p.col, field: '', reason: e.message.split('\n')[0] ?? e.message }; }) };
  }
  const r = schema.safeParse(doc.toJS());
  if (r.success) return { value: r.data, problems: [] };
  return {
    problems: r.error.issues.map((i) => ({ file, ...locate(doc, lc, i.path), field: i.path.join('.'), reason: i.message })),
  };
}

export function parseRuleText(text: string, file: string): { rule?: LoadedRule; problems: RuleProblem[] } {
  const r = parseYamlWith(text, file, RuleSchema);
  return r.value ? { rule: { ...r.value, file }, problems: [] } : { problems: r.problems };
}

/** Loads every `*.yaml` rule in a directory plus its `lists.yaml`; throws one error listing every problem. */
export function loadRules(dir: string = DEFAULT_RULES_DIR): { rules: LoadedRule[]; lists: Record<string, string[]> } {
  const problems: RuleProblem[] = [];
  const rules: LoadedRule[] = [];
  let lists: Record<string, string[]> = {};
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8');
    if (/^lists\.ya?ml$/.test(f)) {
      const r = parseYamlWith(text, f, ListsSchema);
      problems.push(...r.problems);
      if (r.value) lists = r.value;
      continue;
    }
    const r = parseRuleText(text, f);
    problems.push(...r.problems);
    if (r.rule) {
      if (rules.some((x) => x.id === r.rule!.id)) problems.push({ file: f, line: 1, col: 1, field: 'id', reason: `duplicate rule id ${r.rule.id}` });
      else if (basename(f).replace(/\.ya?ml$/, '') !== r.rule.id) problems.push({ file: f, line: 1, col: 1, field: 'id', reason: `file name must be the rule id (${r.rule.id}.yaml)` });
      else rules.push(r.rule);
    }
  }
  if (problems.length) throw new RuleLoadError(problems);
  return { rules, lists };
}
