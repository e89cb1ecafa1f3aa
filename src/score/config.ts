// The scoring model's constants in one place, so docs/scoring.md, tests and code agree on every number.
import type { Alert } from '../model/alert.js';

export type Severity = Alert['severity'];
export type Pillar = Alert['pillar'];
export type Level = 'low' | 'medium' | 'high' | 'critical';

export interface ScoringModel {
  /** Points one alert of this severity is worth before decay, saturation and combination (0..100 scale). */
  severityPoints: Record<Severity, number>;
  /** Half-life of evidence in days, per pillar; null = never decays (identity evidence stays true). */
  halfLifeDays: Record<Pillar, number | null>;
  /** Factor applied to the n-th (0-based) item of the same kind: points × saturation^n, so a kind is worth < 1/(1−s) × its best item. */
  saturation: number;
  /** A kind's points are capped here before combination, so no single kind is certainty. */
  kindCap: number;
  /** Each additional pillar with at least `pillarFloor` points multiplies the combined score by (1 + corroboration). */
  corroboration: number;
  pillarFloor: number;
  /** One line of evidence (one kind) without a critical alert never reaches this level's floor. */
  singleKindCap: number;
  /** Evidence in one non-identity pillar only: capped below high, unless two kinds there carry a high alert or one a critical. */
  singlePillarCap: number;
  singlePillarStrongCap: number;
  /** Level floors (score ≥ floor). */
  levels: { medium: number; high: number; critical: number };
  /** A cluster carries into each member as evidence of this severity (laptop farm ≥ 3 members, or cluster score ≥ 2 → high). */
  clusterSeverity: (kind: string, members: number, score: number) => Severity;
}

export const DEFAULT_MODEL: ScoringModel = {
  severityPoints: { info: 3, low: 10, medium: 22, high: 40, critical: 65 },
  halfLifeDays: { identity: null, location: 90, device: 90, behaviour: 90 },
  saturation: 0.5,
  kindCap: 90,
  corroboration: 0.15,
  pillarFloor: 10,
  singleKindCap: 45,
  singlePillarCap: 49,
  singlePillarStrongCap: 74,
  levels: { medium: 25, high: 50, critical: 75 },
  clusterSeverity: (kind, members, score) => (score >= 2 || (kind === 'laptop_farm' && members >= 3) ? 'high' : 'medium'),
};

export const PILLAR_LIST: readonly Pillar[] = ['identity', 'location', 'device', 'behaviour'];

export const LEVELS: readonly Level[] = ['low', 'medium', 'high', 'critical'];

export function levelOf(score: number, model: ScoringModel = DEFAULT_MODEL): Level {
  if (score >= model.levels.critical) return 'critical';
  if (score >= model.levels.high) return 'high';
  if (score >= model.levels.medium) return 'medium';
  return 'low';
}
