// The ground truth a simulation planted (truth.json): schema, and a validating reader. Never read by detection code.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

export const CONFOUNDER_TYPES = [
  'traveller', 'night_shift', 'contractor_abroad', 'corporate_vpn', 'it_rmm', 'bank_change_once', 'overemployed', 'poor_network',
] as const;
export type ConfounderType = (typeof CONFOUNDER_TYPES)[number];

const SubjectKind = z.enum(['employee', 'candidate']);

export const PlantedSignalSchema = z.object({
  /** SIGNALS.md id, e.g. "M3". */
  signal: z.string().regex(/^[A-Z]\d+$/),
  subjectKind: SubjectKind,
  subjectId: z.string().min(1),
  /** First time the planted behaviour shows in the data (UTC ISO). */
  time: z.string().datetime(),
  /** How many records carry it. */
  count: z.number().int().positive(),
  /** Which tradecraft produced it (e.g. "vpn_logins", "shared_phone"). */
  tradecraft: z.string().min(1),
});
export type PlantedSignal = z.infer<typeof PlantedSignalSchema>;

export const TruthSchema = z.object({
  version: z.literal(1),
  seed: z.string(),
  window: z.object({ start: z.string(), days: z.number().int().positive() }),
  counts: z.object({ employees: z.number().int(), candidates: z.number().int() }),
  fraudulentEmployees: z.array(z.object({
    employeeId: z.string(), actorId: z.string(), candidateId: z.string().nullable(), farmId: z.string().nullable(),
    tradecraft: z.array(z.string()),
    /** First fraudulent activity in the logs (UTC ISO), the clock for time-to-detect. */
    firstActivity: z.string().datetime(),
  })),
  fraudulentCandidates: z.array(z.object({
    candidateId: z.string(), actorId: z.string(), hiredEmployeeId: z.string().nullable(), tradecraft: z.array(z.string()),
    firstActivity: z.string().datetime(),
  })),
  actors: z.array(z.object({
    actorId: z.string(), operatorTimeZone: z.string(),
    candidateIds: z.array(z.string()), employeeIds: z.array(z.string()),
  })),
  farms: z.array(z.object({
    farmId: z.string(), facilitatorCity: z.string(), facilitatorCountry: z.string(), ip: z.string(), members: z.array(z.string()),
  })),
  signals: z.array(PlantedSignalSchema),
  confounders: z.array(z.object({ subjectKind: SubjectKind, subjectId: z.string(), type: z.enum(CONFOUNDER_TYPES) })),
});
export type Truth = z.infer<typeof TruthSchema>;

export function parseTruth(json: unknown): Truth {
  return TruthSchema.parse(json);
}

export async function readTruth(file: string): Promise<Truth> {
  return parseTruth(JSON.parse(await readFile(file, 'utf8')));
}
