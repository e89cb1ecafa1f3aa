// M3: short cycles between datacenter/VPN, residential and corporate networks on one account (ASN hopping).
import type { Detector } from '../types.js';
import { HOUR } from '../types.js';
import { isSuccessfulSignIn } from '../activity.js';
import { finding, opt, type DetectorMeta } from './finding.js';

const META: DetectorMeta = { ruleId: 'network-churn', pillar: 'location', signals: ['M3'], attack: ['T1090', 'T1133'], windowMs: 24 * HOUR };

/** Network classes folded into the three groups the cycle is about. */
function group(cls: string): 'A' | 'R' | 'C' | null {
  if (cls === 'hosting' || cls === 'vpn' || cls === 'tor') return 'A'; // anonymising / datacenter
  if (cls === 'residential' || cls === 'mobile') return 'R';
  if (cls === 'corporate') return 'C';
  return null;
}

/** h: recent sign-ins as [time s, group, asn]. */
export interface ChurnState { h: [number, string, number][] }

export function networkChurn(o?: Record<string, unknown>): Detector<ChurnState> {
  const windowS = opt(o, 'windowHours', 12) * 3600;
  const minSwitches = opt(o, 'switches', 3);
  return {
    id: 'network-churn',
    categories: ['auth.login', 'auth.session'],
    init: () => ({ h: [] }),
    onEvent(st, { ev, t }) {
      const ip = ev.enrichment.ip;
      const g = ip && isSuccessfulSignIn(ev) ? group(ip.networkClass) : null;
      if (!ip || !g) return;
      const now = Math.floor(t / 1000);
      const last = st.h[st.h.length - 1];
      if (last && last[1] === g && last[2] === (ip.asn ?? 0)) { last[0] = now; return; }
      st.h.push([now, g, ip.asn ?? 0]);
      while (st.h.length && now - st.h[0]![0] > windowS) st.h.shift();
      if (st.h.length > 10) st.h.shift();
      let switches = 0;
      for (let i = 1; i < st.h.length; i++) if (st.h[i]![1] !== st.h[i - 1]![1]) switches++;
      const groups = new Set(st.h.map((x) => x[1]));
      // A corporate-VPN user alternating home and office never touches group A; a traveller rarely cycles all three.
      if (!(groups.has('A') && groups.has('R') && groups.has('C')) || switches < minSwitches) return;
      const asns = [...new Set(st.h.map((x) => x[2]))];
      return [finding(META, {
        severity: 'medium', eventIds: [ev.id], facts: { switches, asns, windowHours: windowS / 3600, lastClass: ip.networkClass },
        en: `Sign-ins cycled ${switches} times between datacenter/VPN, residential and corporate networks within ${windowS / 3600} h (ASNs ${asns.join(', ')})`,
        ja: `${windowS / 3600} 時間以内にデータセンター/VPN・住宅回線・社内ネットワークの間で ${switches} 回切り替え (ASN ${asns.join(', ')})`,
      })];
    },
  };
}
