// Scoring throughput: scorePeople over a synthetic organisation (people, hired candidates, alerts, clusters).
import { scorePeople } from '../src/score/index.js';
import { alert, candidate, cluster, person, RULES, type RuleId } from '../src/score/test-builders.js';

const PEOPLE = 5_000;
const ALERTS = 100_000;
const people = Array.from({ length: PEOPLE }, (_, i) => person({ employee_id: `E${i}` }));
const candidates = Array.from({ length: PEOPLE }, (_, i) => candidate({ candidate_id: `C${i}`, hired_employee_id: i % 2 ? `E${i}` : '' }));
const rules = Object.keys(RULES) as RuleId[];
const sev = ['info', 'low', 'medium', 'high'] as const;
let seed = 7;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const alerts = Array.from({ length: ALERTS }, (_, i) => alert(rules[i % rules.length]!, `E${Math.floor(rnd() * PEOPLE)}`, new Date(Date.UTC(2025, 0, 1) + Math.floor(rnd() * 150) * 86_400_000).toISOString(), sev[Math.floor(rnd() * 4)]!, { id: `a${i}` }));
const clusters = Array.from({ length: 100 }, (_, i) => cluster(`K${i}`, [`E${i * 3}`, `E${i * 3 + 1}`, `E${i * 3 + 2}`]));

const t0 = performance.now();
const scores = scorePeople({ people, candidates, accounts: [], alerts, clusters, suppressions: [], now: '2025-06-01T00:00:00Z' });
const ms = performance.now() - t0;
const levels = scores.reduce<Record<string, number>>((m, s) => ({ ...m, [s.level]: (m[s.level] ?? 0) + 1 }), {});
console.log(`score: ${PEOPLE} people, ${PEOPLE} candidates, ${ALERTS} alerts, ${clusters.length} clusters → ${ms.toFixed(0)} ms (${Math.round(ALERTS / (ms / 1000))} alerts/s); levels ${JSON.stringify(levels)}`);
