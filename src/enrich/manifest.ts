// The data manifest (data/manifest.json): what each dataset is, where from, licence, date; status and offline update.
import { copyFileSync, existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { z } from 'zod';
import { packageVersion, resolveDataFile } from './data-paths.js';
import { DATASET_FORMATS, validateDatasetFile } from './dataset-validate.js';

const DatasetFile = z.object({
  /** Path under the data dir. An update places the new file here. */
  path: z.string(),
  format: z.enum(DATASET_FORMATS),
  /** npm package that ships this file when the data dir has no copy of its own. */
  npm: z.string().optional(),
});

const Dataset = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string(),
  licence: z.string(),
  attribution: z.string().optional(),
  /** Snapshot date (ISO) or commit of the copy in use. */
  version: z.string(),
  date: z.string(),
  made: z.string().optional(),
  files: z.array(DatasetFile).min(1),
});

export const ManifestSchema = z.object({ datasets: z.array(Dataset) });
export type Manifest = z.output<typeof ManifestSchema>;

export const MANIFEST_FILE = 'manifest.json';

export function readManifest(dataDir: string): Manifest {
  return ManifestSchema.parse(JSON.parse(readFileSync(join(dataDir, MANIFEST_FILE), 'utf8')));
}

export interface DatasetStatus {
  id: string;
  title: string;
  version: string;
  date: string;
  source: string;
  licence: string;
  files: { path: string; present: boolean; bytes: number | null; from: 'data' | 'npm' }[];
}

export function datasetStatus(dataDir: string): DatasetStatus[] {
  return readManifest(dataDir).datasets.map((d) => {
    const files = d.files.map((f) => {
      const local = join(dataDir, f.path);
      const used = f.npm ? resolveDataFile(dataDir, dirname(f.path), basename(f.path), f.npm) : local;
      const present = existsSync(used);
      return { path: f.path, present, bytes: present ? statSync(used).size : null, from: used === local ? ('data' as const) : ('npm' as const) };
    });
    // npm-shipped data reports the installed package version unless an update replaced it locally.
    const npm = d.files.find((f) => f.npm)?.npm;
    const fromNpm = files.every((f) => f.from === 'npm');
    const version = npm && fromNpm ? `${npm}@${packageVersion(npm) ?? '?'}` : d.version;
    return { id: d.id, title: d.title, version, date: d.date, source: d.source, licence: d.licence, files };
  });
}

export interface UpdateResult { dataset: string; file: string; outcome: 'updated' | 'rejected' | 'absent'; detail: string }

/** Finds a replacement in fromDir by the file's path under data/ or by its bare file name. */
function candidateIn(fromDir: string, path: string): string | null {
  for (const c of [join(fromDir, path), join(fromDir, basename(path))]) if (existsSync(c) && statSync(c).isFile()) return c;
  return null;
}

/**
 * Offline update: every file found in fromDir is validated first; only valid files replace the
 * current ones (copy to a temporary name, then rename, so a crash never leaves half a file).
 */
export function updateDatasets(dataDir: string, fromDir: string, today = new Date().toISOString().slice(0, 10)): UpdateResult[] {
  const manifest = readManifest(dataDir);
  const results: UpdateResult[] = [];
  for (const d of manifest.datasets) {
    let changed = false;
    for (const f of d.files) {
      const src = candidateIn(fromDir, f.path);
      if (!src) { results.push({ dataset: d.id, file: f.path, outcome: 'absent', detail: 'not in update folder' }); continue; }
      const v = validateDatasetFile(src, f.format);
      if (!v.ok) { results.push({ dataset: d.id, file: f.path, outcome: 'rejected', detail: v.reason }); continue; }
      const dest = join(dataDir, f.path);
      mkdirSync(dirname(dest), { recursive: true });
      copyFileSync(src, `${dest}.tmp`);
      renameSync(`${dest}.tmp`, dest);
      changed = true;
      results.push({ dataset: d.id, file: f.path, outcome: 'updated', detail: `${v.items} entries` });
    }
    if (changed) {
      d.version = `local update ${today}`;
      d.date = today;
    }
  }
  writeFileSync(join(dataDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return results;
}
