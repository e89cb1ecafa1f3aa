// Reads HR-side records back as model types (timestamps as UTC ISO, storage columns dropped, sensitive values decrypted).
import { eq } from 'drizzle-orm';
import type { Account } from '../model/account.js';
import type { Candidate, IdvCheck, Interview, Reference } from '../model/candidate.js';
import type { PayDestinationIndexes, PayrollRecord, Shipment } from '../model/onboarding.js';
import type { Person } from '../model/person.js';
import type { Db } from './db.js';
import { openStored } from './sealing/stored-values.js';
import { accounts, candidates, idvChecks, interviews, payroll, people, references, shipments } from './schema/index.js';

const iso = (v: string | null): string | null => (v === null ? null : new Date(v).toISOString());

function strip<T extends { tenantId: string; rowHash: string; importedAt: string }>(r: T) {
  const { tenantId: _t, rowHash: _h, importedAt: _i, ...rest } = r;
  return rest;
}

export async function loadPeople(db: Db, tenantId: string): Promise<Person[]> {
  return (await openStored(db, tenantId, 'people', await db.select().from(people).where(eq(people.tenantId, tenantId)))).map((r) => strip(r) as Person);
}
export async function loadAccounts(db: Db, tenantId: string): Promise<Account[]> {
  return (await openStored(db, tenantId, 'accounts', await db.select().from(accounts).where(eq(accounts.tenantId, tenantId)))).map((r) => strip(r) as Account);
}
export async function loadShipments(db: Db, tenantId: string): Promise<Shipment[]> {
  return (await openStored(db, tenantId, 'shipments', await db.select().from(shipments).where(eq(shipments.tenantId, tenantId))))
    .map((r) => ({ ...strip(r), shippedAt: iso(r.shippedAt) }) as Shipment);
}
/** Payroll records with their numbers decrypted and their blind indexes (for the shared-destination check). */
export async function loadPayroll(db: Db, tenantId: string): Promise<(PayrollRecord & PayDestinationIndexes)[]> {
  return (await openStored(db, tenantId, 'payroll', await db.select().from(payroll).where(eq(payroll.tenantId, tenantId))))
    .map((r) => { const { id: _id, ...rest } = strip(r); return rest as PayrollRecord & PayDestinationIndexes; });
}
export async function loadCandidates(db: Db, tenantId: string): Promise<Candidate[]> {
  return (await openStored(db, tenantId, 'candidates', await db.select().from(candidates).where(eq(candidates.tenantId, tenantId))))
    .map((r) => ({ ...strip(r), appliedAt: iso(r.appliedAt) }) as Candidate);
}
export async function loadReferences(db: Db, tenantId: string): Promise<Reference[]> {
  return (await openStored(db, tenantId, 'references', await db.select().from(references).where(eq(references.tenantId, tenantId)))).map((r) => { const { id: _id, ...rest } = strip(r); return rest as Reference; });
}
export async function loadInterviews(db: Db, tenantId: string): Promise<Interview[]> {
  return (await openStored(db, tenantId, 'interviews', await db.select().from(interviews).where(eq(interviews.tenantId, tenantId))))
    .map((r) => { const { id: _id, ...rest } = strip(r); return { ...rest, heldAt: iso(r.heldAt) } as Interview; });
}
export async function loadIdvChecks(db: Db, tenantId: string): Promise<IdvCheck[]> {
  return (await openStored(db, tenantId, 'idv', await db.select().from(idvChecks).where(eq(idvChecks.tenantId, tenantId))))
    .map((r) => { const { id: _id, ...rest } = strip(r); return { ...rest, checkedAt: iso(r.checkedAt) } as IdvCheck; });
}
