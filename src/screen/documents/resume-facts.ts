// Reads sections, employers, schools, date ranges and contact details out of resume text.
import { findPhoneNumbersInText } from 'libphonenumber-js';
import type { DateRange, ResumeFacts } from './types.js';

/** Heading words → canonical section. Order matters: first match wins. */
const SECTION_WORDS: [string, RegExp][] = [
  ['experience', /^(work|professional|employment|career|relevant)?\s*(experience|history|employment)( history)?$|^work history$|^職歴|^経歴/],
  ['education', /^(education|academic (background|history)|qualifications|学歴)/],
  ['skills', /^((technical|core|key)\s+)?(skills|competencies|technologies|tech stack|expertise)|^スキル/],
  ['summary', /^(summary|professional summary|profile|about( me)?|objective|career objective|overview)$/],
  ['projects', /^(key |selected |personal )?projects$/],
  ['certifications', /^(certifications?|licenses?( & certifications)?|courses)$/],
  ['languages', /^languages$/],
  ['references', /^references$/],
  ['awards', /^(awards|honors|achievements)( & awards)?$/],
  ['publications', /^publications$/],
  ['contact', /^(contact|contact information|personal (details|information))$/],
];

export function sectionOf(line: string): string | null {
  const t = line.trim().replace(/[:：]\s*$/, '').replace(/\s+/g, ' ');
  if (t.length === 0 || t.length > 40) return null;
  const lower = t.toLowerCase().replace(/^[#*•\-–—\s]+|[#*\s]+$/g, '');
  for (const [name, re] of SECTION_WORDS) if (re.test(lower)) return name;
  return null;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const POINT = `(?:${MONTH}\\s*\\d{4}|\\d{1,2}[/.]\\d{4}|\\d{4}[/.-]\\d{1,2}|\\d{4})`;
const RANGE = new RegExp(`(${POINT})\\s*(?:-|–|—|to|~|until)\\s*(${POINT}|present|current|now|today|現在)`, 'gi');

function pointToYm(p: string): string | null {
  const s = p.toLowerCase().trim();
  let m = /^([a-z]+)\.?\s*(\d{4})$/.exec(s);
  if (m?.[1] && m[2]) { const mo = MONTHS[m[1].slice(0, 4) === 'sept' ? 'sept' : m[1].slice(0, 3)]; return mo ? `${m[2]}-${String(mo).padStart(2, '0')}` : null; }
  m = /^(\d{1,2})[/.](\d{4})$/.exec(s);
  if (m?.[1] && m[2]) return Number(m[1]) >= 1 && Number(m[1]) <= 12 ? `${m[2]}-${m[1].padStart(2, '0')}` : null;
  m = /^(\d{4})[/.-](\d{1,2})$/.exec(s);
  if (m?.[1] && m[2]) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? `${m[1]}-${m[2].padStart(2, '0')}` : null;
  if (/^\d{4}$/.test(s)) return `${s}-01`;
  return null;
}

export function findDateRanges(line: string, section: string | null): DateRange[] {
  const out: DateRange[] = [];
  for (const m of line.matchAll(RANGE)) {
    const start = m[1] ? pointToYm(m[1]) : null;
    const endRaw = (m[2] ?? '').toLowerCase();
    const end = /present|current|now|today|現在/.test(endRaw) ? null : pointToYm(endRaw);
    if (!start || (end === undefined)) continue;
    if (end === null && !/present|current|now|today|現在/.test(endRaw)) continue;
    out.push({ text: m[0], start, end, section, line: line.trim() });
  }
  return out;
}

const ORG_SUFFIX = /\b(inc|llc|ltd|limited|corp|corporation|co|company|gmbh|ag|sa|plc|pte|pty|bv|kk|technologies|technology|solutions|labs|systems|software|group|consulting|partners|studio|bank)\b\.?/i;
const SCHOOL = /\b(university|college|institute|school|academy|polytechnic|universidad|universit[éà]|hochschule)\b|大学|大學|대학교/i;
const DATE_STRIP = new RegExp(RANGE.source, 'gi');

function cleanOrg(s: string): string {
  return s.replace(DATE_STRIP, '').replace(/\(\s*\)/g, '').replace(/^[\s•\-–—*|,]+|[\s•\-–—*|,]+$/g, '').replace(/\s+/g, ' ').trim();
}

/** The organisation on an experience line: "Title at Org", "Org — Title", "Org, City", "Org | Title". */
export function employerOnLine(line: string): string | null {
  const t = cleanOrg(line);
  const at = /\b(?:at|@)\s+(.+)$/i.exec(t);
  if (at?.[1]) return cleanOrg(at[1].split(/[,|–—(]/)[0] ?? '');
  const parts = t.split(/\s+[|–—-]\s+|\s*,\s*|\s*\|\s*/).map((p) => p.trim()).filter(Boolean);
  const org = parts.find((p) => ORG_SUFFIX.test(p));
  return org ? cleanOrg(org) : null;
}

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/gi;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+|\b(?:github\.com|linkedin\.com|gitlab\.com|behance\.net|dribbble\.com)\/[^\s<>"')\]]+/gi;
const NAME_LINE = /^[\p{Lu}][\p{L}'.-]+(?:\s+[\p{Lu}][\p{L}'.-]+){1,3}$|^[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Hiragana}\s]{2,12}$/u;

export function extractResumeFacts(text: string): ResumeFacts {
  const lines = text.split(/\r?\n/);
  const sections: Record<string, string> = {};
  const sectionOrder: string[] = [];
  const headings: string[] = [];
  const employers = new Set<string>();
  const schools = new Set<string>();
  const dateRanges: DateRange[] = [];
  let current: string | null = null;
  let nameLine: string | null = null;
  for (const line of lines) {
    const t = line.trim();
    if (!t) continue;
    if (nameLine === null && !sectionOf(t)) nameLine = NAME_LINE.test(t) && !ORG_SUFFIX.test(t) ? t : '';
    const sec = sectionOf(t);
    if (sec) {
      current = sec;
      headings.push(t.replace(/\s+/g, ' '));
      if (!sectionOrder.includes(sec)) sectionOrder.push(sec);
      continue;
    }
    if (current) sections[current] = sections[current] ? `${sections[current]}\n${t}` : t;
    const ranges = findDateRanges(t, current);
    dateRanges.push(...ranges);
    if (current === 'education' || SCHOOL.test(t)) {
      const school = t.split(/\s*[,|–—(]\s*|\s+-\s+/).find((p) => SCHOOL.test(p));
      if (school) schools.add(cleanOrg(school));
    } else if (current === 'experience' && (ranges.length > 0 || ORG_SUFFIX.test(t))) {
      const org = employerOnLine(t);
      if (org && org.length > 1 && org.length < 80) employers.add(org);
    }
  }
  const skills = (sections.skills ?? '').split(/[,;•|\n]/).map((s) => s.replace(/^[\s\-*]+/, '').trim()).filter((s) => s.length > 0 && s.length < 40);
  const phones = new Set<string>();
  for (const p of findPhoneNumbersInText(text)) phones.add(p.number.number);
  return {
    sectionOrder, sections, headings,
    employers: [...employers], schools: [...schools], skills, dateRanges,
    emails: [...new Set((text.match(EMAIL) ?? []).map((e) => e.toLowerCase()))],
    phones: [...phones],
    urls: [...new Set((text.match(URL) ?? []).map((u) => u.replace(/[.,;]+$/, '')))],
    nameLine: nameLine || null,
  };
}
