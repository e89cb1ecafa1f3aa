// Ranked per-person scores for the web app, recomputed only when the underlying data changed (fingerprint).
import { benignSuppressions } from '../../cases/index.js';
import { scorePeople, type PersonScore } from '../../score/index.js';
import { listAlerts, listClusters } from '../../store/analysis-repo.js';
import type { Db } from '../../store/db.js';
import { loadAccounts, loadCandidates, loadPeople } from '../../store/hr-repo.js';
import { dataFingerprint } from '../../store/read/freshness.js';
import { dataNow } from '../../store/read/overview-reads.js';
import { listPersonScores } from '../../store/scores-repo.js';

/** One scored person joined with the HR attributes the people list filters on. */
export interface RankedPerson {
  personId: string; kind: PersonScore['kind']; employeeId: string | null; candidateId: string | null; name: string; emails: string[];
  score: number; level: PersonScore['level']; pillars: PersonScore['pillars']; clusters: string[]; attack: string[];
  department: string | null; country: string | null; employmentType: string | null; jobTitle: string | null;
  topReason: { en: string; ja: string } | null; reasons: number;
}
export interface Ranking { fingerprint: string; at: string; items: RankedPerson[]; byId: Map<string, PersonScore>; computedMs: number }

export function scoreCache(db: Db, tenantId: string) {
  let current: { fp: string; value: Promise<Ranking> } | null = null;
  async function compute(fp: string): Promise<Ranking> {
    const started = Date.now();
    const [people, candidates, stored] = await Promise.all([loadPeople(db, tenantId), loadCandidates(db, tenantId), listPersonScores(db, tenantId)]);
    // The analysis stores scores; computing them here is only the fallback for a database analysed before scoring existed.
    let scores: PersonScore[] = stored;
    let at = stored[0]?.computedAt ?? '';
    if (stored.length === 0) {
      const [accounts, alerts, clusters, suppressions, now] = await Promise.all([
        loadAccounts(db, tenantId), listAlerts(db, tenantId), listClusters(db, tenantId), benignSuppressions(db, tenantId), dataNow(db, tenantId),
      ]);
      // Decay is measured from the newest data, so an imported historical month is not all "old".
      at = now ?? new Date().toISOString();
      scores = scorePeople({ people, candidates, accounts, alerts, clusters, suppressions, now: at });
    }
    const hr = new Map(people.map((p) => [p.employeeId, p]));
    const cand = new Map(candidates.map((c) => [c.candidateId, c]));
    const items = scores.map((s): RankedPerson => {
      const p = s.employeeId ? hr.get(s.employeeId) : undefined;
      const c = s.candidateId ? cand.get(s.candidateId) : undefined;
      const top = [...s.reasons].sort((a, b) => b.points - a.points)[0];
      return {
        personId: s.personId, kind: s.kind, employeeId: s.employeeId, candidateId: s.candidateId, name: s.name, emails: s.emails,
        score: s.score, level: s.level, pillars: s.pillars, clusters: s.clusters, attack: s.attack,
        department: p?.department ?? null, country: p?.residenceCountry ?? c?.claimedCountry ?? null,
        employmentType: p?.employmentType ?? null, jobTitle: p?.jobTitle ?? null,
        topReason: top ? top.summary : null, reasons: s.reasons.length,
      };
    });
    return { fingerprint: fp, at, items, byId: new Map(scores.map((s) => [s.personId, s])), computedMs: Date.now() - started };
  }
  return async function ranking(): Promise<Ranking> {
    const fp = await dataFingerprint(db, tenantId);
    if (!current || current.fp !== fp) {
      const value = compute(fp);
      current = { fp, value };
      value.catch(() => { if (current?.value === value) current = null; });
    }
    return current.value;
  };
}
export type ScoreCache = ReturnType<typeof scoreCache>;
