// Streams one file through its Source into the store: valid records kept in batches, bad ones rejected with file:line:field.
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { AppError } from '../errors/app-error.js';
import type { Readable } from 'node:stream';
import type { ParsedItem, Source, Target } from '../sources/types.js';
import type { Db } from '../store/db.js';
import { importRuns } from '../store/schema/index.js';
import { sealForStore } from '../store/sealing/stored-values.js';
import { writeRecords } from '../store/writers.js';
import { chooseSource } from './choose-source.js';
import type { EventPublisher } from './event-publisher.js';
import { openInput } from './open-input.js';
import { rejectWriter } from './reject-file.js';

export interface ImportProblem { file: string; line?: number; field?: string; reason: string }

export interface ImportSummary {
  file: string;
  source: string;
  target: Target;
  accepted: number;
  updated: number;
  duplicate: number;
  rejected: number;
  /** The first problems (all of them are in the reject file). */
  problems: ImportProblem[];
  rejectFile: string | null;
  /** Set when the file could not be read to its end; what came before was kept. */
  fatal: string | null;
  ms: number;
}

export interface ImportOptions {
  db: Db;
  tenantId: string;
  path: string;
  /** Name shown in messages (the upload's original name, or the path). */
  displayName?: string;
  sources: Source[];
  sourceName?: string;
  rejectsDir: string;
  /** Enriches records before they are stored (events only). */
  transform?: (target: Target, records: Record<string, unknown>[]) => Promise<Record<string, unknown>[]> | Record<string, unknown>[];
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  batchSize?: number;
  /** Stream mode: told after each batch is stored (docs/scale.md). */
  publisher?: EventPublisher;
}

const MAX_LISTED_PROBLEMS = 100;

export async function importFile(opts: ImportOptions): Promise<ImportSummary> {
  const started = Date.now();
  const file = opts.displayName ?? opts.path;
  const input = await openInput(opts.path);
  const source = chooseSource({ fileName: file, head: await input.head() }, opts.sources, opts.sourceName);
  const runId = `${new Date(started).toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}`;
  const rejects = rejectWriter(opts.rejectsDir, basename(file), runId);
  const summary: ImportSummary = {
    file, source: source.name, target: source.target, accepted: 0, updated: 0, duplicate: 0, rejected: 0,
    problems: [], rejectFile: null, fatal: null, ms: 0,
  };
  const batchSize = opts.batchSize ?? 2000;
  let batch: Record<string, unknown>[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const transformed = opts.transform ? await opts.transform(source.target, batch) : batch;
    batch = [];
    // Bank accounts, wallets, document numbers and dates of birth are encrypted before they reach the store.
    const records = await sealForStore(opts.db, opts.tenantId, source.target, transformed).catch((e: unknown) => {
      throw new AppError('DB_ERROR', `storing records of ${file} failed: ${e instanceof Error ? e.message : String(e)}`, { status: 500, cause: e });
    });
    const c = await writeRecords(opts.db, opts.tenantId, source.target, records).catch((e: unknown) => {
      throw new AppError('DB_ERROR', `storing records of ${file} failed: ${e instanceof Error ? e.message : String(e)}`, { status: 500, cause: e });
    });
    summary.accepted += c.inserted; summary.updated += c.updated; summary.duplicate += c.duplicate;
    // The batch is stored: a publishing failure is reported as such, never as unreadable input.
    if (opts.publisher) await opts.publisher.stored(source.target).catch((e: unknown) => {
      throw new AppError('STREAM_ERROR', `${file}: stored, but publishing to the stream failed: ${e instanceof Error ? e.message : String(e)}`, { status: 502, cause: e });
    });
  };
  let read = 0;
  const stream = input.open(opts.onProgress ? (n) => { read += n; opts.onProgress?.(read, input.size); } : undefined);
  let lastLine = 0;
  try {
    for await (const items of itemBatches(source, stream, file)) {
      for (const item of items) {
        lastLine = item.line;
        if (item.ok) {
          batch.push(item.record as Record<string, unknown>);
          if (batch.length >= batchSize) await flush();
        } else {
          summary.rejected++;
          rejects.add(item.line, item.problems, item.raw);
          for (const p of item.problems) {
            if (summary.problems.length < MAX_LISTED_PROBLEMS) summary.problems.push({ file, line: p.line, field: p.field, reason: p.reason });
          }
        }
      }
    }
    await flush();
  } catch (e) {
    if (e instanceof AppError && (e.code === 'DB_ERROR' || e.code === 'STREAM_ERROR')) throw e;
    // Keep everything read so far, then say exactly where reading stopped.
    await flush().catch(() => undefined);
    const reason = e instanceof Error ? e.message : String(e);
    summary.fatal = `unreadable after line ${lastLine}: ${reason}`;
    summary.problems.push({ file, line: lastLine + 1, reason: `unreadable from here: ${reason}` });
    stream.destroy();
  }
  summary.rejectFile = await rejects.close();
  summary.ms = Date.now() - started;
  await opts.db.insert(importRuns).values({
    tenantId: opts.tenantId, id: runId, file: basename(file), source: source.name,
    startedAt: new Date(started).toISOString(), finishedAt: new Date().toISOString(),
    accepted: summary.accepted, updated: summary.updated, duplicate: summary.duplicate,
    rejected: summary.rejected + (summary.fatal ? 1 : 0), rejectFile: summary.rejectFile,
  });
  return summary;
}

/** Items several per await when the source can batch them (one await per record dominated large imports). */
async function* itemBatches(source: Source, stream: Readable, file: string): AsyncIterable<ParsedItem[]> {
  if (source.parseBatches) { yield* source.parseBatches(stream, file); return; }
  for await (const item of source.parse(stream, file)) yield [item];
}

export function formatProblem(p: ImportProblem): string {
  return `${[p.file, p.line, p.field].filter((x) => x !== undefined && x !== '').join(':')}: ${p.reason}`;
}

export function formatSummary(s: ImportSummary): string {
  const secs = (s.ms / 1000).toFixed(2);
  return `${s.file} (${s.source}): ${s.accepted} accepted, ${s.updated} updated, ${s.duplicate} duplicate, ${s.rejected} rejected in ${secs}s`
    + (s.rejectFile ? ` — rejects in ${s.rejectFile}` : '') + (s.fatal ? ` — stopped: ${s.fatal}` : '');
}
