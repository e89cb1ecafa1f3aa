// Loads watch-list files a user downloaded: OFAC sdn.csv (+ alt.csv/add.csv beside it), SDN.XML, or STIX 2.1 JSON bundles.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseOfacCsv } from './ofac-csv.js';
import { parseOfacXml } from './ofac-xml.js';
import { parseStixBundle } from './stix.js';
import type { WatchlistEntry } from './types.js';

export async function loadWatchlistFile(path: string): Promise<WatchlistEntry[]> {
  const name = basename(path).toLowerCase();
  const text = await readFile(path, 'utf8');
  if (name.endsWith('.xml')) return parseOfacXml(text);
  if (name.endsWith('.json')) return parseStixBundle(JSON.parse(text) as unknown, basename(path));
  if (name.endsWith('.csv')) {
    // OFAC publishes the alias and address tables as sibling files of sdn.csv.
    const sib = async (n: string) => { const p = join(dirname(path), n); return existsSync(p) ? readFile(p, 'utf8') : undefined; };
    return parseOfacCsv({ sdn: text, alt: await sib('alt.csv'), add: await sib('add.csv') });
  }
  throw new Error(`${basename(path)}: unknown watch-list format (expected sdn.csv, sdn.xml or a STIX .json bundle)`);
}
