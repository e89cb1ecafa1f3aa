// Greenhouse Harvest API `candidate` and `application` JSON → canonical Candidate records (one per application).
import { z } from 'zod';
import { CandidatesCsv, type Candidate } from '../../model/candidate.js';

const Labeled = z.looseObject({ value: z.string(), type: z.string().nullish() });
const Job = z.looseObject({ id: z.union([z.number(), z.string()]), name: z.string().nullish() });

export const HarvestApplication = z.looseObject({
  id: z.union([z.number(), z.string()]),
  candidate_id: z.union([z.number(), z.string()]).nullish(),
  prospect: z.boolean().nullish(),
  applied_at: z.string().nullish(),
  status: z.string().nullish(),
  current_stage: z.looseObject({ name: z.string().nullish() }).nullish(),
  source: z.looseObject({ public_name: z.string().nullish() }).nullish(),
  credited_to: z.unknown().optional(),
  location: z.looseObject({ address: z.string().nullish() }).nullish(),
  jobs: z.array(Job).default([]),
  attachments: z.array(z.looseObject({ filename: z.string(), type: z.string().nullish() })).default([]),
});
export type HarvestApplication = z.output<typeof HarvestApplication>;

export const HarvestCandidate = z.looseObject({
  id: z.union([z.number(), z.string()]),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  created_at: z.string().nullish(),
  phone_numbers: z.array(Labeled).default([]),
  email_addresses: z.array(Labeled).default([]),
  addresses: z.array(Labeled).default([]),
  website_addresses: z.array(Labeled).default([]),
  social_media_addresses: z.array(z.looseObject({ value: z.string() })).default([]),
  attachments: z.array(z.looseObject({ filename: z.string(), type: z.string().nullish() })).default([]),
  applications: z.array(HarvestApplication).default([]),
});
export type HarvestCandidate = z.output<typeof HarvestCandidate>;

/** Greenhouse source names → Trustline's channel enum; unknown sources stay unknown rather than guessed. */
export function mapSource(name: string | null | undefined): string {
  if (!name) return '';
  const n = name.toLowerCase();
  if (/upwork|fiverr|toptal|freelancer|guru|peopleperhour|contra|braintrust|turing|arc\.dev/.test(n)) return 'freelance_platform';
  if (/referr/.test(n)) return 'referral';
  if (/agency|recruit(er|ing) firm|staffing/.test(n)) return 'agency';
  if (/linkedin|indeed|glassdoor|monster|ziprecruiter|dice|stack ?overflow|wellfound|angel|job ?board|careerbuilder|hired/.test(n)) return 'job_board';
  if (/career(s)? (site|page)|company website|direct|applied/.test(n)) return 'direct';
  return '';
}

const pickByType = (list: { value: string; type?: string | null }[], prefer: string[]) =>
  (list.find((x) => x.type && prefer.includes(x.type)) ?? list[0])?.value ?? '';

/** One canonical Candidate per application (a prospect with none yields one record without a requisition). */
export function harvestToCandidates(raw: unknown, extraApplications: unknown[] = []): Candidate[] {
  const c = HarvestCandidate.parse(raw);
  const apps = [...c.applications, ...extraApplications.map((a) => HarvestApplication.parse(a))].filter((a, i, all) => all.findIndex((b) => String(b.id) === String(a.id)) === i);
  const social = [...c.social_media_addresses.map((s) => s.value), ...c.website_addresses.map((w) => w.value)];
  const linkedin = social.find((s) => /linkedin\.com/i.test(s)) ?? '';
  const github = social.find((s) => /github\.com/i.test(s)) ?? '';
  const resume = c.attachments.find((a) => a.type === 'resume')?.filename ?? '';
  const rows = (apps.length ? apps : [null]).map((a) => {
    const job = a?.jobs[0];
    const appResume = a?.attachments.find((x) => x.type === 'resume')?.filename;
    return {
      candidate_id: `greenhouse:${c.id}:${a ? a.id : 'prospect'}`,
      requisition_id: job ? String(job.id) : '',
      full_name: [c.first_name, c.last_name].filter(Boolean).join(' ').trim(),
      email: pickByType(c.email_addresses, ['personal', 'other']),
      phone: pickByType(c.phone_numbers, ['mobile', 'home', 'other']),
      claimed_country: '',
      claimed_city: a?.location?.address ?? pickByType(c.addresses, ['home']),
      nationality: '',
      linkedin_url: linkedin,
      github_url: github,
      applied_at: a?.applied_at ?? c.created_at ?? '',
      application_ip: '',
      source: mapSource(a?.source?.public_name),
      resume_file: appResume ?? resume,
      stage: a?.current_stage?.name ?? a?.status ?? '',
      hired_employee_id: '',
      greenhouse_candidate_id: String(c.id),
      greenhouse_application_id: a ? String(a.id) : '',
      greenhouse_source: a?.source?.public_name ?? '',
      greenhouse_job_name: job?.name ?? '',
    };
  });
  return rows.map((r) => CandidatesCsv.schema.parse(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v ?? '']))));
}
