// Resume content and document metadata: individual for real applicants, templated and shared across an actor's personas.
import type { Rng } from './prng.js';

export interface ResumeMeta {
  title: string;
  author: string;
  creator: string;
  producer: string;
  created: number;
  modified: number;
  lastModifiedBy: string;
  revision: number;
  totalTimeMin: number;
  template: string;
  application: string;
}

export interface ResumeDoc {
  format: 'pdf' | 'docx';
  file: string;
  name: string;
  headline: string;
  contact: string[];
  summary: string;
  experience: { company: string; role: string; years: string; bullets: string[] }[];
  education: string;
  skills: string[];
  layout: number;
  meta: ResumeMeta;
}

const OPENERS = ['Engineer with', 'Developer with', 'Professional with', 'Builder with'];
const YEARS = ['four', 'five', 'six', 'seven', 'eight', 'ten', 'twelve'];
const FOCUS = ['backend services in Go and Java', 'React and TypeScript front ends', 'data pipelines on Spark and Airflow',
  'cloud infrastructure on AWS and Terraform', 'payments and billing systems', 'mobile apps in Kotlin and Swift',
  'customer support tooling', 'accounting operations and month-end close', 'observability and incident response'];
const CLOSERS = ['Enjoys mentoring and clear code reviews.', 'Happiest close to customers.', 'Prefers small, well-tested changes.',
  'Has led two platform migrations.', 'Writes documentation people actually read.', 'Comfortable owning on-call.'];

/** The polished, reused blurbs fraud actors paste into every persona (H2). */
export const TEMPLATED_SUMMARIES = [
  'Highly motivated Senior Full-Stack Engineer with 8+ years of experience designing, developing and deploying scalable, high-performance web applications using React, Node.js and cloud-native technologies. Proven track record of delivering robust solutions in fast-paced, agile environments.',
  'Results-driven Software Engineer with extensive experience in building secure, scalable and maintainable applications. Passionate about clean architecture, blockchain technologies and delivering exceptional user experiences across the full stack.',
  'Dedicated and detail-oriented developer with 7+ years of hands-on experience in JavaScript, TypeScript, Python and Java. Adept at collaborating with cross-functional teams to deliver innovative, high-quality software solutions on time.',
  'Seasoned engineer specializing in React, Next.js, Node.js and AWS, with a strong background in fintech and Web3 projects. Committed to writing clean, efficient code and continuously learning emerging technologies.',
];
export const REAL_COMPANIES = ['Google', 'Amazon', 'Microsoft', 'Shopify', 'Stripe', 'Coinbase', 'Atlassian', 'Accenture', 'EPAM Systems', 'Toptal', 'Meta', 'Salesforce'];
const LOCAL_COMPANIES = ['Brightwater Analytics', 'Northfield Systems', 'Cobalt Ridge Software', 'Harbor & Pine Digital', 'Lumen Works', 'Redwood Data Co.', 'Atlas Metrics', 'Greyhound Logistics IT'];
const SCHOOLS = ['University of Texas at Austin', 'University of Toronto', 'University of Manchester', 'TU München', 'Keio University', 'IIT Bombay', 'Politechnika Warszawska', 'Universidade de São Paulo', 'Georgia Institute of Technology', 'University of Washington'];
const SKILLS = ['TypeScript', 'React', 'Node.js', 'Go', 'Java', 'Python', 'PostgreSQL', 'Kubernetes', 'AWS', 'Terraform', 'GraphQL', 'Kafka', 'Next.js', 'Solidity', 'Excel', 'NetSuite', 'Zendesk'];
const BULLETS = ['Cut p95 latency by a third by reworking caching', 'Shipped a self-serve onboarding flow', 'Migrated CI to GitHub Actions',
  'Led a team of four through a payments rewrite', 'Automated monthly reconciliation', 'Built dashboards used by the exec team',
  'Reduced cloud spend by moving batch jobs to spot instances', 'Owned the on-call rotation for the API tier'];

export function individualSummary(rng: Rng): string {
  return `${rng.pick(OPENERS)} ${rng.pick(YEARS)} years building ${rng.pick(FOCUS)}. ${rng.pick(CLOSERS)}`;
}

export function experience(rng: Rng, companies: readonly string[], role: string, n: number): ResumeDoc['experience'] {
  let year = 2026;
  return Array.from({ length: n }, () => {
    const len = rng.int(1, 4);
    const e = { company: rng.pick(companies), role, years: `${year - len} – ${year === 2026 ? 'present' : year}`, bullets: rng.sample(BULLETS, rng.int(2, 3)) };
    year -= len;
    return e;
  });
}

export const school = (rng: Rng): string => `B.Sc. Computer Science, ${rng.pick(SCHOOLS)}`;
export const skills = (rng: Rng): string[] => rng.sample(SKILLS, rng.int(5, 9));
export { LOCAL_COMPANIES };

/** Plain text of a resume, for the PDF/DOCX writers and for tests. */
export function resumeLines(doc: ResumeDoc): string[] {
  const lines = [doc.name, doc.headline, doc.contact.join(' | '), '', doc.layout === 1 ? 'PROFILE' : 'Summary', doc.summary, '', doc.layout === 2 ? 'WORK HISTORY' : 'Experience'];
  for (const e of doc.experience) { lines.push(`${e.role}, ${e.company} (${e.years})`); for (const b of e.bullets) lines.push(`- ${b}`); }
  lines.push('', 'Education', doc.education, '', 'Skills', doc.skills.join(', '));
  return lines;
}
