// M9/O3: privilege, EDR exclusion, MFA reset/new factor, recovery codes, OAuth consent, audit-log changes — weighted by tenure.
import type { Detector, EnrichedEvent } from '../types.js';
import { DAY } from '../types.js';
import { tenureDays } from '../person-facts.js';
import { finding, opt, type DetectorMeta } from './finding.js';

const META: DetectorMeta = { ruleId: 'early-tenure-sensitive-changes', pillar: 'behaviour', signals: ['M9', 'O3'], attack: ['T1098', 'T1562', 'T1556'], windowMs: 7 * DAY };

type Kind = 'privilege' | 'edr_exclusion' | 'mfa_reset' | 'mfa_new_factor' | 'recovery_codes' | 'oauth_consent' | 'audit_change';

export function kindOf(ev: EnrichedEvent): Kind | null {
  const type = ev.type.toLowerCase();
  switch (ev.category) {
    case 'iam.privilege_grant': return ev.attrs['privileged'] === false ? null : 'privilege';
    case 'security.defense_change': return 'edr_exclusion';
    case 'iam.oauth_consent': return 'oauth_consent';
    case 'audit.config_change': return 'audit_change';
    case 'auth.mfa_change':
      if (/recovery|backup.?code/.test(type)) return 'recovery_codes';
      if (/reset|deactivat|remov|delet|disable/.test(type)) return 'mfa_reset';
      return 'mfa_new_factor';
    default: return null;
  }
}

/** How much a change weighs at a given tenure: the first fortnight counts fully, nothing after the watch period. */
function weight(days: number, kind: Kind): number {
  if (kind === 'mfa_new_factor' && days < 3) return 0; // enrolling MFA is what day one is for
  if (days <= 14) return 1;
  if (days <= 30) return 0.8;
  if (days <= 60) return 0.5;
  if (days <= 90) return 0.3;
  return 0;
}

/** k: kind → [time s, weight]. */
export interface TenureState { k: Record<string, [number, number]> }

export function earlyTenure(o?: Record<string, unknown>): Detector<TenureState> {
  const spanS = opt(o, 'spanDays', 30) * 86400;
  return {
    id: 'early-tenure',
    categories: ['iam.privilege_grant', 'security.defense_change', 'iam.oauth_consent', 'audit.config_change', 'auth.mfa_change'],
    init: () => ({ k: {} }),
    onEvent(st, { ev, t, person }) {
      if (ev.outcome === 'failure') return;
      const kind = kindOf(ev);
      const days = tenureDays(person, t);
      if (!kind || days === null || days < 0) return;
      const w = weight(days, kind);
      if (w === 0) return;
      const now = Math.floor(t / 1000);
      st.k[kind] = [now, w];
      for (const k of Object.keys(st.k)) if (now - st.k[k]![0] > spanS) delete st.k[k];
      const kinds = Object.keys(st.k);
      const score = kinds.reduce((s, k) => s + st.k[k]![1], 0);
      const severity = score >= 2 ? 'high' : score >= 1 ? 'medium' : 'low';
      return [finding(META, {
        severity, key: severity, eventIds: [ev.id],
        facts: { tenureDays: days, kinds, score: Math.round(score * 10) / 10, latest: kind, type: ev.type },
        en: `Sensitive change (${kind.replace(/_/g, ' ')}) on day ${days} after hire; recent: ${kinds.join(', ')} (weight ${score.toFixed(1)})`,
        ja: `入社 ${days} 日目に重要な変更 (${kind})。直近: ${kinds.join(', ')} (重み ${score.toFixed(1)})`,
      })];
    },
  };
}
