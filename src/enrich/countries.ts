// Country → time zones and UTC offsets, public holidays, and sanctions context (DPRK and claimed nationalities).
import ct from 'countries-and-timezones';
import Holidays from 'date-holidays';

export interface TimeZoneFacts { name: string; utcOffsetMinutes: number; dstOffsetMinutes: number; currentOffsetMinutes: number | null }

export interface CountryFacts {
  code: string;
  name: string;
  timeZones: TimeZoneFacts[];
  /** Comprehensively sanctioned by the US (OFAC country programs). */
  sanctioned: boolean;
  /** Named in the seeds (SIGNALS H9) as a nationality DPRK IT workers claim; context, never a finding. */
  claimedNationalityInDprkSchemes: boolean;
  /** date-holidays has data for this country (it has none for KP). */
  holidayData: boolean;
}

/** OFAC comprehensive country programs (North Korea, Iran, Cuba, Syria); regional programs are not countries. */
export const SANCTIONED_COUNTRIES: readonly string[] = ['KP', 'IR', 'CU', 'SY'];
/** SIGNALS H9: Korean, Chinese, Japanese, Italian, Malaysian, Singaporean, Ukrainian, American, Vietnamese ("Eastern European" names no country). */
export const DPRK_CLAIMED_NATIONALITIES: readonly string[] = ['KR', 'CN', 'JP', 'IT', 'MY', 'SG', 'UA', 'US', 'VN'];

/** Offset of a zone at an instant, from the runtime's time-zone data (handles DST). */
export function offsetMinutesAt(timeZone: string, at: Date = new Date()): number | null {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at);
    const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
    const m = /GMT(?:([+-])(\d{2}):?(\d{2})?)?/.exec(name);
    if (!m) return null;
    if (!m[1]) return 0;
    const v = Number(m[2]) * 60 + Number(m[3] ?? 0);
    return m[1] === '-' ? -v : v;
  } catch {
    return null;
  }
}

const holidayCache = new Map<string, Holidays | null>();
function holidaysFor(cc: string): Holidays | null {
  let h = holidayCache.get(cc);
  if (h === undefined) {
    const made = new Holidays();
    made.init(cc);
    // An unknown country (or one without data, such as KP) leaves the calendar empty.
    h = made.getCountries()[cc] && made.getHolidays(2024).length > 0 ? made : null;
    holidayCache.set(cc, h);
  }
  return h;
}

export function countryFacts(code: string, at: Date = new Date()): CountryFacts | null {
  const cc = code.trim().toUpperCase();
  const c = ct.getCountry(cc);
  if (!c) return null;
  const timeZones = c.timezones.map((name) => {
    const z = ct.getTimezone(name);
    return { name, utcOffsetMinutes: z?.utcOffset ?? 0, dstOffsetMinutes: z?.dstOffset ?? 0, currentOffsetMinutes: offsetMinutesAt(name, at) };
  });
  return {
    code: cc,
    name: c.name,
    timeZones,
    sanctioned: SANCTIONED_COUNTRIES.includes(cc),
    claimedNationalityInDprkSchemes: DPRK_CLAIMED_NATIONALITIES.includes(cc),
    holidayData: holidaysFor(cc) !== null,
  };
}

export interface HolidayFacts { holiday: boolean; names: string[] }

/**
 * Public holiday on that calendar day in that country (the day as lived there: date-holidays uses the
 * country's own zone). Returns null when there is no holiday data for the country (e.g. KP).
 */
export function isHoliday(code: string, date: Date | string): HolidayFacts | null {
  const h = holidaysFor(code.trim().toUpperCase());
  if (!h) return null;
  // A bare calendar day is passed as text: date-holidays then reads it in the country's own zone.
  const dateOnly = typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date);
  const d = dateOnly ? `${date} 12:00` : typeof date === 'string' ? new Date(date) : date;
  if (d instanceof Date && Number.isNaN(d.getTime())) return null;
  const found = (h.isHoliday(d) || []).filter((x) => x.type === 'public' || x.type === 'bank');
  return { holiday: found.length > 0, names: found.map((x) => x.name) };
}
