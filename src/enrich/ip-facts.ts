// One address → IpFacts (geo + ASN + network class), loading the big datasets on first use and caching per IP.
import type { IpFacts } from '../model/enrichment.js';
import { ASN_FILES, ASN_PACKAGE, loadAsnTable, type AsnTable } from './asn-table.js';
import { resolveDataFile } from './data-paths.js';
import { GEO_FILES, GEO_PACKAGE, loadGeoDb, type GeoDb } from './geo.js';
import { formatIpv4, formatIpv6, parseIp } from './ip-address.js';
import { createLru } from './lru-cache.js';
import { loadNetworkClassifier, type NetworkClassifier } from './network-class.js';
import { reservedReason } from './special-ranges.js';

export interface IpFactsOptions {
  dataDir: string;
  corporateRanges?: readonly string[];
  /** Per-IP result cache size (entries). */
  cacheSize?: number;
}

export interface IpFactsService {
  ipFacts(ip: string): IpFacts | null;
  /** Load every dataset now (otherwise on first lookup); returns sizes and timings. */
  warm(): IpFactsStats;
  stats(): IpFactsStats;
}

export interface IpFactsStats {
  asn?: AsnTable['stats'];
  geo?: GeoDb['stats'];
  network?: NetworkClassifier['stats'];
  cached: number;
}

function once<T>(make: () => T): { get: () => T; loaded: () => T | undefined } {
  let value: T | undefined;
  return { get: () => (value ??= make()), loaded: () => value };
}

export function createIpFactsService(opts: IpFactsOptions): IpFactsService {
  const { dataDir } = opts;
  const asn = once(() =>
    loadAsnTable(resolveDataFile(dataDir, 'asn', ASN_FILES.v4, ASN_PACKAGE), resolveDataFile(dataDir, 'asn', ASN_FILES.v6, ASN_PACKAGE)),
  );
  const geo = once(() =>
    loadGeoDb(resolveDataFile(dataDir, 'geo', GEO_FILES.v4, GEO_PACKAGE), resolveDataFile(dataDir, 'geo', GEO_FILES.v6, GEO_PACKAGE)),
  );
  const network = once(() => loadNetworkClassifier(dataDir, opts.corporateRanges ?? []));
  const cache = createLru<string, IpFacts | null>(opts.cacheSize ?? 100_000);

  const compute = (text: string): IpFacts | null => {
    const ip = parseIp(text);
    if (!ip) return null;
    // Canonical text: the geo reader wants a plain address (no brackets, zone or v4-mapping).
    const canonical = ip.version === 4 ? formatIpv4(ip.v4) : formatIpv6(ip.v6);
    const reserved = reservedReason(ip);
    if (reserved) {
      return {
        ip: canonical, version: ip.version, country: null, region: null, city: null, lat: null, lon: null, timeZone: null,
        asn: null, asOrg: null, networkClass: 'private', classSource: `reserved:${reserved}`, provider: null,
      };
    }
    const as = asn.get().lookup(ip);
    const g = geo.get().lookup(canonical, ip.version);
    const cls = network.get().classify(ip, as?.asn ?? null, as?.org ?? null);
    return {
      ip: canonical,
      version: ip.version,
      country: g?.country ?? null,
      region: g?.region ?? null,
      city: g?.city ?? null,
      lat: g?.lat ?? null,
      lon: g?.lon ?? null,
      timeZone: g?.timeZone ?? null,
      asn: as?.asn ?? null,
      asOrg: as?.org ?? null,
      ...cls,
    };
  };

  const stats = (): IpFactsStats => ({
    asn: asn.loaded()?.stats,
    geo: geo.loaded()?.stats,
    network: network.loaded()?.stats,
    cached: cache.size,
  });

  return {
    ipFacts(text) {
      const hit = cache.get(text);
      if (hit !== undefined) return hit;
      const facts = compute(text);
      cache.set(text, facts);
      return facts;
    },
    warm() {
      asn.get();
      geo.get();
      network.get();
      return stats();
    },
    stats,
  };
}
