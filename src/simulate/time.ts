// Calendar arithmetic in people's own time zones: local wall-clock → UTC, weekdays, public holidays.
import Holidays from 'date-holidays';

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
export const MIN_MS = 60_000;

const partsCache = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string): Intl.DateTimeFormat {
  let f = partsCache.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit', weekday: 'short',
    });
    partsCache.set(tz, f);
  }
  return f;
}

export interface LocalParts { y: number; m: number; d: number; h: number; min: number; weekday: number; date: string }
const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

export function localParts(ms: number, tz: string): LocalParts {
  const p: Record<string, string> = {};
  for (const part of formatter(tz).formatToParts(new Date(ms))) p[part.type] = part.value;
  const y = Number(p.year), m = Number(p.month), d = Number(p.day);
  return {
    y, m, d, h: Number(p.hour), min: Number(p.minute), weekday: WEEKDAYS[p.weekday ?? 'Mon'] ?? 1,
    date: `${p.year}-${p.month}-${p.day}`,
  };
}

/** Offset of `tz` from UTC at instant `ms`, in ms (positive east of Greenwich). */
export function tzOffset(ms: number, tz: string): number {
  const p = localParts(ms, tz);
  const asUtc = Date.UTC(p.y, p.m - 1, p.d, p.h, p.min);
  return asUtc - Math.floor(ms / MIN_MS) * MIN_MS;
}

/** UTC instant of local date `date` (YYYY-MM-DD) plus `hours` (may exceed 24) in `tz`. */
export function zonedToUtc(date: string, hours: number, tz: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const naive = Date.UTC(y, m - 1, d) + Math.round(hours * HOUR_MS);
  // Two passes settle DST edges.
  let guess = naive - tzOffset(naive, tz);
  guess = naive - tzOffset(guess, tz);
  return guess;
}

export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const addDays = (date: string, n: number): string => isoDay(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS);
export const daysBetween = (a: string, b: string): number => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);

const holidayCache = new Map<string, Set<string>>();
/** Public holidays of a country (date-holidays data) for the given years, as YYYY-MM-DD. */
export function publicHolidays(country: string, years: number[]): Set<string> {
  const key = `${country}:${years.join(',')}`;
  let set = holidayCache.get(key);
  if (!set) {
    set = new Set();
    const hd = new Holidays(country);
    for (const year of years) {
      for (const h of hd.getHolidays(year) || []) if (h.type === 'public') set.add(h.date.slice(0, 10));
    }
    holidayCache.set(key, set);
  }
  return set;
}
