// Runs one exported function of a module in a worker thread with a wall-clock and a heap limit, so a hostile
// input that hangs or balloons a parser is stopped without stalling or crashing the calling process.
import { Worker } from 'node:worker_threads';

export interface IsolationLimits {
  /** Wall-clock limit; the worker is terminated when it passes. */
  timeoutMs: number;
  /** V8 old-generation heap limit of the worker (MB). */
  maxHeapMb: number;
  /** Young generation (MB); small keeps short-lived garbage cheap. */
  maxYoungMb?: number;
  stackSizeMb?: number;
}

export const DEFAULT_ISOLATION: IsolationLimits = { timeoutMs: 20_000, maxHeapMb: 256, maxYoungMb: 32, stackSizeMb: 4 };

export type IsolationFailure = 'timeout' | 'out_of_memory' | 'failed' | 'crashed';

/** Why an isolated call did not return. `failed` carries the function's own error name/code/message. */
export class IsolationError extends Error {
  constructor(readonly kind: IsolationFailure, message: string, readonly innerName: string | null = null, readonly innerCode: string | null = null) {
    super(message);
    this.name = 'IsolationError';
  }
}

type Reply = { ok: true; value: unknown } | { ok: false; name: string; message: string; code: string | null };

/**
 * Calls `module[exportName](...args)` in a fresh worker. Arguments and result must be structured-cloneable
 * (plain data, Uint8Array, Map…); `transfer` hands ArrayBuffers over without copying.
 */
export function runIsolated<T>(module: URL | string, exportName: string, args: unknown[], limits: Partial<IsolationLimits> = {}, transfer: ArrayBuffer[] = []): Promise<T> {
  const lim = { ...DEFAULT_ISOLATION, ...limits };
  const moduleUrl = typeof module === 'string' ? module : module.href;
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const worker = new Worker(new URL('./isolated-worker.mjs', import.meta.url), {
      workerData: { moduleUrl, exportName, args },
      transferList: transfer,
      resourceLimits: { maxOldGenerationSizeMb: lim.maxHeapMb, maxYoungGenerationSizeMb: lim.maxYoungMb, stackSizeMb: lim.stackSizeMb },
      stdout: false, stderr: false,
    });
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(() => finish(() => reject(new IsolationError('timeout', `${exportName} did not finish within ${lim.timeoutMs} ms and was stopped`))), lim.timeoutMs);
    worker.once('message', (m: Reply) => finish(() => {
      if (m.ok) resolve(m.value as T);
      else reject(new IsolationError('failed', m.message, m.name, m.code));
    }));
    worker.once('error', (e: Error & { code?: string }) => finish(() => {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') reject(new IsolationError('out_of_memory', `${exportName} needed more than ${lim.maxHeapMb} MB of heap and was stopped`));
      else reject(new IsolationError('crashed', `${exportName} crashed its worker: ${e.message}`, e.name, e.code ?? null));
    }));
    worker.once('exit', (code) => finish(() => reject(new IsolationError('crashed', code === 13
      ? `${exportName} returned a promise that never settles (nothing was left pending in its worker)`
      : `${exportName}'s worker exited (code ${code}) without a result`))));
  });
}
