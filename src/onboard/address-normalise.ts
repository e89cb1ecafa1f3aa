// Normalises postal addresses (US, CA, GB, AU, EU, JP forms) into a comparison key: same place → same key.
import { findPostalCode, normalisePostalCode, type PostalCode } from './postal-code.js';
import { normaliseJapaneseLine, stripJapaneseLocality } from './japanese-address.js';

export interface AddressInput {
  line?: string | null;
  city?: string | null;
  region?: string | null;
  postalCode?: string | null;
  country?: string | null;
}

export interface NormalisedAddress {
  country: string | null;
  postal: PostalCode | null;
  city: string | null;
  /** Street part with unit, abbreviations unified: "12 elm st unit 4". */
  street: string | null;
  unit: string | null;
  /** Equal keys = same delivery point. Null when too little is known to compare. */
  key: string | null;
  /** Readable form for explanations. */
  display: string;
}

// One canonical short form per street word (USPS Pub. 28 suffixes, Royal Mail / Canada Post / AusPost usage).
const WORDS: Record<string, string> = {
  street: 'st', str: 'st', avenue: 'ave', av: 'ave', aven: 'ave', road: 'rd', boulevard: 'blvd', boul: 'blvd',
  drive: 'dr', drv: 'dr', lane: 'ln', court: 'ct', place: 'pl', terrace: 'ter', terr: 'ter', circle: 'cir',
  highway: 'hwy', parkway: 'pkwy', pky: 'pkwy', square: 'sq', crescent: 'cres', cresc: 'cres', close: 'cl',
  gardens: 'gdns', grove: 'gr', mews: 'mews', trail: 'trl', point: 'pt', mount: 'mt', heights: 'hts',
  center: 'ctr', centre: 'ctr', expressway: 'expy', freeway: 'fwy', parade: 'pde', esplanade: 'esp',
  saint: 'st', fort: 'ft', route: 'rte', rue: 'rue', chemin: 'ch', north: 'n', south: 's', east: 'e', west: 'w',
  northeast: 'ne', northwest: 'nw', southeast: 'se', southwest: 'sw', first: '1st', second: '2nd', third: '3rd',
};

// Unit designators: apartment, suite, flat, unit, room, floor; "#4" too.
const UNIT_RE = /(?:^|\s)(?:(?:apartment|apt|unit|suite|ste|flat|room|rm|no|number|lot|bldg|building|fl|floor)\s+#?\s*|#\s*)([a-z0-9][a-z0-9-]*)\b/;

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').toLowerCase();
}

/**
 * One-cell addresses ("12 Elm St, Apt 4, Springfield, IL 62704"): keep the segments up to the one with the
 * house number plus unit segments right after it; what follows is locality the other fields already carry.
 */
function streetSegments(line: string): string {
  const segs = line.split(',').map((x) => x.trim()).filter(Boolean);
  const house = segs.findIndex((x) => /^\d/.test(x) && !UNIT_ONLY.test(x.toLowerCase()));
  if (house < 0) return segs.join(' ');
  let end = house + 1;
  while (end < segs.length && UNIT_ONLY.test(segs[end]!.toLowerCase())) end++;
  return segs.slice(0, end).join(' ');
}
const UNIT_ONLY = /^(?:apartment|apt|unit|suite|ste|flat|room|rm|lot|bldg|building|fl|floor|#)\.?\s*#?\s*[a-z0-9-]+$/;

function normaliseWestern(line: string): { street: string; unit: string | null } {
  let s = fold(streetSegments(line.normalize('NFKC'))).replace(/[.,;:'’"()]/g, ' ').replace(/\s+/g, ' ').trim();
  // German/Austrian/Swiss "Hauptstraße" / "Hauptstr." → "hauptstr" so both spellings meet.
  s = s.replace(/([a-z])(strasse|str)\b/g, '$1str');
  let unit: string | null = null;
  // Australian "3/12 Smith St" / "Unit 3/12 Smith St" and Canadian "3-12 Smith St": unit before the house number.
  const slash = s.match(/^(?:(?:unit|apt|flat|u)\s*)?([a-z0-9]+)\s*[/-]\s*(\d+[a-z]?)\s/);
  if (slash) {
    unit = slash[1] ?? null;
    s = `${slash[2]} ${s.slice(slash[0].length)}`;
  } else {
    const m = s.match(UNIT_RE);
    if (m) {
      unit = m[1] ?? null;
      s = (s.slice(0, m.index ?? 0) + ' ' + s.slice((m.index ?? 0) + m[0].length)).trim();
    }
  }
  const words = s.split(' ').filter(Boolean).map((w) => WORDS[w] ?? w);
  return { street: words.join(' '), unit: unit?.replace(/^0+(?=\d)/, '') ?? null };
}

function normaliseCity(city: string | null | undefined, country: string | null): string | null {
  if (!city) return null;
  let s = fold(city.normalize('NFKC')).replace(/[.,'’]/g, '').replace(/\s+/g, ' ').trim();
  if (country === 'JP') s = s.replace(/[-\s](shi|ku|cho|machi|mura|gun)$/, '');
  s = s.split(' ').map((w) => (w === 'saint' || w === 'ste' || w === 'st' ? 'st' : w === 'mount' ? 'mt' : w === 'fort' ? 'ft' : w)).join(' ');
  return s || null;
}

/** Removes what the other fields already say (postal code, city, region, country) from a one-cell address. */
function stripTrailing(street: string, postal: string | null, city: string | null, region: string | null, country: string | null): string {
  let s = street;
  if (postal) s = s.replace(new RegExp(`\\b${postal.toLowerCase().replace(/(.{3})$/, '\\s*$1')}(?:-\\d{4})?\\b`), ' ');
  const tails = [country?.toLowerCase(), 'usa', 'united states', 'uk', 'united kingdom', 'japan', 'canada', 'australia', region, city]
    .filter((t): t is string => !!t);
  for (let changed = true; changed;) {
    changed = false;
    s = s.replace(/\s+/g, ' ').trim();
    for (const t of tails) {
      if (s.endsWith(` ${t}`)) { s = s.slice(0, -t.length - 1); changed = true; }
    }
  }
  return s.trim();
}

export function normaliseAddress(a: AddressInput): NormalisedAddress {
  const country = a.country ? a.country.trim().toUpperCase() : null;
  const postalRaw = a.postalCode ?? (a.line ? findPostalCode(a.line, country) : null);
  const postal = normalisePostalCode(postalRaw, country);
  const city = normaliseCity(a.city, country);
  const region = a.region ? fold(a.region).replace(/[.,]/g, '').trim() : null;
  let street: string | null = null;
  let unit: string | null = null;
  if (a.line && a.line.trim() !== '') {
    if (country === 'JP' || /[\u3040-\u30ff\u4e00-\u9fff]/u.test(a.line)) {
      street = stripJapaneseLocality(normaliseJapaneseLine(a.line), [a.region, a.city]) || null;
    } else {
      const w = normaliseWestern(a.line);
      street = stripTrailing(w.street, postal?.value ?? null, city, region, country) || null;
      unit = w.unit;
    }
  }
  const fullStreet = street ? (unit ? `${street} unit ${unit}` : street) : null;
  // A street alone is ambiguous across towns: a key needs the street plus postal code or city.
  const place = postal?.value ?? city;
  const key = fullStreet && place ? `${country ?? '??'}|${postal?.value ?? ''}|${postal ? '' : city}|${fullStreet}` : null;
  const display = [a.line?.trim(), a.city?.trim(), a.region?.trim(), postalRaw?.trim(), country].filter(Boolean).join(', ');
  return { country, postal, city, street, unit, key, display };
}

export type PlaceMismatch = 'country' | 'region' | 'postal' | 'city' | 'street';

/**
 * How a ship-to differs from the verified residence, coarsest first. Fields unknown on either side are not
 * compared; a postal-code match settles a city spelled differently ("NYC" vs "New York").
 */
export function compareAddresses(ship: NormalisedAddress, home: NormalisedAddress): PlaceMismatch | null {
  if (ship.country && home.country && ship.country !== home.country) return 'country';
  if (ship.postal && home.postal) {
    if (ship.postal.value !== home.postal.value) {
      return ship.city && home.city && ship.city === home.city ? 'postal' : ship.postal.area === home.postal.area ? 'postal' : 'city';
    }
  } else if (ship.city && home.city && ship.city !== home.city) return 'city';
  if (ship.street && home.street) {
    const s = ship.unit ? `${ship.street} unit ${ship.unit}` : ship.street;
    const h = home.unit ? `${home.street} unit ${home.unit}` : home.street;
    if (s !== h) return 'street';
  }
  return null;
}
