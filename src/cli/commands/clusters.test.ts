import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Command } from 'commander';
import { register } from './clusters.js';
import { pay, person } from '../../onboard/test-builders.js';

function run(args: string[]) {
  let out = '';
  const program = new Command().exitOverride();
  register(program, {
    openSource: async () => ({
      loadOnboardingInput: async () => ({
        people: [person({ employee_id: 'P1', full_name: 'Olivia Martin' }), person({ employee_id: 'P2', full_name: 'Ethan Walker' }), person({ employee_id: 'P3', full_name: 'Ava Chen' })],
        payroll: [
          pay({ employee_id: 'P1', bic: 'CHASUS33', account_number: '000123456789' }),
          pay({ employee_id: 'P2', bic: 'CHASUS33', account_number: '000123456789' }),
          pay({ employee_id: 'P3', bic: 'CHASUS33', account_number: '000987654321' }),
        ],
      }),
    }),
    write: (t) => { out += t; },
  });
  return program.parseAsync(['node', 'trustline', 'clusters', ...args]).then(() => out);
}

test('clusters --json lists the shared-payment cluster and nobody else', async () => {
  const parsed = JSON.parse(await run(['--json'])) as { clusters: { kind: string; members: string[] }[] };
  assert.deepEqual(parsed.clusters.map((c) => [c.kind, c.members]), [['shared_payment', ['P1', 'P2']]]);
});

test('clusters prints explanations in Japanese on request, and masks the account number', async () => {
  const text = await run(['--lang', 'ja']);
  assert.match(text, /2 人分の給与が同じ口座へ/);
  assert.ok(!text.includes('000123456789'));
  assert.doesNotMatch(text, /P3/);
});
