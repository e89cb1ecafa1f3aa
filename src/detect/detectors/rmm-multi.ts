// M6: several different remote-access tools on one host — the signature of a laptop farm or an operator's toolkit.
import type { Detector } from '../types.js';
import { DAY } from '../types.js';
import { fp } from '../hash.js';
import { finding, opt, type DetectorMeta } from './finding.js';

const META: DetectorMeta = { ruleId: 'rmm-multiple-tools', pillar: 'device', signals: ['M6', 'O1'], attack: ['T1219'], windowMs: 7 * DAY };

/** r: [device fingerprint, tool, time s] of recent remote-tool runs. */
export interface RmmState { r: [string, string, number][] }

export function rmmMulti(o?: Record<string, unknown>): Detector<RmmState> {
  const windowS = opt(o, 'windowDays', 7) * 86400;
  const approved = new Set(((o?.['approvedTools'] as string[] | undefined) ?? []).map((s) => s.toLowerCase()));
  return {
    id: 'rmm-multi',
    // An autostart entry for a tool (service, Run key) counts as the tool being on the host.
    categories: ['endpoint.process', 'endpoint.network', 'endpoint.persistence'],
    init: () => ({ r: [] }),
    onEvent(st, { ev, t }) {
      const tool = ev.enrichment.remoteTool?.tool;
      if (!tool || approved.has(tool.toLowerCase())) return;
      const host = fp(ev.deviceId ?? ev.deviceName ?? '');
      const now = Math.floor(t / 1000);
      st.r = st.r.filter((x) => now - x[2] <= windowS && !(x[0] === host && x[1] === tool));
      st.r.push([host, tool, now]);
      if (st.r.length > 8) st.r.shift();
      const tools = [...new Set(st.r.filter((x) => x[0] === host).map((x) => x[1]))];
      if (tools.length < 2) return;
      return [finding(META, {
        severity: tools.length >= 3 ? 'high' : 'medium', key: `${host}|${tools.length}`, eventIds: [ev.id],
        facts: { device: ev.deviceName ?? ev.deviceId, tools },
        en: `${tools.length} remote-access tools ran on ${ev.deviceName ?? ev.deviceId ?? 'one host'}: ${tools.join(', ')}`,
        ja: `${ev.deviceName ?? ev.deviceId ?? '同一端末'} で ${tools.length} 種類のリモートアクセスツールを実行: ${tools.join(', ')}`,
      })];
    },
  };
}
