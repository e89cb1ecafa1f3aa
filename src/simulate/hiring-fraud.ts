// Fraudulent candidate personas: templated resumes, shared metadata/phones/referees, interview red flags, mismatched IPs.
import { COUNTRIES, countryProfile, HOSTING, OPERATOR_NETWORKS, VPN_PROVIDERS } from './catalog/geo.js';
import { asciiSlug, nameSet } from './catalog/names.js';
import { fillPattern } from './devices.js';
import { legitCandidate, nextCandidateId, type HiringCtx } from './hiring.js';
import { CLAIMED_NATIONALITIES, REQUISITIONS, type SimCandidate } from './hiring-records.js';
import type { Actor } from './personas.js';
import type { Rng } from './prng.js';
import { experience, REAL_COMPANIES, school, skills, TEMPLATED_SUMMARIES, type ResumeDoc } from './resume-text.js';
import { DAY_MS } from './time.js';
import type { RecordSignal, SimPerson } from './types.js';

export const CANDIDATE_TRADECRAFT: Record<string, number> = {
  resume_template: 0.6, pdf_author_shared: 0.55, resume_reused: 0.15, freemail_refs: 0.6, shared_phone: 0.35, shared_referee: 0.4,
  interview_flags: 0.6, ip_mismatch: 0.5, idv_issue: 0.3, profile_inconsistent: 0.35, freelance_source: 0.4, new_github: 0.3,
};

function draw(rng: Rng): string[] {
  const names = Object.keys(CANDIDATE_TRADECRAFT);
  for (;;) {
    const out = names.filter((t) => rng.bool(CANDIDATE_TRADECRAFT[t] ?? 0));
    if (out.length >= 2 && out.length <= names.length - 3) return out;
  }
}

/** Reused resume bodies per actor, so `resume_reused` personas share text word for word. */
const bodies = new WeakMap<Actor, Pick<ResumeDoc, 'experience' | 'education' | 'skills'>>();

export function fraudCandidate(ctx: HiringCtx, actor: Actor, hired: SimPerson | null, record: RecordSignal): SimCandidate {
  const base = legitCandidate({ ...ctx, rng: ctx.rng.fork('fraud-base') }, null);
  ctx.seq.n--; // legitCandidate took an id for the scaffold; give the persona its own below.
  const id = nextCandidateId(ctx);
  const r = ctx.rng.fork(`fcand-${id}`);
  const tc = draw(r);
  const has = (t: string) => tc.includes(t);
  const country = hired?.country ?? r.weighted([['US', 60], ['GB', 8], ['CA', 10], ['DE', 6], ['JP', 6], ['PL', 10]] as const);
  const profile = countryProfile(country);
  const city = hired?.city ?? r.pick(profile.cities);
  const names = nameSet(country);
  const given = hired?.givenName ?? r.pick(names.first), family = hired?.familyName ?? r.pick(names.last);
  const name = `${given} ${family}`;
  const [req, role] = hired ? [REQUISITIONS.find((q) => q[1] === hired.jobTitle)?.[0] ?? 'REQ-2042', hired.jobTitle] : r.pick(REQUISITIONS.slice(0, 5));
  const applied = hired ? Date.parse(`${hired.hireDate}T00:00:00Z`) - r.float(18, 50) * DAY_MS : ctx.start - r.float(0, 40) * DAY_MS + r.float(0, (ctx.end - ctx.start) / DAY_MS) * DAY_MS;
  const at = (ms: number) => ms;
  const sig = (s: string, t: string, ms = applied) => record(s, 'candidate', id, at(ms), t);
  const phone = has('shared_phone') ? r.pick(actor.phones) : `${profile.dial} ${fillPattern(r, profile.phone)}`;
  const displayName = has('profile_inconsistent') ? `${given} ${family.length > 4 && r.bool(0.5) ? family.slice(0, -1) + family.slice(-1).repeat(2) : family.toUpperCase()}` : name;
  const email = `${asciiSlug(has('profile_inconsistent') && r.bool(0.5) ? `${r.pick(names.first)}.${family}` : name).replace('.', r.pick(['', '.', '_']))}${r.int(1, 999)}@${r.pick(['gmail.com', 'outlook.com', 'proton.me'])}`;
  let body = bodies.get(actor);
  if (!body || !has('resume_reused')) {
    const fresh = { experience: experience(r, REAL_COMPANIES, role, r.int(3, 4)), education: school(r), skills: skills(r) };
    if (!body) bodies.set(actor, fresh);
    body = has('resume_reused') ? (bodies.get(actor) as typeof fresh) : fresh;
  }
  const format: 'pdf' | 'docx' = r.bool(0.65) ? 'pdf' : 'docx';
  const shared = has('pdf_author_shared');
  const created = applied - r.float(0.5, 6) * DAY_MS;
  const resume: ResumeDoc = {
    format, file: `resumes/${id}.${format}`, name, headline: role, contact: [email, phone, `${city.name}, ${country}`],
    summary: has('resume_template') || has('resume_reused') ? TEMPLATED_SUMMARIES[actor.summaryIndex] ?? TEMPLATED_SUMMARIES[0]! : base.resume.summary,
    ...body, layout: has('resume_template') ? actor.resumeTemplate : r.int(0, 2),
    meta: shared
      ? { title: 'Resume', author: actor.pdfAuthor, creator: actor.pdfCreator, producer: actor.pdfProducer, created, modified: created + r.float(0, 2) * 3_600_000,
        lastModifiedBy: actor.pdfAuthor, revision: r.int(1, 3), totalTimeMin: r.int(1, 12), template: actor.docxTemplate, application: 'Microsoft Office Word' }
      : { ...base.resume.meta, author: r.bool(0.5) ? '' : name, lastModifiedBy: r.bool(0.5) ? name : 'User' },
  };
  let ip = base.application_ip;
  if (has('ip_mismatch')) {
    const op = r.bool(0.2);
    ip = op ? ctx.pools.pick(r, r.pick(OPERATOR_NETWORKS).isp, 'operator').ip
      : ctx.pools.pick(r, r.pick(r.bool(0.6) ? VPN_PROVIDERS : HOSTING), 'vpn', r.bool(0.5) ? { lat: city.lat, lon: city.lon, country } : undefined, 4).ip;
  }
  const c: SimCandidate = {
    ...base, candidate_id: id, requisition_id: req, full_name: displayName, email, phone, claimed_country: country, claimed_city: city.name,
    nationality: r.bool(0.5) ? r.pick(CLAIMED_NATIONALITIES) : country,
    linkedin_url: r.bool(0.6) ? `https://www.linkedin.com/in/${asciiSlug(name).replace('.', '-')}-${r.hex(4)}` : '',
    github_url: /Engineer/.test(role) ? `https://github.com/${asciiSlug(given)}${r.pick(['dev', 'codes', '-eng', ''])}${r.int(10, 999)}` : '',
    applied_at: new Date(applied).toISOString(), application_ip: ip,
    source: has('freelance_source') ? 'freelance_platform' : r.weighted([['job_board', 50], ['direct', 30], ['agency', 20]] as const),
    resume_file: resume.file, stage: hired ? 'hired' : r.weighted([['applied', 30], ['screen', 20], ['interview', 30], ['rejected', 15], ['withdrawn', 5]] as const),
    hired_employee_id: hired?.id ?? '', resume, refs: [], interviews: [], idv: [], actor, tradecraft: tc, appliedMs: applied,
  };
  if (has('resume_template') || has('resume_reused')) sig('H2', has('resume_reused') ? 'resume_reused' : 'resume_template');
  if (shared) sig('H1', 'pdf_author_shared');
  if (has('ip_mismatch')) sig('H4', 'ip_mismatch');
  if (has('profile_inconsistent')) { sig('H3', 'profile_inconsistent'); sig('B2', 'profile_inconsistent'); }
  if (has('freelance_source')) sig('H10', 'freelance_source');
  if (has('new_github') && c.github_url) sig('B1', 'new_github');
  const interviewed = ['interview', 'hired'].includes(c.stage) || (c.stage === 'rejected' && r.bool(0.5));
  if (interviewed) {
    const flags = has('interview_flags');
    for (let round = 1, n = r.int(1, 3); round <= n; round++) {
      const held = applied + round * r.float(3, 9) * DAY_MS;
      const f = (p: number) => flags && r.bool(p);
      const row = {
        candidate_id: id, round: String(round), held_at: new Date(held).toISOString(), interviewer: r.pick(['hiring-manager', 'tech-lead', 'peer-engineer']), mode: 'video',
        camera_on: String(!f(0.45)), background_filter: String(f(0.5) || r.bool(0.15)), refused_in_person: String(f(0.4)),
        connection_quality: f(0.5) ? r.pick(['poor', 'very_poor']) : 'good', response_lag: f(0.5) ? r.pick(['some', 'severe']) : 'none',
        residence_knowledge: f(0.4) ? 'poor' : 'ok', different_person_suspected: String(round > 1 && f(0.25)), ip_address: ip, notes: '',
      };
      c.interviews.push(row);
      if (flags && (row.camera_on === 'false' || row.refused_in_person === 'true' || row.connection_quality !== 'good' || row.response_lag !== 'none' || row.residence_knowledge === 'poor' || row.different_person_suspected === 'true')) sig('H6', 'interview_flags', held);
    }
    for (let k = r.int(1, 3); k > 0; k--) {
      const useShared = has('shared_referee') && k === 1;
      const ref = useShared ? r.pick(actor.referees) : null;
      const refName = ref?.name ?? `${r.pick(nameSet('US').first)} ${r.pick(nameSet('US').last)}`;
      const free = has('freemail_refs') || useShared;
      c.refs.push({ candidate_id: id, referee_name: refName, referee_email: ref?.email ?? (free ? `${asciiSlug(refName)}${r.int(1, 99)}@${r.pick(['gmail.com', 'outlook.com', 'yahoo.com'])}` : `${asciiSlug(refName)}@${r.pick(['brightpath', 'nexora', 'vantageit'])}.example`),
        referee_phone: ref?.phone ?? (has('shared_phone') ? r.pick(actor.phones) : `+1 ${fillPattern(r, '### ### ####')}`), referee_company: ref?.company ?? r.pick(REAL_COMPANIES), relationship: r.pick(['former manager', 'colleague', 'client']) });
      if (free) sig('H5', has('freemail_refs') ? 'freemail_refs' : 'shared_referee');
    }
  }
  if (hired || (has('idv_issue') && c.stage === 'interview')) {
    const result = has('idv_issue') ? r.weighted([['review', 0.6], ['fail', 0.4]] as const) : 'pass';
    c.idv.push({ subject_id: id, provider: r.pick(['Persona', 'Onfido', 'Veriff']), checked_at: new Date(applied + r.float(10, 20) * DAY_MS).toISOString(), result,
      document_country: has('idv_issue') && r.bool(0.5) ? r.pick(COUNTRIES.filter((x) => x.code !== country)).code : country,
      document_type: r.pick(['passport', 'driver_license']), name_on_document: has('profile_inconsistent') ? `${given} ${family}` : displayName,
      date_of_birth: `${r.int(1985, 1998)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}` });
    if (has('idv_issue')) sig('H8', 'idv_issue');
  }
  return c;
}

/** H9 holds only when a phone, referee or document author really recurs across an actor's personas. */
export function recordSharedInfrastructure(cands: SimCandidate[], record: RecordSignal): void {
  const groups = new Map<string, SimCandidate[]>();
  const add = (key: string, c: SimCandidate) => { const g = groups.get(key) ?? []; if (!g.includes(c)) g.push(c); groups.set(key, g); };
  for (const c of cands) {
    if (!c.actor) continue;
    add(`phone:${c.phone}`, c);
    for (const ref of c.refs) { add(`phone:${ref.referee_phone}`, c); add(`ref:${ref.referee_email}`, c); }
    if (c.tradecraft.includes('pdf_author_shared')) add(`author:${c.actor.id}`, c);
  }
  for (const [key, g] of groups) {
    if (g.length < 2) continue;
    const tradecraft = key.startsWith('phone') ? 'shared_phone' : key.startsWith('ref') ? 'shared_referee' : 'pdf_author_shared';
    for (const c of g) record('H9', 'candidate', c.candidate_id, c.appliedMs, tradecraft);
  }
}
