// ATT&CK names cover every technique id SIGNALS.md R7 and the rules use; per-person techniques are counted and dated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { techniqueName, techniquesSeen, techniqueUrl } from './attack.js';

const src = fileURLToPath(new URL('..', import.meta.url));
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(ya?ml|ts)$/.test(e.name) && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []));
}

test('every technique id used by rules and detectors has a name', () => {
  const ids = new Set<string>();
  for (const f of ['detect', 'correlate', 'onboard', 'screen'].flatMap((d) => files(join(src, d)))) {
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      if (!/attack/i.test(line)) continue;
      for (const m of line.matchAll(/\bT\d{4}(?:\.\d{3})?\b/g)) ids.add(m[0]);
    }
  }
  assert.ok(ids.size >= 10, `found ${ids.size} ids`);
  const missing = [...ids].filter((id) => !techniqueName(id));
  assert.deepEqual(missing, []);
});

test('SIGNALS.md R7 techniques are named', () => {
  for (const [id, name] of [['T1078', 'Valid Accounts'], ['T1133', 'External Remote Services'], ['T1087', 'Account Discovery'], ['T1069', 'Permission Groups Discovery'],
    ['T1562', 'Impair Defenses'], ['T1070', 'Indicator Removal'], ['T1552', 'Unsecured Credentials'], ['T1555', 'Credentials from Password Stores'],
    ['T1041', 'Exfiltration Over C2 Channel'], ['T1195', 'Supply Chain Compromise'], ['T1036', 'Masquerading'], ['T1556', 'Modify Authentication Process'],
    ['T1090', 'Proxy'], ['T1021', 'Remote Services']] as const) assert.equal(techniqueName(id), name);
  assert.equal(techniqueName('T1090.999'), 'Proxy', 'unknown sub-technique falls back to its parent');
  assert.equal(techniqueName('T9999'), null);
  assert.equal(techniqueUrl('T1562.001'), 'https://attack.mitre.org/techniques/T1562/001/');
});

test('techniquesSeen counts, dates and orders techniques', () => {
  const seen = techniquesSeen([
    { attack: ['T1078', 'T1090'], time: '2025-05-02T00:00:00Z', ruleId: 'anonymizer-sign-in' },
    { attack: ['t1078'], time: '2025-05-01T00:00:00Z', ruleId: 'impossible-travel' },
    { attack: [], time: '2025-05-03T00:00:00Z', ruleId: 'holiday-pattern' },
  ]);
  assert.deepEqual(seen.map((t) => [t.id, t.count, t.firstSeen, t.lastSeen, t.rules.join(',')]), [
    ['T1078', 2, '2025-05-01T00:00:00Z', '2025-05-02T00:00:00Z', 'anonymizer-sign-in,impossible-travel'],
    ['T1090', 1, '2025-05-02T00:00:00Z', '2025-05-02T00:00:00Z', 'anonymizer-sign-in'],
  ]);
});
