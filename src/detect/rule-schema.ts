// The YAML rule format (zod): metadata, a match expression over normalized fields, dedup, and in-file tests.
import { z } from 'zod';
import { PILLARS, SEVERITIES } from '../model/alert.js';
import { parseDuration } from './duration.js';

const scalar = z.union([z.string(), z.number(), z.boolean()]);

export const ConditionSchema = z.strictObject({
  field: z.string().min(1),
  equals: scalar.optional(),
  in: z.array(scalar).min(1).optional(),
  contains: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
  startswith: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
  endswith: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
  regex: z.string().optional(),
  flags: z.string().regex(/^[imsu]*$/).optional(),
  cidr: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
  gt: z.number().optional(),
  gte: z.number().optional(),
  lt: z.number().optional(),
  lte: z.number().optional(),
  exists: z.boolean().optional(),
  /** Name of a list from the rule lists file or configuration (e.g. approved_remote_tools). */
  in_list: z.string().optional(),
}).refine((c) => Object.keys(c).some((k) => k !== 'field' && k !== 'flags'), { message: 'a condition needs an operator (equals, in, contains, regex, cidr, gt, exists, in_list …)' });
export type Condition = z.output<typeof ConditionSchema>;

export type MatchExpr = Condition | { and: MatchExpr[] } | { or: MatchExpr[] } | { not: MatchExpr };
export const MatchSchema: z.ZodType<MatchExpr> = z.lazy(() => z.union([
  z.strictObject({ and: z.array(MatchSchema).min(1) }),
  z.strictObject({ or: z.array(MatchSchema).min(1) }),
  z.strictObject({ not: MatchSchema }),
  ConditionSchema,
]));

const duration = z.string().refine((s) => parseDuration(s) !== null, { message: 'expected a duration like 15m, 24h, 30d' });
const bilingual = z.strictObject({ en: z.string().min(1), ja: z.string().min(1) });

/** A test event: any normalized-event fields (defaults filled in) and an optional person. */
export const RuleTestSchema = z.strictObject({
  name: z.string().min(1),
  event: z.record(z.string(), z.unknown()),
  person: z.record(z.string(), z.unknown()).optional(),
  lists: z.record(z.string(), z.array(z.string())).optional(),
});

export const RuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'lower-case letters, digits, dots and dashes'),
  title: bilingual,
  description: bilingual,
  severity: z.enum(SEVERITIES),
  pillar: z.enum(PILLARS),
  signals: z.array(z.string().regex(/^[A-Z]\d+$/, 'a SIGNALS.md id such as M4')).min(1),
  attack: z.array(z.string().regex(/^T\d{4}(\.\d{3})?$/, 'an ATT&CK technique id such as T1219 or T1562.001')).default([]),
  /** false = building block: feeds correlation, never listed as an alert on its own. */
  emit: z.boolean().default(true),
  match: MatchSchema,
  /** Summary templates; `{path}` is replaced by the field's value. Defaults to the title. */
  summary: bilingual.optional(),
  /** Field paths copied into the alert's evidence. */
  facts: z.array(z.string()).default([]),
  dedup: z.strictObject({ window: duration, key: z.array(z.string()).default([]) }).default({ window: '24h', key: [] }),
  references: z.array(z.string()).default([]),
  tests: z.strictObject({
    positive: z.array(RuleTestSchema).min(1, 'a rule needs at least one positive test'),
    negative: z.array(RuleTestSchema).min(1, 'a rule needs at least one negative test'),
  }),
});
export type Rule = z.output<typeof RuleSchema>;
export type RuleTest = z.output<typeof RuleTestSchema>;

/** Named value lists rules can refer to with `in_list` (rules/lists.yaml, overridable by configuration). */
export const ListsSchema = z.record(z.string(), z.array(z.string()));
