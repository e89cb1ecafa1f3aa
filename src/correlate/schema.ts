// The YAML correlation format (zod), close to Sigma correlations: type, rules, group-by, timespan, condition.
import { z } from 'zod';
import { PILLARS, SEVERITIES } from '../model/alert.js';
import { MatchSchema } from '../detect/rule-schema.js';
import { parseDuration } from '../detect/duration.js';

const duration = z.string().refine((s) => parseDuration(s) !== null, { message: 'expected a duration like 15m, 24h, 30d' });
const bilingual = z.strictObject({ en: z.string().min(1), ja: z.string().min(1) });

/** A finding in a correlation test: which rule raised it, how long after the first one, optional facts. */
const TestFinding = z.strictObject({ rule: z.string(), after: duration.default('0s'), facts: z.record(z.string(), z.unknown()).default({}) });
const CorrelationTest = z.strictObject({
  name: z.string().min(1),
  person: z.record(z.string(), z.unknown()).optional(),
  /** Time of the first finding (ISO); later ones are offset by `after`. */
  start: z.string().default('2025-03-03T09:00:00Z'),
  findings: z.array(TestFinding).min(1),
});

export const CorrelationSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/),
  title: bilingual,
  description: bilingual,
  severity: z.enum(SEVERITIES),
  pillar: z.enum(PILLARS),
  signals: z.array(z.string().regex(/^[A-Z]\d+$/)).min(1),
  attack: z.array(z.string().regex(/^T\d{4}(\.\d{3})?$/)).default([]),
  correlation: z.strictObject({
    type: z.enum(['event_count', 'value_count', 'temporal', 'temporal_ordered']),
    /** Named slots, each a list of rule or detector ids whose findings fill it (Sigma lists rules; a slot may take several). */
    rules: z.record(z.string(), z.array(z.string()).min(1)).refine((r) => Object.keys(r).length > 0, 'at least one slot'),
    'group-by': z.array(z.literal('person')).default(['person']),
    timespan: duration,
    /** event_count / value_count threshold. */
    condition: z.strictObject({ gte: z.number().int().min(1) }).optional(),
    /** value_count: the finding fact (facts.x) or event field whose distinct values are counted. */
    field: z.string().optional(),
    /** Extra condition on the event that completes the correlation (e.g. person.tenureDays). */
    where: MatchSchema.optional(),
    /** temporal_ordered: the longest wait for a slot after the previous slot's finding (e.g. the surge within 14d of the token). */
    within: z.record(z.string(), duration).optional(),
  }).superRefine((c, ctx) => {
    if (c.within && c.type !== 'temporal_ordered') ctx.addIssue({ code: 'custom', message: 'within applies to temporal_ordered only', path: ['within'] });
    for (const slot of Object.keys(c.within ?? {})) if (!(slot in c.rules)) ctx.addIssue({ code: 'custom', message: `within names slot "${slot}", which rules does not define`, path: ['within', slot] });
    if ((c.type === 'event_count' || c.type === 'value_count') && !c.condition) ctx.addIssue({ code: 'custom', message: `${c.type} needs condition.gte`, path: ['condition'] });
    if (c.type === 'value_count' && !c.field) ctx.addIssue({ code: 'custom', message: 'value_count needs field', path: ['field'] });
    if ((c.type === 'temporal' || c.type === 'temporal_ordered') && Object.keys(c.rules).length < 2) ctx.addIssue({ code: 'custom', message: `${c.type} needs at least two slots`, path: ['rules'] });
  }),
  dedup: z.strictObject({ window: duration }).default({ window: '7d' }),
  tests: z.strictObject({
    positive: z.array(CorrelationTest).min(1, 'a correlation needs at least one positive test'),
    negative: z.array(CorrelationTest).min(1, 'a correlation needs at least one negative test'),
  }),
});
export type CorrelationRule = z.output<typeof CorrelationSchema>;
export type CorrelationTestCase = z.output<typeof CorrelationTest>;
