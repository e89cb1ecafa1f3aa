// Per-tenant data keys for the encryption of sensitive fields at rest (src/crypto/), stored only wrapped by a master key.
import { boolean, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { tenant } from './columns.js';

export const dataKeys = pgTable('data_keys', {
  tenantId: tenant(),
  id: text('id').notNull(),
  /** `field` (encrypts values) or `index` (blind indexes). */
  purpose: text('purpose').notNull(),
  /** The data key encrypted by a master key: `v1:masterKeyId:iv:ct:tag`. Never the key itself. */
  wrapped: text('wrapped').notNull(),
  createdAt: text('created_at').notNull(),
  /** The field key new values are encrypted with; exactly one per tenant. */
  active: boolean('active').notNull().default(false),
}, (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('data_keys_tenant_idx').on(t.tenantId, t.purpose)]);
