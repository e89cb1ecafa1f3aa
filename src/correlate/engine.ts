// Correlates findings per person over time windows (event_count, value_count, temporal, temporal_ordered).
import type { FindingStage } from '../detect/analyzer.js';
import { compileMatch, type Predicate } from '../detect/match.js';
import { compilePath } from '../detect/field-path.js';
import { parseDuration } from '../detect/duration.js';
import { fp } from '../detect/hash.js';
import type { EventView, Finding } from '../detect/types.js';
import type { CorrelationRule } from './schema.js';

/** Per person: correlation id → entries [slot index, time s, event id, value fingerprint]. */
export type CorrelationState = Record<string, [number, number, string, string][]>;

interface Compiled {
  rule: CorrelationRule;
  slots: string[];
  spanS: number;
  /** temporal_ordered: per slot, the longest wait after the previous slot's finding (seconds; Infinity = any). */
  gapS: number[];
  windowMs: number;
  where: Predicate | null;
  value: ((f: Finding, v: EventView) => unknown) | null;
}

const MAX_ENTRIES = 16;

function compile(rule: CorrelationRule): Compiled {
  const c = rule.correlation;
  let value: Compiled['value'] = null;
  if (c.field) {
    const field = c.field;
    if (field.startsWith('facts.')) { const k = field.slice(6); value = (f) => f.facts[k]; }
    else { const read = compilePath(field); value = (_f, v) => read(v); }
  }
  return {
    rule, slots: Object.keys(c.rules), spanS: (parseDuration(c.timespan) ?? 0) / 1000,
    gapS: Object.keys(c.rules).map((slot) => { const w = c.within?.[slot]; return w ? (parseDuration(w) ?? 0) / 1000 : Infinity; }),
    windowMs: parseDuration(rule.dedup.window) ?? 7 * 86_400_000,
    where: c.where ? compileMatch(c.where, {}) : null, value,
  };
}

/** Whether the entries satisfy the correlation, and which entries are the evidence. */
function satisfied(c: Compiled, entries: [number, number, string, string][]): [number, number, string, string][] | null {
  const type = c.rule.correlation.type;
  const gte = c.rule.correlation.condition?.gte ?? 1;
  if (type === 'event_count') return entries.length >= gte ? entries : null;
  if (type === 'value_count') return new Set(entries.map((e) => e[3])).size >= gte ? entries : null;
  if (type === 'temporal') {
    const picked = c.slots.map((_, i) => entries.filter((e) => e[0] === i).at(-1));
    return picked.every(Boolean) ? (picked as [number, number, string, string][]) : null;
  }
  // temporal_ordered: the earliest chain slot 0 → 1 → … in time order, each step within its slot's `within`.
  const sorted = [...entries].sort((a, b) => a[1] - b[1]);
  const chain: [number, number, string, string][] = [];
  const extend = (from: number): boolean => {
    if (chain.length === c.slots.length) return true;
    const prev = chain[chain.length - 1];
    for (let i = from; i < sorted.length; i++) {
      const e = sorted[i]!;
      if (e[0] !== chain.length) continue;
      if (prev && e[1] - prev[1] > c.gapS[chain.length]!) break; // later ones are even further
      chain.push(e);
      if (extend(i + 1)) return true;
      chain.pop();
    }
    return false;
  };
  return extend(0) ? chain : null;
}

export function createCorrelator(rules: CorrelationRule[]): FindingStage<CorrelationState> {
  const compiled = rules.map(compile);
  // rule id → [(correlation, slot)] so each finding touches only the correlations that name it.
  const index = new Map<string, [Compiled, number][]>();
  for (const c of compiled) {
    c.slots.forEach((slot, i) => {
      for (const id of c.rule.correlation.rules[slot] ?? []) {
        const l = index.get(id) ?? [];
        l.push([c, i]);
        index.set(id, l);
      }
    });
  }
  return {
    id: 'correlate',
    init: () => ({}),
    onFinding(st, f, view) {
      const hits = index.get(f.ruleId);
      if (!hits) return;
      const now = Math.floor(view.t / 1000);
      const out: Finding[] = [];
      for (const [c, slot] of hits) {
        const id = c.rule.id;
        const entries = (st[id] ?? []).filter((e) => now - e[1] <= c.spanS);
        const val = c.value ? String(c.value(f, view) ?? '') : '';
        if (c.value && val === '') continue;
        entries.push([slot, now, f.eventIds[f.eventIds.length - 1] ?? '', c.value ? fp(val) : '']);
        if (entries.length > MAX_ENTRIES) entries.shift();
        st[id] = entries;
        const ev = satisfied(c, entries);
        if (!ev || (c.where && !c.where(view))) continue;
        delete st[id]; // start over: the next alert needs a fresh set of findings
        const r = c.rule;
        const matched = [...new Set(ev.map((e) => c.slots[e[0]]!))];
        const spanMin = Math.round((Math.max(...ev.map((e) => e[1])) - Math.min(...ev.map((e) => e[1]))) / 60);
        out.push({
          ruleId: r.id, severity: r.severity, pillar: r.pillar, signals: r.signals, attack: r.attack,
          summary: {
            en: `${r.title.en}: ${matched.join(' + ')} within ${spanMin} minutes (${ev.length} findings)`,
            ja: `${r.title.ja}: ${matched.join(' + ')} が ${spanMin} 分以内 (${ev.length} 件)`,
          },
          eventIds: [...new Set(ev.map((e) => e[2]).filter(Boolean))],
          facts: { correlation: r.correlation.type, slots: matched, spanMinutes: spanMin, findings: ev.length, lastRule: f.ruleId },
          dedupKey: '', dedupWindowMs: c.windowMs,
        });
      }
      return out;
    },
  };
}
