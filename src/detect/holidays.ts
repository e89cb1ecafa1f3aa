// Public holidays per country as day numbers (date-holidays), cached per country and year, weekdays only.
import Holidays from 'date-holidays';
import { DAY } from './types.js';

const cache = new Map<string, Set<number>>();

function yearSet(country: string, year: number): Set<number> {
  const key = `${country}|${year}`;
  let s = cache.get(key);
  if (s) return s;
  s = new Set();
  try {
    const hd = new Holidays(country);
    for (const h of hd.getHolidays(year) || []) {
      if (h.type !== 'public') continue;
      const d = Math.floor(Date.parse(`${h.date.slice(0, 10)}T00:00:00Z`) / DAY);
      if (isWeekday(d)) s.add(d);
    }
  } catch { /* unknown country: no holidays */ }
  cache.set(key, s);
  return s;
}

/** Day 0 (1970-01-01) was a Thursday. */
export function isWeekday(day: number): boolean {
  const dow = (day + 4) % 7; // 0 = Sunday
  return dow !== 0 && dow !== 6;
}

export function isHoliday(country: string, day: number): boolean {
  return yearSet(country, new Date(day * DAY).getUTCFullYear()).has(day);
}

/** Weekday public holidays in [fromDay, toDay]. */
export function countHolidays(country: string, fromDay: number, toDay: number): number {
  let n = 0;
  const y0 = new Date(fromDay * DAY).getUTCFullYear(), y1 = new Date(toDay * DAY).getUTCFullYear();
  for (let y = y0; y <= y1; y++) for (const d of yearSet(country, y)) if (d >= fromDay && d <= toDay) n++;
  return n;
}

/** Weekdays in [fromDay, toDay]. */
export function countWeekdays(fromDay: number, toDay: number): number {
  let n = 0;
  for (let d = fromDay; d <= toDay; d++) if (isWeekday(d)) n++;
  return n;
}
