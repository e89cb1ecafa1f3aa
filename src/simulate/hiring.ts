// Candidates with resumes, references, interviews and ID checks — real applicants, hires, and an actor's many personas.
import { COUNTRIES, countryProfile } from './catalog/geo.js';
import { asciiSlug, nameSet } from './catalog/names.js';
import { fillPattern } from './devices.js';
import { REQUISITIONS, type SimCandidate } from './hiring-records.js';
import { homeNetwork } from './org.js';
import type { NetworkPools } from './networks.js';
import type { Rng } from './prng.js';
import { experience, individualSummary, LOCAL_COMPANIES, REAL_COMPANIES, school, skills, type ResumeDoc } from './resume-text.js';
import { DAY_MS, HOUR_MS } from './time.js';
import type { SimPerson } from './types.js';

const FREEMAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com', 'icloud.com'];
const INTERVIEWERS = ['hiring-manager', 'tech-lead', 'peer-engineer', 'recruiter'];

export interface HiringCtx { rng: Rng; pools: NetworkPools; start: number; end: number; domain: string; seq: { n: number } }

export function legitMeta(r: Rng, name: string, format: 'pdf' | 'docx', applied: number): ResumeDoc['meta'] {
  const created = applied - r.float(1, 200) * DAY_MS;
  const modified = Math.min(applied - HOUR_MS, created + r.float(0, 30) * DAY_MS);
  const tool = r.weighted([[['Microsoft® Word for Microsoft 365', 'Microsoft® Word for Microsoft 365'], 35], [['Google Docs Renderer', 'Skia/PDF m128 Google Docs Renderer'], 25],
    [['LaTeX with hyperref', 'pdfTeX-1.40.25'], 10], [['Canva', 'Canva'], 10], [['Pages', 'macOS Version 14.5 (Build 23F79) Quartz PDFContext'], 20]] as const);
  const author = r.weighted([[name, 55], ['', 25], ['Microsoft Office User', 10], [name.split(' ')[0] ?? name, 10]] as const);
  return {
    title: r.bool(0.5) ? `${name} - Resume` : 'Resume', author, creator: tool[0], producer: tool[1], created, modified,
    lastModifiedBy: author || name, revision: r.int(2, 40), totalTimeMin: r.int(25, 900), template: 'Normal.dotm',
    application: format === 'docx' ? 'Microsoft Office Word' : tool[0],
  };
}

export function nextCandidateId(ctx: HiringCtx): string {
  return `C${String(30001 + ctx.seq.n++)}`;
}

/** A real applicant (optionally the one later hired as `hired`). */
export function legitCandidate(ctx: HiringCtx, hired: SimPerson | null): SimCandidate {
  const id = nextCandidateId(ctx);
  const r = ctx.rng.fork(`cand-${id}`);
  const country = hired?.country ?? r.weighted(COUNTRIES.map((c) => [c.code, c.weight] as const));
  const profile = countryProfile(country);
  const city = hired?.city ?? r.pick(profile.cities);
  const names = nameSet(country);
  const given = hired?.givenName ?? r.pick(names.first), family = hired?.familyName ?? r.pick(names.last);
  const name = `${given} ${family}`;
  const [req, role] = hired ? [REQUISITIONS.find((q) => q[1] === hired.jobTitle)?.[0] ?? 'REQ-2041', hired.jobTitle] : r.pick(REQUISITIONS);
  const applied = hired ? Date.parse(`${hired.hireDate}T00:00:00Z`) - r.float(20, 60) * DAY_MS + r.int(8, 20) * HOUR_MS : ctx.start - r.float(0, 40) * DAY_MS + r.float(0, (ctx.end - ctx.start) / DAY_MS) * DAY_MS;
  const stage = hired ? 'hired' : r.weighted([['applied', 35], ['screen', 20], ['interview', 20], ['offer', 3], ['rejected', 20], ['withdrawn', 2]] as const);
  const format = r.bool(0.7) ? 'pdf' : 'docx';
  const engineer = /Engineer|Developer/.test(role);
  const ip = homeNetwork(r, ctx.pools, country, city);
  const slug = asciiSlug(name);
  const resume: ResumeDoc = {
    format, file: `resumes/${id}.${format}`, name, headline: role,
    contact: [`${slug.replace('.', r.pick(['.', '', '_']))}${r.bool(0.4) ? r.int(1, 99) : ''}@${r.pick(FREEMAIL)}`, `${profile.dial} ${fillPattern(r, profile.phone)}`, `${city.name}, ${country}`],
    summary: individualSummary(r),
    experience: experience(r, r.bool(0.5) ? LOCAL_COMPANIES : [...LOCAL_COMPANIES, ...REAL_COMPANIES], role, r.int(2, 4)),
    education: school(r), skills: skills(r), layout: r.int(0, 2), meta: legitMeta(r, name, format, applied),
  };
  const c: SimCandidate = {
    candidate_id: id, requisition_id: req, full_name: name, email: resume.contact[0]!, phone: resume.contact[1]!,
    claimed_country: country, claimed_city: city.name, nationality: r.bool(0.85) ? country : r.pick(COUNTRIES).code,
    linkedin_url: r.bool(0.85) ? `https://www.linkedin.com/in/${slug.replace('.', '-')}-${r.hex(6)}` : '',
    github_url: engineer && r.bool(0.7) ? `https://github.com/${slug.replace('.', '')}-${r.hex(4)}` : '',
    applied_at: new Date(applied).toISOString(), application_ip: ip.ip,
    source: r.weighted([['job_board', 45], ['referral', 15], ['agency', 10], ['direct', 20], ['freelance_platform', 10]] as const),
    resume_file: resume.file, stage, hired_employee_id: hired?.id ?? '', resume, refs: [], interviews: [], idv: [], actor: null, tradecraft: [], appliedMs: applied,
  };
  const interviewed = ['interview', 'offer', 'hired'].includes(stage) || (stage === 'rejected' && r.bool(0.4));
  if (interviewed) {
    const poor = r.bool(0.06);
    for (let round = 1, n = r.int(1, 3); round <= n; round++) {
      const held = applied + (round * r.float(4, 10)) * DAY_MS;
      const mode = r.weighted([['video', 80], ['phone', 10], ['onsite', 10]] as const);
      c.interviews.push({
        candidate_id: id, round: String(round), held_at: new Date(held).toISOString(), interviewer: r.pick(INTERVIEWERS), mode,
        camera_on: mode === 'video' ? String(r.bool(0.96)) : '', background_filter: mode === 'video' ? String(r.bool(0.15)) : '', refused_in_person: 'false',
        connection_quality: poor ? r.pick(['poor', 'very_poor']) : r.weighted([['good', 96], ['poor', 4]] as const),
        response_lag: poor ? 'some' : r.weighted([['none', 90], ['some', 10]] as const), residence_knowledge: 'ok', different_person_suspected: 'false',
        ip_address: mode === 'onsite' ? '' : ip.ip, notes: '',
      });
    }
    for (let k = r.int(1, 3); k > 0; k--) {
      const company = r.pick(LOCAL_COMPANIES);
      const refName = `${r.pick(names.first)} ${r.pick(names.last)}`;
      const domain = `${asciiSlug(company).replace(/\./g, '').slice(0, 14)}.example`;
      c.refs.push({ candidate_id: id, referee_name: refName, referee_email: r.bool(0.08) ? `${asciiSlug(refName)}@${r.pick(FREEMAIL)}` : `${asciiSlug(refName)}@${domain}`,
        referee_phone: `${profile.dial} ${fillPattern(r, profile.phone)}`, referee_company: company, relationship: r.pick(['former manager', 'colleague', 'team lead']) });
    }
  }
  if (stage === 'offer' || stage === 'hired') {
    c.idv.push({ subject_id: id, provider: r.pick(['Persona', 'Onfido', 'Veriff']), checked_at: new Date(applied + r.float(15, 30) * DAY_MS).toISOString(),
      result: r.bool(0.95) ? 'pass' : 'review', document_country: country, document_type: r.pick(['passport', 'driver_license', 'national_id']), name_on_document: name,
      date_of_birth: `${r.int(1970, 2000)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}` });
  }
  return c;
}
