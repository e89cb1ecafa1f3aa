import { pgliteTestDatabase } from './test/support/test-db.js';
import { seedSimulated, WEB_TEST_WORLD } from './test/e2e/web/seed.js';
import { sql } from 'drizzle-orm';
const db = await pgliteTestDatabase();
await seedSimulated(db, 'default', { ...WEB_TEST_WORLD, employees: 30, candidates: 12, days: 7 });
const r = await db.db.execute(sql`select count(*) n, count(enrichment->'ip'->>'lat') lat, count(enrichment) e from events`);
console.log(JSON.stringify(r));
const r2 = await db.db.execute(sql`select enrichment from events where enrichment is not null limit 2`);
console.log(JSON.stringify(r2).slice(0, 800));
