// Auto-detection over the whole registry: every fixture picks its own source; none/tie give named errors.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { detectSource } from './detect-format.js';
import { sources } from './registry.js';
import type { Source } from './types.js';

const root = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));
const expected: Record<string, string> = {
  okta: 'okta', 'entra-signin': 'entra-signin', 'entra-audit': 'entra-audit', google: 'google',
  github: 'github', defender: 'defender', vpn: 'vpn',
};

it('detects every vendor fixture as its own source', () => {
  for (const [dir, name] of Object.entries(expected)) {
    for (const f of readdirSync(root + dir).filter((x) => /\.(jsonl?|csv)$/.test(x))
      // A CSV whose columns only a mapping file names cannot be auto-detected; import names its mapping.
      .filter((x) => x !== 'globalprotect-export.csv')) {
      const head = readFileSync(`${root}${dir}/${f}`, 'utf8').slice(0, 64 * 1024);
      const r = detectSource({ fileName: f, head }, sources);
      assert.ok(r.ok, `${dir}/${f}: ${r.ok ? '' : r.error}`);
      if (r.ok) assert.equal(r.source.name, name, `${dir}/${f}`);
    }
  }
});

it('errors when nothing matches, naming the sources tried', () => {
  const r = detectSource({ fileName: 'notes.txt', head: 'hello world\nnot a log\n' }, sources);
  assert.equal(r.ok, false);
  if (!r.ok) { assert.match(r.error, /not recognised/); assert.match(r.error, /okta/); }
});

it('errors on a tie and names both sources', () => {
  const fake = (name: string, c: number): Source => ({ name, target: 'events', detect: () => c, parse: async function* () { /* never read */ } });
  const r = detectSource({ fileName: 'x.jsonl', head: '{}' }, [fake('alpha', 0.8), fake('beta', 0.78), fake('gamma', 0.2)]);
  assert.equal(r.ok, false);
  if (!r.ok) { assert.match(r.error, /ambiguous/); assert.match(r.error, /alpha/); assert.match(r.error, /beta/); assert.doesNotMatch(r.error, /gamma/); }
  const clear = detectSource({ fileName: 'x.jsonl', head: '{}' }, [fake('alpha', 0.9), fake('beta', 0.5)]);
  assert.ok(clear.ok && clear.source.name === 'alpha');
});

it('does not claim canonical CSVs as VPN logs', () => {
  const r = detectSource({ fileName: 'people.csv', head: 'employee_id,email,full_name,employment_type,hire_date,termination_date,job_title,department,residence_country,residence_region,residence_city,residence_postal_code,residence_address,phone,timezone,manager_email\n' }, sources);
  assert.ok(r.ok && r.source.name === 'people');
});
