// Evaluates compiled rules against one event, using a category index so most rules are never looked at.
import type { LoadedRule } from './rule-loader.js';
import { compileMatch, requiredCategories, type Lists, type Predicate } from './match.js';
import { compilePath, renderTemplate, type FieldReader } from './field-path.js';
import { parseDuration } from './duration.js';
import type { EventView, Finding } from './types.js';

export interface RuleSet { rules: LoadedRule[]; lists: Record<string, string[]> }

interface CompiledRule {
  rule: LoadedRule;
  pred: Predicate;
  dedupKey: FieldReader[];
  facts: [string, FieldReader][];
  windowMs: number;
}

export interface RuleEngine {
  evaluate(v: EventView): Finding[];
  ruleIds(): string[];
}

export function compileRule(rule: LoadedRule, lists: Lists): CompiledRule {
  return {
    rule,
    pred: compileMatch(rule.match, lists),
    dedupKey: rule.dedup.key.map(compilePath),
    facts: rule.facts.map((p) => [p, compilePath(p)]),
    windowMs: parseDuration(rule.dedup.window) ?? 86_400_000,
  };
}

export function findingFor(c: CompiledRule, v: EventView): Finding {
  const r = c.rule;
  const facts: Record<string, unknown> = {};
  for (const [p, read] of c.facts) { const x = read(v); if (x !== undefined && x !== null) facts[p] = x; }
  return {
    ruleId: r.id,
    severity: r.severity,
    pillar: r.pillar,
    signals: r.signals,
    attack: r.attack,
    summary: r.summary ? { en: renderTemplate(r.summary.en, v), ja: renderTemplate(r.summary.ja, v) } : { en: r.title.en, ja: r.title.ja },
    eventIds: [v.ev.id],
    facts,
    dedupKey: c.dedupKey.map((read) => String(read(v) ?? '')).join('|'),
    dedupWindowMs: c.windowMs,
    emit: r.emit,
  };
}

export function createRuleEngine(set: RuleSet, extraLists: Lists = {}): RuleEngine {
  const lists: Lists = { ...set.lists, ...extraLists };
  const byCategory = new Map<string, CompiledRule[]>();
  const anyCategory: CompiledRule[] = [];
  for (const rule of set.rules) {
    const c = compileRule(rule, lists);
    const cats = requiredCategories(rule.match);
    if (!cats) { anyCategory.push(c); continue; }
    for (const cat of cats) {
      const l = byCategory.get(cat) ?? [];
      l.push(c);
      byCategory.set(cat, l);
    }
  }
  return {
    evaluate(v) {
      const out: Finding[] = [];
      const list = byCategory.get(v.ev.category);
      if (list) for (const c of list) if (c.pred(v)) out.push(findingFor(c, v));
      for (const c of anyCategory) if (c.pred(v)) out.push(findingFor(c, v));
      return out;
    },
    ruleIds: () => set.rules.map((r) => r.id),
  };
}
