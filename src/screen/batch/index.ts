// Batch screening entry points: records in, alerts and clusters out.
export * from './screen-batch.js';
export * from './screen-files.js';
