// One call from options to files on disk, plus the small fixed preset a newcomer's first start loads.
import { buildWorld, type SimulateOptions } from './generate.js';
import { diskSink, renderWorld, type GeneratedFile } from './output.js';
import type { Truth } from './truth.js';

export async function simulate(opts: SimulateOptions): Promise<{ files: GeneratedFile[]; truth: Truth }> {
  const sim = await buildWorld(opts);
  const files = await renderWorld(sim, opts.onProgress);
  return { files, truth: sim.truth };
}

/** Writes each file as soon as it is rendered; the returned files carry paths only (empty data). */
export async function simulateToDir(dir: string, opts: SimulateOptions): Promise<{ files: GeneratedFile[]; truth: Truth }> {
  const sim = await buildWorld(opts);
  const files = await renderWorld(sim, opts.onProgress, diskSink(dir));
  opts.onProgress?.('write', 1, 1);
  return { files, truth: sim.truth };
}

/** First start (`npm start` on an empty database): small, fixed seed, loads in seconds. */
export const FIRST_START_PRESET: SimulateOptions = Object.freeze({
  seed: 'trustline-demo-1', employees: 120, candidates: 60, days: 21, start: '2026-09-01',
  fraudRate: { employees: 0.05, candidates: 0.15 },
});

export function firstStartPreset(dir: string, onProgress?: SimulateOptions['onProgress']) {
  return simulateToDir(dir, { ...FIRST_START_PRESET, onProgress });
}
