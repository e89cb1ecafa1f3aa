// Worker side of run-isolated.ts: loads one module, calls one export with the given arguments, posts the result.
// Plain JS so it starts without a loader; TypeScript targets get tsx registered in this thread on demand.
import { parentPort, workerData } from 'node:worker_threads';

const { moduleUrl, exportName, args } = workerData;

async function load() {
  try {
    return await import(moduleUrl);
  } catch (e) {
    if (e?.code !== 'ERR_UNKNOWN_FILE_EXTENSION' && e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
    const { register } = await import('tsx/esm/api');
    register();
    // A failed import is cached per URL: ask again under a different one.
    return import(`${moduleUrl}${moduleUrl.includes('?') ? '&' : '?'}tsx`);
  }
}

try {
  const mod = await load();
  const fn = mod[exportName];
  if (typeof fn !== 'function') throw new TypeError(`${moduleUrl} has no function export ${exportName}`);
  parentPort.postMessage({ ok: true, value: await fn(...args) });
} catch (e) {
  const err = e instanceof Error ? e : new Error(String(e));
  parentPort.postMessage({ ok: false, name: err.name, message: err.message, code: err.code ?? null });
}
