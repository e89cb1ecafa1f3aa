// Evidence bundle for a case: a ZIP of the person's events (normalized and raw), alerts, document metadata, the
// case and its history, with a manifest of every file's SHA-256 so legal can show nothing changed after export.
import { createHash } from 'node:crypto';
import { and, asc, eq, gt, inArray, or } from 'drizzle-orm';
import JSZip from 'jszip';
import type { Db } from '../store/db.js';
import { rowToEvent } from '../store/events-repo.js';
import { alerts, caseHistory, events } from '../store/schema/index.js';
import { caseSubject, personFootprint } from './person-footprint.js';

export interface ManifestFile { path: string; bytes: number; sha256: string }
export interface EvidenceManifest {
  format: 'trustline-evidence/1';
  caseId: string;
  subject: { kind: string; id: string; employeeId: string | null; candidateIds: string[] };
  exportedAt: string;
  exportedBy: string;
  counts: { events: number; alerts: number; documents: number; historyEntries: number };
  files: ManifestFile[];
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function personEvents(db: Db, tenantId: string, employeeId: string, onBatch: (rows: ReturnType<typeof rowToEvent>[]) => void) {
  let after: { time: string; id: string } | null = null;
  for (;;) {
    const cur: { time: string; id: string } | null = after;
    const rows: (typeof events.$inferSelect)[] = await db.select().from(events).where(and(eq(events.tenantId, tenantId), eq(events.personId, employeeId),
      cur ? or(gt(events.time, cur.time), and(eq(events.time, cur.time), gt(events.id, cur.id))) : undefined))
      .orderBy(asc(events.time), asc(events.id)).limit(2000);
    if (rows.length === 0) return;
    const last: typeof events.$inferSelect = rows[rows.length - 1]!;
    after = { time: last.time, id: last.id };
    onBatch(rows.map(rowToEvent));
  }
}

export async function exportEvidenceBundle(db: Db, tenantId: string, caseId: string, actor: string, clock = new Date()): Promise<{ zip: Buffer; manifest: EvidenceManifest }> {
  const { case: c, subject } = await caseSubject(db, tenantId, caseId);
  const fp = await personFootprint(db, tenantId, subject);
  const history = await db.select().from(caseHistory).where(and(eq(caseHistory.tenantId, tenantId), eq(caseHistory.caseId, caseId))).orderBy(asc(caseHistory.seq));
  const subjectIds = [...new Set([fp.employeeId, ...fp.candidateIds, c.subjectId].filter((x): x is string => !!x))];
  const alertRows = await db.select().from(alerts).where(and(eq(alerts.tenantId, tenantId), inArray(alerts.subjectId, subjectIds))).orderBy(asc(alerts.time), asc(alerts.id));

  const normalized: string[] = [];
  const raw: string[] = [];
  if (fp.employeeId) {
    await personEvents(db, tenantId, fp.employeeId, (batch) => {
      for (const e of batch) {
        const { raw: r, ...rest } = e;
        normalized.push(JSON.stringify(rest));
        raw.push(JSON.stringify({ id: e.id, source: e.source, sourceEventId: e.sourceEventId, raw: r }));
      }
    });
  }
  const exportedAt = clock.toISOString();
  const files: [string, Buffer][] = [
    ['case.json', Buffer.from(JSON.stringify({ ...c, history }, null, 2))],
    ['person.json', Buffer.from(JSON.stringify(fp, null, 2))],
    ['events/normalized.jsonl', Buffer.from(normalized.length ? `${normalized.join('\n')}\n` : '')],
    ['events/raw.jsonl', Buffer.from(raw.length ? `${raw.join('\n')}\n` : '')],
    ['alerts.json', Buffer.from(JSON.stringify(alertRows.map(({ tenantId: _t, ...a }) => a), null, 2))],
    ['documents.json', Buffer.from(JSON.stringify(fp.documents, null, 2))],
  ];
  const manifest: EvidenceManifest = {
    format: 'trustline-evidence/1', caseId, exportedAt, exportedBy: actor,
    subject: { kind: c.subjectKind, id: c.subjectId, employeeId: fp.employeeId, candidateIds: fp.candidateIds },
    counts: { events: normalized.length, alerts: alertRows.length, documents: fp.documents.length, historyEntries: history.length },
    files: files.map(([path, b]) => ({ path, bytes: b.length, sha256: sha256(b) })),
  };
  const zip = new JSZip();
  const date = new Date(exportedAt);
  for (const [path, b] of files) zip.file(path, b, { date });
  const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2));
  zip.file('manifest.json', manifestBytes, { date });
  const out = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  // The history records the manifest's own hash: a bundle produced later cannot pass for this one.
  await db.insert(caseHistory).values({ tenantId, caseId, actor, action: 'evidence_exported',
    detail: { manifestSha256: sha256(manifestBytes), zipSha256: sha256(out), files: manifest.files.length, events: normalized.length } });
  return { zip: out, manifest };
}

/** Re-checks a bundle against its manifest: every listed file present with the same hash, nothing unlisted. */
export async function verifyEvidenceBundle(zipBytes: Buffer): Promise<{ ok: boolean; problems: string[]; manifest: EvidenceManifest | null }> {
  const zip = await JSZip.loadAsync(zipBytes);
  const m = zip.file('manifest.json');
  if (!m) return { ok: false, problems: ['no manifest.json'], manifest: null };
  const manifest = JSON.parse(await m.async('string')) as EvidenceManifest;
  const problems: string[] = [];
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const f of manifest.files) {
    const entry = zip.file(f.path);
    if (!entry) { problems.push(`${f.path}: missing`); continue; }
    const b = await entry.async('nodebuffer');
    if (sha256(b) !== f.sha256) problems.push(`${f.path}: SHA-256 differs`);
  }
  zip.forEach((path, e) => { if (!e.dir && path !== 'manifest.json' && !listed.has(path)) problems.push(`${path}: not in the manifest`); });
  return { ok: problems.length === 0, problems, manifest };
}
