// Shapes of entity resolution: actors seen in logs, links with confidence and reason, analyst decisions.
import { z } from 'zod';

/** One distinct actor seen in normalized events (collect with `actorsFromEvents`). */
export interface ActorSighting {
  source: string;
  /** Login, UPN, e-mail, GitHub login or device user, as the event carries it. */
  actor: string;
  actorName?: string | null;
  actorId?: string | null;
}

export const LINK_KINDS = ['account', 'actor', 'candidate', 'payroll', 'shipment'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export interface IdentityLink {
  kind: LinkKind;
  /** For account/actor links the system (okta, github…); for candidates `ats`; payroll/shipment `hr`. */
  system: string;
  /** Account or actor (lower-cased), candidate id, payroll effective date, shipment asset id. */
  value: string;
  /** 0..1: how sure the link is. Analyst-confirmed links are 1. */
  confidence: number;
  reason: string;
  decision: 'confirmed' | null;
}

export interface ResolvedPerson {
  personId: string;
  kind: 'employee' | 'candidate';
  employeeId: string | null;
  candidateIds: string[];
  name: string;
  emails: string[];
  /** E.164 where the number could be read. */
  phones: string[];
  links: IdentityLink[];
}

/** A link seen but too weak to merge automatically (or split by an analyst): shown for review. */
export interface LinkSuggestion { personId: string; link: IdentityLink; split: boolean }

/** An analyst's decision on one link: confirm makes it certain, split removes it for good. */
export const ResolutionDecisionSchema = z.object({
  decision: z.enum(['confirm', 'split']),
  /** `employee:<id>` or `candidate:<id>` the link is (or would be) attached to. */
  personId: z.string().min(1),
  kind: z.enum(LINK_KINDS),
  system: z.string().min(1),
  value: z.string().min(1),
  by: z.string().optional(),
  at: z.string().optional(),
  note: z.string().optional(),
});
export type ResolutionDecision = z.output<typeof ResolutionDecisionSchema>;

export interface Resolution {
  persons: ResolvedPerson[];
  /** `source:actor` (and bare actor when it names one person only) → personId. */
  actorIndex: Map<string, string>;
  /** employee id / candidate id → personId. */
  subjectIndex: Map<string, string>;
  suggestions: LinkSuggestion[];
}

/** Links at or above this confidence merge automatically. */
export const MERGE_THRESHOLD = 0.6;
