// GET /api/people: the stored people, paged and searchable.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { listPeople } from '../../store/people-repo.js';
import type { ApiDeps } from '../deps.js';

const Query = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
  search: z.string().trim().min(1).max(200).optional(),
});

export const PersonOut = z.object({
  employeeId: z.string(), email: z.string(), fullName: z.string(), employmentType: z.string(),
  hireDate: z.string(), terminationDate: z.string().nullable(), jobTitle: z.string().nullable(),
  department: z.string().nullable(), residenceCountry: z.string().nullable(), residenceCity: z.string().nullable(),
  timezone: z.string().nullable(),
});
const Out = z.object({ total: z.number(), items: z.array(PersonOut) });

export function peopleRoutes(app: FastifyInstance, deps: ApiDeps): void {
  app.get('/api/people', async (req) => {
    const q = Query.parse(req.query);
    const res = await listPeople(deps.database.db, deps.env.TRUSTLINE_TENANT, q);
    return Out.parse({ total: res.total, items: res.items });
  });
}
