// Drizzle table of wrapped per-tenant data keys (to move into src/store/schema/ with its migration).
import { boolean, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

export const dataKeys = pgTable('data_keys', {
  tenantId: text('tenant_id').notNull().default('default'),
  id: text('id').notNull(),
  /** `field` (encrypts values) or `index` (blind indexes). */
  purpose: text('purpose').notNull(),
  /** The data key encrypted by a master key: `v1:masterKeyId:iv:ct:tag`. Never the key itself. */
  wrapped: text('wrapped').notNull(),
  createdAt: text('created_at').notNull(),
  active: boolean('active').notNull().default(false),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('data_keys_tenant_idx').on(t.tenantId, t.purpose)]);
