// Scores an analysis against a simulation's truth: precision/recall per level, farms found, time to detect, misses, false positives.
import type { ConfounderType, Truth } from './truth.js';

export const LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type Level = (typeof LEVELS)[number];
const RANK: Record<string, number> = { info: -1, low: 0, medium: 1, high: 2, critical: 3 };

export interface AnalysisResults {
  people: { kind: 'employee' | 'candidate'; id: string; score: number; level: Level }[];
  clusters: { members: string[] }[];
  alerts: { subjectId: string; signals: string[]; time: string; severity: string }[];
}

export interface LevelMetrics { level: Level; flagged: number; truePositives: number; precision: number | null; recall: number | null }
export interface Evaluation {
  employees: LevelMetrics[];
  candidates: LevelMetrics[];
  farms: { farmId: string; members: number; bestJaccard: number; found: boolean }[];
  farmsFound: number;
  /** Median over fraudulent subjects that got a high alert; null when none did. */
  medianDaysToHighAlert: number | null;
  fraudulentWithoutHighAlert: string[];
  undetectedSignals: { signal: string; subjectId: string; tradecraft: string }[];
  undetectedBySignal: Record<string, number>;
  falsePositivesByConfounder: Record<string, { subjects: number; flaggedHigh: number; ids: string[] }>;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

function levelMetrics(results: AnalysisResults, kind: 'employee' | 'candidate', positives: Set<string>): LevelMetrics[] {
  const people = results.people.filter((p) => p.kind === kind);
  return LEVELS.map((level) => {
    const flagged = people.filter((p) => RANK[p.level]! >= RANK[level]!);
    const tp = flagged.filter((p) => positives.has(p.id)).length;
    return { level, flagged: flagged.length, truePositives: tp, precision: ratio(tp, flagged.length), recall: ratio(tp, positives.size) };
  });
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Pure: the same truth and results always give the same evaluation. A farm counts as found at Jaccard ≥ 0.5. */
export function evaluate(truth: Truth, results: AnalysisResults): Evaluation {
  const fraudEmp = new Set(truth.fraudulentEmployees.map((e) => e.employeeId));
  const fraudCand = new Set(truth.fraudulentCandidates.map((c) => c.candidateId));

  const farms = truth.farms.map((farm) => {
    const members = new Set(farm.members);
    const best = results.clusters.reduce((m, c) => Math.max(m, jaccard(members, new Set(c.members))), 0);
    return { farmId: farm.farmId, members: members.size, bestJaccard: best, found: best >= 0.5 };
  });

  const firstHigh = new Map<string, number>();
  for (const a of results.alerts) {
    if ((RANK[a.severity] ?? -1) < RANK.high!) continue;
    const t = Date.parse(a.time);
    const prev = firstHigh.get(a.subjectId);
    if (prev === undefined || t < prev) firstHigh.set(a.subjectId, t);
  }
  const subjects = [
    ...truth.fraudulentEmployees.map((e) => ({ id: e.employeeId, first: e.firstActivity })),
    ...truth.fraudulentCandidates.map((c) => ({ id: c.candidateId, first: c.firstActivity })),
  ];
  const delays: number[] = [];
  const without: string[] = [];
  for (const s of subjects) {
    const t = firstHigh.get(s.id);
    if (t === undefined) without.push(s.id);
    else delays.push(Math.max(0, (t - Date.parse(s.first)) / 86_400_000));
  }

  const seen = new Map<string, Set<string>>();
  for (const a of results.alerts) {
    let set = seen.get(a.subjectId);
    if (!set) { set = new Set(); seen.set(a.subjectId, set); }
    for (const s of a.signals) set.add(s);
  }
  const undetectedSignals = truth.signals
    .filter((s) => !seen.get(s.subjectId)?.has(s.signal))
    .map((s) => ({ signal: s.signal, subjectId: s.subjectId, tradecraft: s.tradecraft }));
  const undetectedBySignal: Record<string, number> = {};
  for (const u of undetectedSignals) undetectedBySignal[u.signal] = (undetectedBySignal[u.signal] ?? 0) + 1;

  const levelOf = new Map(results.people.map((p) => [`${p.kind}:${p.id}`, p.level] as const));
  const fp: Record<string, { subjects: number; flaggedHigh: number; ids: string[] }> = {};
  for (const c of truth.confounders) {
    const isFraud = c.subjectKind === 'employee' ? fraudEmp.has(c.subjectId) : fraudCand.has(c.subjectId);
    if (isFraud) continue;
    const entry = (fp[c.type as ConfounderType] ??= { subjects: 0, flaggedHigh: 0, ids: [] });
    entry.subjects++;
    const level = levelOf.get(`${c.subjectKind}:${c.subjectId}`);
    if (level !== undefined && RANK[level]! >= RANK.high!) { entry.flaggedHigh++; entry.ids.push(c.subjectId); }
  }

  return {
    employees: levelMetrics(results, 'employee', fraudEmp),
    candidates: levelMetrics(results, 'candidate', fraudCand),
    farms,
    farmsFound: farms.filter((f) => f.found).length,
    medianDaysToHighAlert: median(delays),
    fraudulentWithoutHighAlert: without,
    undetectedSignals,
    undetectedBySignal,
    falsePositivesByConfounder: fp,
  };
}
