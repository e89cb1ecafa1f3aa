// Simulator speed: the default-size organisation and the first-start preset, generated in memory (no disk writes).
import { simulate, FIRST_START_PRESET } from '../src/simulate/index.js';

async function time(label: string, opts: Parameters<typeof simulate>[0]): Promise<void> {
  const t0 = performance.now();
  const { files, truth } = await simulate(opts);
  const ms = performance.now() - t0;
  const bytes = files.reduce((s, f) => s + (typeof f.data === 'string' ? Buffer.byteLength(f.data) : f.data.byteLength), 0);
  console.log(`${label}: ${(ms / 1000).toFixed(1)} s, ${files.length} files, ${(bytes / 1e6).toFixed(0)} MB, ${truth.signals.length} planted signals, heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
}

await time('first-start preset (120 people, 60 candidates, 21 days)', FIRST_START_PRESET);
await time('default (500 people, 300 candidates, 45 days)', { seed: 1, employees: 500, candidates: 300, days: 45 });
