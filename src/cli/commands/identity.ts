// `trustline identity confirm|split`: an analyst's decision on one identity link, kept across every later analysis.
import type { Command } from 'commander';
import { LINK_KINDS } from '../../score/index.js';
import { saveIdentityDecision } from '../../store/scores-repo.js';
import { withDatabase } from '../context.js';

export function register(program: Command): void {
  const identity = program.command('identity').description('confirm or split identity links (applied from the next `trustline analyze`)');
  for (const decision of ['confirm', 'split'] as const) {
    identity.command(decision)
      .description(decision === 'confirm' ? 'confirm that a value belongs to a person (confidence 1.0)' : 'remove a link the resolver made')
      .argument('<person>', 'employee:<id> or candidate:<id>')
      .argument('<kind>', LINK_KINDS.join('|'))
      .argument('<system>', 'okta, entra, google, github, defender, vpn, payroll, shipment, candidate…')
      .argument('<value>', 'the account, actor, e-mail or id')
      .option('--by <who>', 'who decided', process.env.USER ?? 'cli')
      .action(async (personId: string, kind: string, system: string, value: string, opts: { by: string }) => {
        if (!/^(employee|candidate):.+/.test(personId)) { process.stderr.write('person must be employee:<id> or candidate:<id>\n'); process.exitCode = 2; return; }
        if (!(LINK_KINDS as readonly string[]).includes(kind)) { process.stderr.write(`kind must be one of ${LINK_KINDS.join(', ')}\n`); process.exitCode = 2; return; }
        await withDatabase('identity', async ({ env, database }) => {
          await saveIdentityDecision(database.db, env.TRUSTLINE_TENANT, { decision, personId, kind, system, value: value.toLowerCase(), by: opts.by });
          process.stdout.write(`${decision}: ${personId} ${kind} ${system} ${value} (run \`trustline analyze\` to re-score)\n`);
        });
      });
  }
}
