// Dates and numbers in the reader's language through Intl; times shown in UTC unless a zone is given.
import i18n from 'i18next';

const locale = () => (i18n.language === 'ja' ? 'ja-JP' : 'en-GB');

export const fmtNumber = (n: number | null | undefined, digits = 0) =>
  n === null || n === undefined ? '—' : new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(n);

export function fmtDate(v: string | null | undefined, opts: { time?: boolean; zone?: string } = {}): string {
  if (!v) return '—';
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) return v;
  return new Intl.DateTimeFormat(locale(), {
    year: 'numeric', month: 'short', day: 'numeric',
    ...(opts.time ? { hour: '2-digit', minute: '2-digit' } : {}),
    timeZone: opts.zone ?? 'UTC',
  }).format(d);
}

export const fmtPercent = (f: number) => new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(f);

/** "UTC+9" / "UTC−4:30" for an offset in hours. */
export const fmtOffset = (h: number) => `UTC${h >= 0 ? '+' : '−'}${Math.floor(Math.abs(h))}${Math.abs(h) % 1 ? `:${String(Math.round((Math.abs(h) % 1) * 60)).padStart(2, '0')}` : ''}`;
