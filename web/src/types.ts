// Shapes of the API answers the pages read (kept by hand next to src/api/routes/web-*.ts).
import type { PillarName } from './components/badges.js';

export type Bi = { en: string; ja: string };
export type Level = 'low' | 'medium' | 'high' | 'critical';

export interface Overview {
  dataTime: string | null; scoredAt: string; people: number; byLevel: Record<Level, number>; newHighThisWeek: number;
  clusters: { total: number; byKind: Record<string, number> }; openCases: number; tables: Record<string, number>;
  coverage: { source: string; events: number; first: string; last: string; fresh: boolean }[];
  trend: { day: string; severity: string; n: number }[];
  top: { personId: string; name: string; score: number; level: Level; topReason: Bi | null }[];
}

export interface RankedPerson {
  personId: string; kind: 'employee' | 'candidate'; employeeId: string | null; candidateId: string | null; name: string; emails: string[];
  score: number; level: Level; pillars: Record<PillarName, number>; clusters: string[]; attack: string[];
  department: string | null; country: string | null; employmentType: string | null; jobTitle: string | null; topReason: Bi | null; reasons: number;
}
export interface RiskList {
  total: number; offset: number; items: RankedPerson[]; scoredAt: string;
  facets: Record<'department' | 'country' | 'employmentType', { value: string; n: number }[]>;
}

export interface Reason { signal: string; signals: string[]; rule: string; alertId: string; pillar: PillarName; summary: Bi; at: string; evidence: { eventIds: string[]; facts: Record<string, unknown> }; points: number; via: string }
export interface AlertRow { id: string; ruleId: string; time: string; severity: string; pillar: string; signals: string[]; attack: string[]; summary: Bi; evidence: { eventIds?: string[]; facts?: Record<string, unknown> } }
export interface CaseRow { id: string; title: string; subjectKind: string; subjectId: string; status: string; assignee: string | null; legalHold: boolean; createdAt: string; updatedAt: string }
export interface ClusterRow { id: string; kind: string; members: string[]; score: number; explanation: Bi; location: { label: string; lat: number | null; lon: number | null } | null }

export interface Dossier {
  personId: string; kind: string; name: string; scoredAt: string;
  score: { score: number; level: Level; pillars: Record<PillarName, number>; reasons: Reason[]; attack: string[] } | null;
  person: Record<string, string | null> | null;
  candidates: { candidateId: string; fullName: string; email: string | null; claimedCountry: string | null; claimedCity: string | null; source: string | null; stage: string | null; appliedAt: string | null; resumeFile: string | null; linkedinUrl: string | null; githubUrl: string | null;
    references: { refereeName: string | null; refereeEmail: string | null; refereeCompany: string | null; relationship: string | null }[];
    interviews: { heldAt: string; round: number | null; mode: string | null; cameraOn: boolean | null; refusedInPerson: boolean | null; differentPersonSuspected: boolean | null; residenceKnowledge: string | null; notes: string | null }[];
    idvChecks: { provider: string | null; checkedAt: string; result: string; documentCountry: string | null; documentType: string | null }[] }[];
  alerts: AlertRow[]; cases: CaseRow[];
  accounts: { system: string; account: string }[];
  payroll: { effectiveDate: string; method: string; bankName: string | null; bankCountry: string | null; currency: string | null; accountNumber: string | null; walletAddress: string | null }[];
  shipments: { assetId: string; assetType: string | null; shippedAt: string | null; shipToName: string | null; shipToCity: string | null; shipToRegion: string | null; shipToPostalCode: string | null; shipToCountry: string | null; managed: boolean | null }[];
  events: { id: string; time: string; source: string; category: string; outcome: string; ip: string | null; device_name: string | null; country: string | null; city: string | null; network_class: string | null }[];
  logins: { lat: number; lon: number; country: string | null; city: string | null; network_class: string | null; n: number; first: string; last: string }[];
  devices: { device_id: string; device_name: string | null; n: number; last: string }[];
  places: { residence: { city: string | null; country: string | null; at: { lat: number; lon: number } | null } | null; shipTo: { city: string | null; country: string | null; at: { lat: number; lon: number } | null }[] };
  activity: { zone: string | null; grid: { d: number; h: number; n: number }[]; inferred: { offset: number; share: number } | null };
  clusters: ClusterRow[];
}

// Administration (src/api/routes/admin.ts).
export interface UserRow {
  username: string; role: string; origin: 'local' | 'oidc'; mustChangePassword: boolean; failedLogins: number;
  lockedUntil: string | null; disabled: boolean; createdAt: string; lastLoginAt: string | null;
}
export interface TokenRow { id: string; name: string; role: string; createdBy: string; createdAt: string; revokedAt: string | null; lastUsedAt: string | null }
export interface AuditRow { seq: number; at: string; actor: string; action: string; target: string; detail: Record<string, unknown>; hash: string }
export interface ChainVerdict { ok: boolean; firstBadSeq: number | null; reason: string | null; checked: number }
