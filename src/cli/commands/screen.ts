// CLI: `trustline screen <files or dirs…> [--json] [--watchlist files…] [--lang ja]` screens resume documents now:
// metadata flags (H1), reuse across the files and stored resumes (H2), optional watch-list matches (H10).
import type { Command } from 'commander';
import type { Alert } from '../../model/alert.js';
import { screenFiles, type FileScreenResult } from '../../screen/batch/screen-files.js';
import type { ResumeInput } from '../../screen/similarity/resume-clusters.js';
import { createWatchlistIndex, loadWatchlistFile } from '../../screen/watchlist/index.js';
import type { ParsedDocument } from '../../screen/documents/types.js';

/** What `screen` needs from storage; the lead wires it to src/store. Without it, results are printed only. */
export interface ScreenStore {
  /** Keep each parsed document (text, metadata, facts) keyed by sha256, with the path it came from. */
  saveDocuments(docs: { path: string; doc: ParsedDocument }[]): Promise<void>;
  /** Resumes stored earlier, so a new file is compared with every past one. */
  listStoredResumes(): Promise<ResumeInput[]>;
  insertAlerts(alerts: Alert[]): Promise<void>;
}

export interface ScreenDeps {
  openStore?: () => Promise<ScreenStore>;
  write?: (text: string) => void;
}

const SEV = ['critical', 'high', 'medium', 'low', 'info'];

function printText(r: FileScreenResult, lang: 'en' | 'ja', write: (t: string) => void): void {
  write(`${r.documents.length} document(s) screened, ${r.errors.length} unreadable, ${r.alerts.length} finding(s), ${r.clusters.length} reuse cluster(s)\n`);
  for (const e of r.errors) write(`  ! ${e.path}: [${e.code}] ${e.message}\n`);
  const sorted = [...r.alerts].sort((a, b) => SEV.indexOf(a.severity) - SEV.indexOf(b.severity) || a.subjectId.localeCompare(b.subjectId));
  for (const a of sorted) {
    write(`\n[${a.severity.toUpperCase()}] ${a.signals.join(',')} ${a.ruleId}  ${a.subjectId}\n  ${a.summary[lang]}\n`);
    const f = a.evidence.facts;
    const keys = Object.keys(f).filter((k) => !['edges', 'matches', 'sha256'].includes(k));
    for (const k of keys.slice(0, 8)) write(`    ${k}: ${JSON.stringify(f[k])}\n`);
  }
  for (const c of r.clusters) {
    write(`\nreuse cluster ${c.id} (score ${c.score.toFixed(2)}): ${c.members.map((m) => m.docId).join(', ')}\n`);
    for (const e of c.edges) {
      write(`  ${e.a} ~ ${e.b}: ${e.kinds.join('+')} text J=${e.textJaccard} layout=${e.layoutSimilarity}${e.sharedMetadata.length ? ` metadata=${e.sharedMetadata.join('; ')}` : ''}\n`);
      for (const p of e.passages.slice(0, 3)) write(`    "${p.text.replace(/\s+/g, ' ').slice(0, 100)}${p.text.length > 100 ? '…' : ''}" (${p.words} words)\n`);
    }
  }
}

export function register(program: Command, deps: ScreenDeps = {}): void {
  const write = deps.write ?? ((t: string) => process.stdout.write(t));
  program
    .command('screen <paths...>')
    .description('screen resume files (PDF, DOCX, text) or folders now: metadata, reuse across files, watch-lists')
    .option('--json', 'print JSON')
    .option('--watchlist <files...>', 'OFAC sdn.csv / SDN.XML or STIX 2.1 .json bundles to match names and contacts against')
    .option('--lang <lang>', 'summary language: en or ja', 'en')
    .action(async (paths: string[], opts: { json?: boolean; watchlist?: string[]; lang?: string }) => {
      const entries = (await Promise.all((opts.watchlist ?? []).map(loadWatchlistFile))).flat();
      const watchlist = entries.length ? createWatchlistIndex(entries) : undefined;
      const store = deps.openStore ? await deps.openStore() : undefined;
      const result = await screenFiles(paths, { watchlist, prior: store ? await store.listStoredResumes() : [] });
      if (store) {
        await store.saveDocuments(result.documents);
        await store.insertAlerts(result.alerts);
      }
      if (opts.json) {
        write(`${JSON.stringify({
          documents: result.documents.map(({ path, doc }) => ({ path, format: doc.format, sha256: doc.sha256, bytes: doc.bytes, meta: doc.meta, facts: { ...doc.facts, sections: Object.keys(doc.facts.sections) } })),
          errors: result.errors, alerts: result.alerts, clusters: result.clusters,
        }, null, 2)}\n`);
      } else printText(result, opts.lang === 'ja' ? 'ja' : 'en', write);
      if (result.documents.length === 0) process.exitCode = 2;
    });
}
