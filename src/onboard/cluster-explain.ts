// Says in words (en/ja) why a cluster exists, and where it is: "3 laptops shipped to 12 Elm St, 2 of those on one IP…".
import type { ClusterEdge, ClusterLocation } from '../model/index.js';

type Group = { people: Set<string>; edges: ClusterEdge[] };

/** Edges of one kind grouped by the shared thing (address key, IP, account ref, device value). */
function groupBy(edges: readonly ClusterEdge[], kinds: readonly ClusterEdge['kind'][], keyOf: (e: ClusterEdge) => string): Map<string, Group> {
  const m = new Map<string, Group>();
  for (const e of edges) {
    if (!kinds.includes(e.kind)) continue;
    const k = keyOf(e);
    const g = m.get(k) ?? { people: new Set(), edges: [] };
    g.people.add(e.a).add(e.b);
    g.edges.push(e);
    m.set(k, g);
  }
  return m;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));

export function explainCluster(members: readonly string[], edges: readonly ClusterEdge[]): { en: string; ja: string } {
  const en: string[] = [];
  const ja: string[] = [];
  const n = members.length;
  for (const g of groupBy(edges, ['address'], (e) => str(e.facts.addressKey)).values()) {
    const f = g.edges[0]!.facts;
    const assets = new Set(g.edges.flatMap((e) => (Array.isArray(e.facts.assetIds) ? e.facts.assetIds.map(str) : [])));
    const p = g.people.size;
    en.push(assets.size > 0
      ? `${assets.size} laptop(s) for ${p} unrelated people shipped to ${str(f.display)}`
      : `${p} unrelated people declare the residence ${str(f.display)}`);
    ja.push(assets.size > 0
      ? `血縁・同居の申告がない ${p} 人分のノートPC ${assets.size} 台が ${str(f.display)} に配送`
      : `血縁・同居の申告がない ${p} 人が同じ住所 ${str(f.display)} を居住地として申告`);
  }
  for (const [ip, g] of groupBy(edges, ['ip'], (e) => str(e.facts.ip))) {
    const f = g.edges[0]!.facts;
    const isp = str(f.asOrg);
    const weekday = Math.max(...g.edges.map((e) => Number(e.facts.weekdayPct ?? 0)));
    const atOnce = g.edges.some((e) => Number(e.facts.concurrentBuckets ?? 0) > 0);
    en.push(`${g.people.size} of them sign in from the same residential IP ${ip}${isp ? ` (${isp})` : ''}${weekday >= 70 ? ' on weekdays' : ''}${atOnce ? ', at the same time from different company devices' : ''}`);
    ja.push(`うち ${g.people.size} 人が同じ家庭用回線 ${ip}${isp ? `(${isp})` : ''}から${weekday >= 70 ? '平日に' : ''}サインイン${atOnce ? '(別々の会社端末から同時刻に)' : ''}`);
  }
  for (const g of groupBy(edges, ['bank', 'wallet'], (e) => str(e.facts.destinationRef)).values()) {
    const wallet = g.edges[0]!.kind === 'wallet';
    en.push(`pay for ${g.people.size} goes to one ${wallet ? 'crypto wallet' : 'account'}`);
    ja.push(`${g.people.size} 人分の給与が同じ${wallet ? '暗号資産ウォレット' : '口座'}へ`);
  }
  const nouns: Record<string, [string, string]> = { device: ['device', '端末'], hostname: ['endpoint hostname', '端末ホスト名'], authenticator: ['MFA authenticator', 'MFA 認証器'] };
  for (const g of groupBy(edges, ['device', 'hostname', 'authenticator'], (e) => `${e.kind}:${str(e.facts.value)}`).values()) {
    const [nEn, nJa] = nouns[g.edges[0]!.kind] ?? ['device', '端末'];
    en.push(`${g.people.size} use the same ${nEn} at the same time`);
    ja.push(`${g.people.size} 人が同じ${nJa}を同時期に使用`);
  }
  return {
    en: `${n} people linked: ${en.join('; ')}.`,
    ja: `${n} 人が関連: ${ja.join('。')}。`,
  };
}

/** The shared address when there is one (most members), else the shared residential IP's geolocation. */
export function locateCluster(edges: readonly ClusterEdge[]): ClusterLocation | undefined {
  const addr = [...groupBy(edges, ['address'], (e) => str(e.facts.addressKey)).values()].sort((a, b) => b.people.size - a.people.size)[0];
  const ip = [...groupBy(edges, ['ip'], (e) => str(e.facts.ip)).values()].sort((a, b) => b.people.size - a.people.size)[0];
  const ipf = ip?.edges[0]?.facts;
  const lat = typeof ipf?.lat === 'number' ? ipf.lat : null;
  const lon = typeof ipf?.lon === 'number' ? ipf.lon : null;
  if (addr) {
    const f = addr.edges[0]!.facts;
    return { label: str(f.display), country: str(f.country) || null, city: str(f.city) || null, postalCode: str(f.postalCode) || null, lat, lon };
  }
  if (ipf) {
    return { label: [ipf.city, ipf.country].map(str).filter(Boolean).join(', ') || str(ipf.ip), country: str(ipf.country) || null, city: str(ipf.city) || null, postalCode: null, lat, lon };
  }
  return undefined;
}
