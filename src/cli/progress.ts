// A byte-based progress bar on an interactive terminal only: CI logs and pipes stay clean.
import { SingleBar, Presets } from 'cli-progress';

export interface Progress { update(done: number, total: number): void; stop(): void }

export function progressBar(label: string): Progress {
  if (!process.stderr.isTTY || process.env.CI) return { update() {}, stop() {} };
  const bar = new SingleBar({ format: `${label} [{bar}] {percentage}% | {value}/{total} bytes`, stream: process.stderr, hideCursor: true }, Presets.shades_classic);
  let started = false;
  return {
    update(done, total) {
      if (!started) { bar.start(total, 0); started = true; }
      bar.update(Math.min(done, total));
    },
    stop() { if (started) bar.stop(); },
  };
}
