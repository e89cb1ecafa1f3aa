// H3/H4 profile consistency: names across resume, e-mail, handles and ID; phone and IP country vs claims;
// impossible or overlapping dates; application time at night in the claimed location.
import type { Alert } from '../../model/alert.js';
import type { Candidate, IdvCheck } from '../../model/candidate.js';
import { countryFacts, phoneFacts } from '../../enrich/index.js';
import { makeAlert } from '../alerts/make-alert.js';
import type { ScreenLookups } from '../alerts/lookups.js';
import type { ResumeFacts } from '../documents/types.js';
import { compareNames } from '../watchlist/name-match.js';
import { handleMatchesName, profileHandle } from './name-in-handle.js';
import { otherGivenNameInMailbox, spellingVariant } from './name-variants.js';

/** `b2`: the item is also identity confusion across records (SIGNALS.md B2). */
export interface ProfileItem { key: string; signal: 'H3' | 'H4'; weight: number; en: string; ja: string; facts: Record<string, unknown>; b2?: boolean }

const ym = (s: string) => { const [y, m] = s.split('-').map(Number); return (y ?? 0) * 12 + ((m ?? 1) - 1); };

export function dateItems(resume: ResumeFacts, now = new Date()): ProfileItem[] {
  const out: ProfileItem[] = [];
  const nowYm = now.getUTCFullYear() * 12 + now.getUTCMonth();
  const jobs = resume.dateRanges.filter((d) => d.section === 'experience');
  for (const d of resume.dateRanges) {
    if (d.end && ym(d.end) < ym(d.start)) out.push({ key: 'date-reversed', signal: 'H3', weight: 2, en: `date range ends before it starts ("${d.text}")`, ja: `期間の終了が開始より前（「${d.text}」）`, facts: { range: d.text } });
    if (ym(d.start) > nowYm + 1) out.push({ key: 'date-future', signal: 'H3', weight: 2, en: `date range starts in the future ("${d.text}")`, ja: `期間の開始が未来（「${d.text}」）`, facts: { range: d.text } });
  }
  // Two jobs overlapping by more than six months: over-employment or invented history (weak alone).
  for (let i = 0; i < jobs.length; i++) {
    for (let j = i + 1; j < jobs.length; j++) {
      const a = jobs[i];
      const b = jobs[j];
      if (!a || !b || a.line === b.line) continue;
      const overlap = Math.min(a.end ? ym(a.end) : nowYm, b.end ? ym(b.end) : nowYm) - Math.max(ym(a.start), ym(b.start));
      if (overlap > 6) out.push({ key: 'jobs-overlap', signal: 'H3', weight: 1, en: `two positions overlap by ${overlap} months`, ja: `2 つの職歴が ${overlap} か月重複`, facts: { a: a.text, b: b.text, months: overlap } });
    }
  }
  return out;
}

function localHours(at: Date, country: string): number[] {
  return (countryFacts(country)?.timeZones ?? []).map((z) => Number(new Intl.DateTimeFormat('en-GB', { timeZone: z.name, hour: '2-digit', hourCycle: 'h23' }).format(at)));
}

export interface ProfileInput {
  candidate: Candidate;
  resume?: ResumeFacts | null;
  idv?: IdvCheck[];
  /** Given names known from the organisation's records (`givenNameVocabulary`), to read names inside mailboxes. */
  givenNames?: ReadonlySet<string>;
}

export function profileItems({ candidate: c, resume, idv = [], givenNames }: ProfileInput, lookups: ScreenLookups): ProfileItem[] {
  const items: ProfileItem[] = [];
  if (resume?.nameLine && !compareNames(c.fullName, resume.nameLine) && !spellingVariant(c.fullName, resume.nameLine)) {
    items.push({ key: 'resume-name', signal: 'H3', weight: 2, en: 'name on the resume differs from the application', ja: '履歴書の氏名が応募情報と異なる', facts: { resumeName: resume.nameLine } });
  }
  for (const check of idv) {
    if (check.nameOnDocument && (check.subjectId === c.candidateId) && !compareNames(c.fullName, check.nameOnDocument) && !spellingVariant(c.fullName, check.nameOnDocument)) {
      items.push({ key: 'idv-name', signal: 'H3', weight: 2, en: 'name on the identity document differs from the application', ja: '身分証の氏名が応募情報と異なる', facts: { nameOnDocument: check.nameOnDocument } });
    }
  }
  // One name spelled two ways (Walsh / Walshh) across the application, resume and ID document: case and order are not spelling.
  const spelled = [['resume', resume?.nameLine], ...idv.filter((i) => i.subjectId === c.candidateId).map((i) => ['identity document', i.nameOnDocument] as const)]
    .map(([where, name]) => (name ? { where, name, m: spellingVariant(c.fullName, name) } : null)).find((x) => x?.m);
  if (spelled) {
    items.push({
      key: 'name-spelling', signal: 'H3', weight: 2, b2: true,
      en: `the name is spelled "${c.fullName}" on the application but "${spelled.name}" on the ${spelled.where}`,
      ja: `氏名の綴りが応募情報（${c.fullName}）と${spelled.where === 'resume' ? '履歴書' : '身分証'}（${spelled.name}）で異なる`,
      facts: { applicationName: c.fullName, otherName: spelled.name, otherRecord: spelled.where, match: spelled.m?.reasons },
    });
  }
  // Every spelling the applicant used counts as their own name (a misspelt application name is reported above once).
  const ownNames = [c.fullName, resume?.nameLine, ...idv.filter((i) => i.subjectId === c.candidateId).map((i) => i.nameOnDocument)].filter((n): n is string => !!n);
  const emailFacts = c.email ? lookups.emailFacts(c.email) : null;
  if (emailFacts && !emailFacts.role && handleMatchesName(emailFacts.local, c.fullName) === 'unrelated' && !ownNames.some((n) => handleMatchesName(emailFacts.local, n) === 'matches')) {
    items.push({ key: 'email-name', signal: 'H3', weight: 1, en: 'e-mail address is not built from the applicant’s name', ja: 'メールアドレスが氏名に基づいていない', facts: { emailLocal: emailFacts.local } });
  }
  const other = emailFacts && !emailFacts.role && givenNames
    ? ownNames.map((n) => otherGivenNameInMailbox(emailFacts.local, n, givenNames)).find((x) => x !== null) ?? null : null;
  if (other) {
    items.push({
      key: 'email-other-name', signal: 'H3', weight: 1, b2: true,
      en: `e-mail address is built from another given name ("${other}") with the applicant’s family name`,
      ja: `メールアドレスが別の名（「${other}」）と応募者の姓で作られている`, facts: { emailLocal: emailFacts!.local, otherGivenName: other },
    });
  }
  for (const [label, url] of [['LinkedIn', c.linkedinUrl], ['GitHub', c.githubUrl]] as const) {
    const h = profileHandle(url);
    if (h && handleMatchesName(h, c.fullName) === 'unrelated') {
      items.push({ key: `${label.toLowerCase()}-name`, signal: 'H3', weight: 1, en: `${label} handle "${h}" is not built from the applicant’s name`, ja: `${label} のハンドル「${h}」が氏名に基づいていない`, facts: { handle: h } });
    }
  }
  if (c.phone) {
    const p = phoneFacts(c.phone, c.claimedCountry ?? undefined);
    if (p?.country && c.claimedCountry && p.country !== c.claimedCountry && p.country !== c.nationality) {
      items.push({ key: 'phone-country', signal: 'H3', weight: 2, en: `phone number is from ${p.country}, not the claimed ${c.claimedCountry}`, ja: `電話番号の国（${p.country}）が申告国（${c.claimedCountry}）と異なる`, facts: { phoneCountry: p.country, claimedCountry: c.claimedCountry, nationality: c.nationality } });
    }
    if (p?.voip) items.push({ key: 'phone-voip', signal: 'H3', weight: 1, en: 'phone number is a VoIP number', ja: '電話番号が VoIP 番号', facts: { phoneType: p.type } });
  }
  const ip = c.applicationIp && lookups.ipFacts ? lookups.ipFacts(c.applicationIp) : null;
  if (ip?.country && c.claimedCountry && ip.country !== c.claimedCountry) {
    items.push({ key: 'ip-country', signal: 'H4', weight: 2, en: `application came from ${ip.country}, not the claimed ${c.claimedCountry}`, ja: `応募の接続元（${ip.country}）が申告国（${c.claimedCountry}）と異なる`, facts: { ipCountry: ip.country, networkClass: ip.networkClass, asOrg: ip.asOrg } });
  }
  if (ip && ['vpn', 'tor', 'hosting', 'relay'].includes(ip.networkClass)) {
    items.push({ key: 'ip-anonymised', signal: 'H4', weight: 1, en: `application came through ${ip.networkClass}${ip.provider ? ` (${ip.provider})` : ''}`, ja: `応募が ${ip.networkClass} 経由`, facts: { networkClass: ip.networkClass, provider: ip.provider } });
  }
  if (c.appliedAt && c.claimedCountry) {
    const hours = localHours(new Date(c.appliedAt), c.claimedCountry);
    if (hours.length > 0 && hours.every((h) => h >= 23 || h < 6)) {
      items.push({ key: 'night-activity', signal: 'H4', weight: 1, en: `applied at night (23:00–06:00) in every time zone of the claimed country`, ja: `申告国のすべてのタイムゾーンで深夜（23〜6 時）に応募`, facts: { appliedAt: c.appliedAt, localHours: hours } });
    }
  }
  if (resume) items.push(...dateItems(resume));
  return items;
}

export function profileFindings(input: ProfileInput, lookups: ScreenLookups): Alert[] {
  const items = profileItems(input, lookups);
  if (items.length === 0) return [];
  const weight = items.reduce((n, i) => n + i.weight, 0);
  const signals: string[] = [...new Set(items.map((i) => i.signal))].sort();
  if (items.some((i) => i.b2)) signals.push('B2');
  return [makeAlert({
    ruleId: 'screen.profile.inconsistent', subjectId: input.candidate.candidateId, severity: weight >= 5 ? 'high' : weight >= 3 ? 'medium' : 'low',
    pillar: signals.includes('H3') ? 'identity' : 'location', signals, time: input.candidate.appliedAt,
    en: `Profile inconsistencies (${items.length}): ${items.map((i) => i.en).join('; ')}.${weight < 3 ? ' Weak alone.' : ''}`,
    ja: `プロフィールの不整合（${items.length} 件）：${items.map((i) => i.ja).join('、')}。${weight < 3 ? '単独では弱いシグナルです。' : ''}`,
    facts: { weight, items: items.map((i) => ({ key: i.key, signal: i.b2 ? `${i.signal}+B2` : i.signal, weight: i.weight, ...i.facts })) },
  })];
}
