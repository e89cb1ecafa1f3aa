// Great-circle distance and time-zone offsets: the arithmetic every location detector shares.
const R_KM = 6371;
const RAD = Math.PI / 180;

export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * R_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

const offsetCache = new Map<string, number | null>();
/** UTC offset in minutes of an IANA zone at a given instant (cached per zone and day, DST-aware enough for hour maths). */
export function zoneOffsetMinutes(zone: string, atMs: number): number | null {
  const key = `${zone}|${Math.floor(atMs / 86_400_000)}`;
  const hit = offsetCache.get(key);
  if (hit !== undefined) return hit;
  let off: number | null = null;
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(atMs);
    const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
    const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
    off = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : name === 'GMT' ? 0 : null;
  } catch { off = null; }
  if (offsetCache.size > 10_000) offsetCache.clear();
  offsetCache.set(key, off);
  return off;
}

/** Formats an offset in minutes as "UTC+09:00". */
export function formatOffset(min: number): string {
  const sign = min < 0 ? '-' : '+';
  const a = Math.abs(min);
  return `UTC${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}
