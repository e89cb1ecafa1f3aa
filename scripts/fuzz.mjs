// `npm run fuzz`: runs every *.fuzz.ts under src/ and test/ (property-based fuzzing, ≥ 1,000 inputs per parser; FUZZ_RUNS overrides).
import { spawnSync } from 'node:child_process';
import { findFiles } from './find-files.mjs';

const only = process.argv.slice(2);
const files = only.length ? only.sort() : findFiles('.fuzz.ts');
const res = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], { stdio: 'inherit' });
process.exit(res.status ?? 1);
