// `trustline keys status | rotate [--field]`: the keys that encrypt bank accounts, wallets, document numbers and
// dates of birth at rest (docs/security.md). Prints key ids only, never a key. Rotations are written to the audit log.
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { auditRepo } from '../../audit/index.js';
import { ensureSecuritySchema } from '../../auth/ensure-schema.js';
import { masterKeysInUse } from '../../crypto/index.js';
import type { Db } from '../../store/db.js';
import { keyringFor, keySourceOf } from '../../store/sealing/key-registry.js';
import { rotateFieldKey, rotateMasterKey } from '../../store/sealing/key-rotation.js';
import { keyFilePath } from '../../store/sealing/master-key.js';
import { loadKeyRows } from '../../store/sealing/tenant-keys-repo.js';
import { withDatabase } from '../context.js';

function origin(db: Db): string {
  const s = keySourceOf(db);
  if (process.env.TRUSTLINE_MASTER_KEY?.trim()) return 'TRUSTLINE_MASTER_KEY';
  if (s?.kind === 'directory') return `key file ${keyFilePath(s.dir)}`;
  return s?.kind === 'memory' ? 'throw-away key (in-memory database)' : 'none';
}

async function audited(db: Db, tenantId: string, action: string, detail: Record<string, unknown>): Promise<void> {
  await ensureSecuritySchema(db);
  await auditRepo(db as never, tenantId).append({ actor: `cli:${userInfo().username}`, action, target: `tenant:${tenantId}`, detail });
}

export function register(program: Command): void {
  const keys = program.command('keys').description('encryption keys of sensitive fields at rest: status and rotation (docs/security.md)');
  keys.command('status')
    .description('master key in use and where it comes from, each tenant\'s data keys, and which master keys they still need')
    .action(async () => {
      await withDatabase('keys status', async ({ database }) => {
        const keyring = keyringFor(database.db);
        const rows = await loadKeyRows(database.db);
        const lines = [`master key: ${keyring.current.id} (${origin(database.db)})`];
        const previous = keyring.ids().filter((id) => id !== keyring.current.id);
        if (previous.length) lines.push(`previous master keys configured: ${previous.join(', ')}`);
        for (const tenant of [...new Set(rows.map((r) => r.tenantId))].sort()) {
          lines.push(`tenant ${tenant}:`);
          for (const r of rows.filter((x) => x.tenantId === tenant)) {
            lines.push(`  ${r.purpose} key ${r.id}${r.active ? ' (active)' : ''}, created ${r.createdAt}, wrapped by ${r.wrapped.split(':')[1]}`);
          }
        }
        if (rows.length === 0) lines.push('no data keys yet (they are created when the first sensitive value is stored)');
        const inUse = masterKeysInUse(rows);
        lines.push(`master keys needed by the data keys: ${inUse.join(', ') || 'none'}`);
        const stale = inUse.filter((id) => id !== keyring.current.id);
        if (stale.length) lines.push(`run \`trustline keys rotate\` to re-wrap them under ${keyring.current.id}`);
        process.stdout.write(`${lines.join('\n')}\n`);
      });
    });
  keys.command('rotate')
    .description('re-wrap every data key under the current master key (set the new TRUSTLINE_MASTER_KEY and keep the old one in '
      + 'TRUSTLINE_MASTER_KEYS_PREVIOUS until this has run); with --field: a new field key for the tenant, and every stored value re-encrypted under it')
    .option('--field', 'rotate the tenant\'s field key (on suspicion that a data key leaked) instead of re-wrapping')
    .action(async (opts: { field?: boolean }) => {
      await withDatabase('keys rotate', async ({ env, database }) => {
        const db = database.db;
        const tenant = env.TRUSTLINE_TENANT;
        if (opts.field) {
          const r = await rotateFieldKey(db, tenant);
          const total = Object.values(r.resealed).reduce((a, b) => a + b, 0);
          await audited(db, tenant, 'keys.rotate_field', { fieldKey: r.fieldKey, rows: total });
          const by = Object.entries(r.resealed).map(([t, n]) => `${t} ${n}`).join(', ');
          process.stdout.write(`tenant ${tenant}: new field key ${r.fieldKey}; ${total} rows re-encrypted${by ? ` (${by})` : ''}\n`);
          return;
        }
        const r = await rotateMasterKey(db);
        await audited(db, tenant, 'keys.rewrap', { masterKey: r.current, rewrapped: r.rewrapped });
        process.stdout.write(`${r.rewrapped} data keys re-wrapped under master key ${r.current}; master keys still needed: ${r.masterKeysInUse.join(', ') || 'none'}\n`);
        const src = keySourceOf(db);
        const leftovers = [
          ...(process.env.TRUSTLINE_MASTER_KEYS_PREVIOUS?.trim() ? ['TRUSTLINE_MASTER_KEYS_PREVIOUS'] : []),
          ...(src?.kind === 'directory' && process.env.TRUSTLINE_MASTER_KEY?.trim() && existsSync(keyFilePath(src.dir)) ? [`the old key file ${keyFilePath(src.dir)}`] : []),
        ];
        if (leftovers.length && r.masterKeysInUse.every((id) => id === r.current)) {
          process.stdout.write(`no data key needs a previous master key any more: take ${leftovers.join(' and ')} off this host, and keep the old key `
            + 'offline for as long as backups made before now are kept (they need it)\n');
        }
      });
    });
}
