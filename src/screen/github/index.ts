// GitHub profile forensics (B1, B2) from exported REST API JSON.
export * from './types.js';
export * from './forensics.js';
