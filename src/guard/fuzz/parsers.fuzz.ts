// Full fuzz run (`npm run fuzz`): ≥ 1,000 generated hostile inputs per parser; FUZZ_RUNS overrides.
import { registerFuzzTests } from './register.js';

const runs = Number(process.env.FUZZ_RUNS ?? 1000);
await registerFuzzTests(runs, runs);
