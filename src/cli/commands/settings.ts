// `trustline settings corporate-ranges [cidrs…]`: shows or sets the organisation's own egress ranges (classed `corporate`).
import type { Command } from 'commander';
import { getCorporateRanges, setCorporateRanges } from '../../store/settings-repo.js';
import { withDatabase } from '../context.js';

export function register(program: Command): void {
  const settings = program.command('settings').description('per-tenant settings stored with the data');
  settings.command('corporate-ranges')
    .description('show, or replace with the given list, the organisation\'s own egress IPs/CIDRs (corporate VPN, offices); applies to events imported afterwards')
    .argument('[cidrs...]', 'IP addresses or CIDR ranges; none = show')
    .action(async (cidrs: string[]) => {
      await withDatabase('settings', async ({ env, database }) => {
        if (cidrs.length) await setCorporateRanges(database.db, env.TRUSTLINE_TENANT, cidrs.flatMap((c) => c.split(',')).map((c) => c.trim()).filter(Boolean));
        const now = await getCorporateRanges(database.db, env.TRUSTLINE_TENANT);
        process.stdout.write(now.length ? `${now.join('\n')}\n` : 'no corporate ranges set\n');
      });
    });
}
