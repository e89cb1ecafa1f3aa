// Screens resume files straight from disk: parse each (errors kept per file), H1 per document, H2 across all, optional watch-list.
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Alert } from '../../model/alert.js';
import { documentFindings } from '../documents/document-findings.js';
import { DocumentError, type DocumentLimits } from '../documents/limits.js';
import { DOCUMENT_EXTENSIONS, parseDocumentFile } from '../documents/parse-document.js';
import { parseDocumentFileIsolated } from '../documents/parse-isolated.js';
import type { ParsedDocument } from '../documents/types.js';
import { resumeClusterAlerts } from '../similarity/cluster-findings.js';
import { clusterResumes, type ResumeCluster, type ResumeInput } from '../similarity/resume-clusters.js';
import { watchlistAlerts, type WatchlistIndex } from '../watchlist/matcher.js';

export interface FileScreenResult {
  documents: { path: string; doc: ParsedDocument }[];
  errors: { path: string; code: string; message: string }[];
  alerts: Alert[];
  clusters: ResumeCluster[];
}

/** Files under the given paths with a resume extension; directories are walked, symlinked dirs are not followed. */
export async function collectFiles(paths: string[], maxFiles = 100_000): Promise<string[]> {
  const out: string[] = [];
  const walk = async (p: string): Promise<void> => {
    if (out.length >= maxFiles) return;
    const s = await stat(p);
    if (s.isDirectory()) {
      for (const e of (await readdir(p, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
        if (e.isDirectory()) await walk(join(p, e.name));
        else if (e.isFile() && DOCUMENT_EXTENSIONS.includes(extname(e.name).toLowerCase())) out.push(join(p, e.name));
      }
    } else out.push(p);
  };
  for (const p of paths) await walk(p);
  return out;
}

export interface ScreenFilesOptions {
  limits?: Partial<DocumentLimits>;
  watchlist?: WatchlistIndex;
  prior?: ResumeInput[];
  /** Parse each file in its own worker with time and heap limits (untrusted uploads); `concurrency` workers at a time. */
  isolate?: { concurrency?: number; maxHeapMb?: number };
}

export async function screenFiles(paths: string[], opts: ScreenFilesOptions = {}): Promise<FileScreenResult> {
  const files = await collectFiles(paths);
  const iso = opts.isolate;
  const parse = iso
    ? (path: string) => parseDocumentFileIsolated(path, { limits: opts.limits, maxHeapMb: iso.maxHeapMb })
    : (path: string) => parseDocumentFile(path, opts.limits);
  const outcomes = new Array<{ doc: ParsedDocument } | { error: unknown }>(files.length);
  // Workers run side by side (each costs a few hundred ms to start); results keep the files' order.
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < files.length; i = next++) {
      try { outcomes[i] = { doc: await parse(files[i]!) }; } catch (error) { outcomes[i] = { error }; }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, iso ? iso.concurrency ?? 2 : 1) }, lane));
  const documents: FileScreenResult['documents'] = [];
  const errors: FileScreenResult['errors'] = [];
  files.forEach((path, i) => {
    const o = outcomes[i]!;
    if ('doc' in o) documents.push({ path, doc: o.doc });
    else errors.push({ path, code: o.error instanceof DocumentError ? o.error.code : 'unreadable', message: (o.error as Error).message });
  });
  // With no application record, the file itself is the subject: its path is the id, its first line the claimed name.
  const alerts: Alert[] = [];
  for (const { path, doc } of documents) {
    alerts.push(...documentFindings(doc, { candidateId: path, candidateName: doc.facts.nameLine }));
    if (opts.watchlist) {
      const m = opts.watchlist.screen({ names: doc.facts.nameLine ? [doc.facts.nameLine] : [], emails: doc.facts.emails, phones: doc.facts.phones, domains: doc.facts.urls });
      alerts.push(...watchlistAlerts(path, m));
    }
  }
  const fresh = new Set(documents.map((d) => d.path));
  // Stored resumes take part so reuse across time is found, but only clusters touching a new file are reported.
  const clusters = clusterResumes([
    ...(opts.prior ?? []).filter((p) => !fresh.has(p.docId)),
    ...documents.map(({ path, doc }) => ({ docId: path, subjectId: path, text: doc.text, meta: doc.meta })),
  ]).filter((c) => c.members.some((m) => fresh.has(m.docId)));
  alerts.push(...resumeClusterAlerts(clusters).filter((a) => fresh.has(a.subjectId)));
  return { documents, errors, alerts, clusters };
}
