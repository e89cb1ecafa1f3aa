// GET /api/applicability: questions with answers computed from the data; POST …/assess: priority, deadline, actions, notices; …/notice.eml.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { listClusters } from '../../store/analysis-repo.js';
import { applicabilityFacts } from '../../store/read/applicability-reads.js';
import type { AuditTrail } from '../audit-trail.js';
import type { ApiDeps } from '../deps.js';
import { assess, computeAnswers, QUESTION_IDS, type Answer, type QuestionId } from './applicability-assess.js';
import { buildNotices, toEml } from './applicability-notice.js';

const AnswerSchema = z.enum(['yes', 'no', 'unknown']);
const Body = z.object({ answers: z.partialRecord(z.enum(QUESTION_IDS), AnswerSchema).default({}), organisation: z.string().trim().max(200).default('') });

export function applicabilityWebRoutes(app: FastifyInstance, deps: ApiDeps, audit: AuditTrail): void {
  const computed = async () => {
    const [facts, clusters] = await Promise.all([applicabilityFacts(deps.database.db, deps.env.TRUSTLINE_TENANT), listClusters(deps.database.db, deps.env.TRUSTLINE_TENANT)]);
    return computeAnswers(facts, clusters.filter((c) => c.kind === 'laptop_farm').length);
  };
  const run = async (body: unknown) => {
    const b = Body.parse(body ?? {});
    const c = await computed();
    // An analyst's answer wins over the computed one; unanswered questions keep what the data says.
    const answers = Object.fromEntries(QUESTION_IDS.map((q) => [q, b.answers[q] ?? c.find((x) => x.id === q)?.answer ?? 'unknown'])) as Record<QuestionId, Answer>;
    const result = assess(answers, c, new Date());
    return { ...result, answers, notices: buildNotices({ ...result, computed: c, organisation: b.organisation || deps.env.TRUSTLINE_TENANT }) };
  };
  app.get('/api/applicability', async () => ({ questions: await computed() }));
  app.post('/api/applicability/assess', async (req) => run(req.body));
  app.post<{ Querystring: { lang?: string } }>('/api/applicability/notice.eml', async (req, reply) => {
    const lang = req.query.lang === 'ja' ? 'ja' : 'en';
    const r = await run(req.body);
    await audit(req, 'export.notice', 'applicability', { lang, priority: r.priority });
    return reply.type('message/rfc822').header('content-disposition', `attachment; filename="trustline-notice-${lang}.eml"`).send(toEml(r.notices[lang]));
  });
}
