// `trustline share export|import`: STIX 2.1 bundles of confirmed-case indicators out (optionally keyed-hashed), and
// partners' bundles into the watch list that screening matches against.
import type { Command } from 'commander';
import { readFileSync, writeFileSync } from 'node:fs';
import { exportShareBundle, importShareBundle } from '../../response/index.js';
import { TLP_LEVELS, type Tlp } from '../../share/index.js';
import type { Db } from '../../store/db.js';
import { withDatabase } from '../context.js';

export interface ShareExportOptions { out: string; tlp?: string; hashed?: boolean; keyEnv?: string; keyId?: string; levels?: string; producer?: string }

export async function runShareExport(db: Db, tenantId: string, o: ShareExportOptions, env: NodeJS.ProcessEnv, now: number | string = Date.now()): Promise<string> {
  const tlp = (o.tlp ?? 'amber') as Tlp;
  if (!(TLP_LEVELS as readonly string[]).includes(tlp)) throw new Error(`unknown TLP ${o.tlp} (${TLP_LEVELS.join('|')})`);
  let hmac: { key: string; keyId: string } | undefined;
  if (o.hashed) {
    const name = o.keyEnv ?? 'TRUSTLINE_SHARE_KEY';
    const key = env[name];
    if (!key || key.length < 16) throw new Error(`--hashed needs the key in ${name} (at least 16 characters, agreed with the partners)`);
    hmac = { key, keyId: o.keyId ?? env['TRUSTLINE_SHARE_KEY_ID'] ?? 'default' };
  }
  const r = await exportShareBundle(db, tenantId, { producer: { name: o.producer ?? 'Trustline' }, tlp, now, ...(hmac ? { hmac } : {}) },
    { levels: o.levels ? o.levels.split(',').map((s) => s.trim()).filter(Boolean) : [] });
  writeFileSync(o.out, `${JSON.stringify(r.bundle, null, 2)}\n`);
  const n = r.bundle.objects.filter((x) => x.type === 'indicator').length;
  return `${n} indicators from ${r.people} ${r.people === 1 ? 'person' : 'people'} written to ${o.out} (TLP:${tlp.toUpperCase()}${hmac ? `, personal identifiers as HMAC-SHA256, key id ${hmac.keyId}` : ''})${r.skipped.length ? `; ${r.skipped.length} invalid values skipped` : ''}\n`;
}

export async function runShareImport(db: Db, tenantId: string, file: string, o: { source?: string }): Promise<string> {
  const json = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const r = await importShareBundle(db, tenantId, json, { source: o.source });
  return `${r.read} indicators read, ${r.added} new on the watch list, ${r.skipped} skipped${r.errors.length ? `, ${r.errors.length} malformed objects` : ''}\n`;
}

export function register(program: Command): void {
  const share = program.command('share').description('share indicators with partners as STIX 2.1 (R3)');
  share.command('export')
    .description('write indicators of confirmed cases (e-mails, phones, VPN IPs and ASNs, wallets, document authors, resume hashes) as a STIX 2.1 bundle')
    .requiredOption('--out <file>', 'bundle file to write')
    .option('--tlp <level>', `TLP marking (${TLP_LEVELS.join('|')})`, 'amber')
    .option('--hashed', 'share personal identifiers as keyed hashes (HMAC-SHA256)')
    .option('--key-env <name>', 'environment variable holding the shared key', 'TRUSTLINE_SHARE_KEY')
    .option('--key-id <id>', 'the key\'s public id, so partners know which key to use')
    .option('--levels <list>', 'also share people at these risk levels, e.g. critical')
    .option('--producer <name>', 'organisation name in the bundle', 'Trustline')
    .action(async (opts: ShareExportOptions) => {
      await withDatabase('share export', async ({ env, database }) => {
        process.stdout.write(await runShareExport(database.db, env.TRUSTLINE_TENANT, opts, process.env));
      });
    });
  share.command('import <file>')
    .description('add a partner\'s STIX 2.1 bundle to the watch list screening matches against')
    .option('--source <name>', 'label when the bundle names no producer')
    .action(async (file: string, opts: { source?: string }) => {
      await withDatabase('share import', async ({ env, database }) => {
        process.stdout.write(await runShareImport(database.db, env.TRUSTLINE_TENANT, file, opts));
      });
    });
}
