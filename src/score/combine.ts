// The score arithmetic: decay, per-kind saturation, per-pillar noisy-OR, cross-pillar corroboration, weak-evidence
// caps, and apportioning the final score back onto the evidence so every point has a reason.
import { DEFAULT_MODEL, levelOf, PILLAR_LIST, type Level, type Pillar, type ScoringModel } from './config.js';
import type { Evidence } from './evidence.js';
import type { Reason } from './types.js';

const DAY_MS = 86_400_000;

export interface Weighted { ev: Evidence; kind: string; base: number; decay: number; raw: number; weight: number }

export interface Combination {
  score: number;
  level: Level;
  pillars: Record<Pillar, number>;
  reasons: Reason[];
  /** Intermediate figures, for docs/scoring.md and the dossier's "why". */
  trace: {
    kinds: { kind: string; pillar: Pillar; points: number; items: number }[];
    combined: number;
    pillarsCorroborating: number;
    boosted: number;
    cap: number | null;
    capReason: string | null;
  };
}

/** 1 − Π(1 − p/100), in points: independent pieces of evidence each close part of the remaining gap. */
export const noisyOr = (points: number[]) => 100 * (1 - points.reduce((acc, p) => acc * (1 - Math.min(100, p) / 100), 1));

export function decayFactor(pillar: Pillar, atMs: number, nowMs: number, model: ScoringModel = DEFAULT_MODEL): number {
  const half = model.halfLifeDays[pillar];
  if (half === null) return 1;
  const ageDays = Math.max(0, (nowMs - atMs) / DAY_MS);
  return 0.5 ** (ageDays / half);
}

const FIRM = new Set(['medium', 'high', 'critical']);
const kindOf = (e: Evidence) => `${e.alert.pillar}|${e.alert.signals[0] ?? e.alert.ruleId}`;

export function combineEvidence(items: Evidence[], nowMs: number, model: ScoringModel = DEFAULT_MODEL): Combination {
  const weighted: Weighted[] = items.map((ev) => {
    const base = model.severityPoints[ev.alert.severity];
    const decay = ev.structural ? 1 : decayFactor(ev.alert.pillar, Date.parse(ev.alert.time), nowMs, model);
    const raw = base * decay * ev.confidence;
    return { ev, kind: kindOf(ev), base, decay, raw, weight: 0 };
  });

  // Saturation: within a kind the strongest item counts fully, the next half, then a quarter…
  const groups = new Map<string, Weighted[]>();
  for (const w of weighted) groups.set(w.kind, [...(groups.get(w.kind) ?? []), w]);
  const kinds: Combination['trace']['kinds'] = [];
  for (const [kind, list] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    list.sort((a, b) => b.raw - a.raw || (a.ev.alert.time < b.ev.alert.time ? 1 : a.ev.alert.time > b.ev.alert.time ? -1 : a.ev.alert.id < b.ev.alert.id ? -1 : 1));
    list.forEach((w, i) => { w.weight = w.raw * model.saturation ** i; });
    const sum = list.reduce((s, w) => s + w.weight, 0);
    if (sum > model.kindCap) for (const w of list) w.weight *= model.kindCap / sum;
    kinds.push({ kind, pillar: list[0]!.ev.alert.pillar, points: Math.min(sum, model.kindCap), items: list.length });
  }

  const pillarsRaw = Object.fromEntries(PILLAR_LIST.map((p) => [p, noisyOr(kinds.filter((k) => k.pillar === p).map((k) => k.points))])) as Record<Pillar, number>;
  const combined = noisyOr(kinds.map((k) => k.points));
  // A pillar corroborates only with at least one medium-or-stronger finding: weak signals (keystroke lag on hotel
  // Wi-Fi, a night login) add their points but never turn one story into two.
  const firm = new Set(weighted.filter((w) => w.weight > 0 && FIRM.has(w.ev.alert.severity)).map((w) => w.ev.alert.pillar));
  const corroborating = PILLAR_LIST.filter((p) => pillarsRaw[p] >= model.pillarFloor && firm.has(p));
  const boosted = combined * (1 + model.corroboration * Math.max(0, corroborating.length - 1));

  // Weak-evidence caps: one kind, or one non-identity pillar, never reaches high on its own.
  const meaningful = kinds.filter((k) => k.points >= model.pillarFloor);
  const hasCritical = weighted.some((w) => w.ev.alert.severity === 'critical' && w.weight > 0);
  let cap: number | null = null;
  let capReason: string | null = null;
  if (meaningful.length <= 1 && !hasCritical) {
    cap = model.singleKindCap; capReason = 'one line of evidence only';
  } else if (corroborating.length <= 1) {
    const pillar = corroborating[0] ?? 'identity';
    if (pillar !== 'identity') {
      const strongKinds = new Set(weighted.filter((w) => w.ev.alert.pillar === pillar && (w.ev.alert.severity === 'high' || w.ev.alert.severity === 'critical')).map((w) => w.kind));
      const critical = weighted.some((w) => w.ev.alert.pillar === pillar && w.ev.alert.severity === 'critical');
      cap = strongKinds.size >= 2 || critical ? model.singlePillarStrongCap : model.singlePillarCap;
      capReason = `${pillar} evidence only`;
    }
  }
  const final = Math.min(100, cap === null ? boosted : Math.min(boosted, cap));
  const score = Math.round(final);

  const reasons = apportion(weighted, score);
  const pillars = Object.fromEntries(PILLAR_LIST.map((p) => [p, Math.round(pillarsRaw[p])])) as Record<Pillar, number>;
  return {
    score, level: levelOf(score, model), pillars, reasons,
    trace: { kinds, combined, pillarsCorroborating: corroborating.length, boosted, cap, capReason },
  };
}

/** Largest-remainder rounding: whole points per reason that sum exactly to the score, in proportion to weight. */
function apportion(weighted: Weighted[], score: number): Reason[] {
  const total = weighted.reduce((s, w) => s + w.weight, 0);
  const shares = weighted.map((w) => (total > 0 ? (score * w.weight) / total : 0));
  const points = shares.map(Math.floor);
  let left = score - points.reduce((s, p) => s + p, 0);
  const order = shares.map((s, i) => ({ i, r: s - Math.floor(s) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const o of order) { if (left <= 0) break; points[o.i]!++; left--; }
  return weighted
    .map((w, i) => ({
      signal: w.ev.alert.signals[0] ?? '', signals: w.ev.alert.signals, rule: w.ev.alert.ruleId, alertId: w.ev.alert.id,
      pillar: w.ev.alert.pillar, summary: w.ev.alert.summary, at: w.ev.alert.time, evidence: w.ev.alert.evidence,
      points: points[i]!, weight: Math.round(w.weight * 100) / 100, via: w.ev.via,
    }))
    .sort((a, b) => b.points - a.points || b.weight - a.weight || (a.at < b.at ? 1 : a.at > b.at ? -1 : a.alertId < b.alertId ? -1 : 1));
}
