// Hiring screening (H1–H10, B1, B2): documents, reused resumes, profile, references, interviews, IDV, linkage, GitHub,
// watch-lists and Greenhouse import. Pure functions; storage and CLI wiring live elsewhere.
export * from './alerts/make-alert.js';
export type * from './alerts/lookups.js';
export * from './documents/index.js';
export * from './similarity/index.js';
export * from './profile/index.js';
export * from './references/index.js';
export * from './interviews/index.js';
export * from './idv/index.js';
export * from './channel/index.js';
export * from './linkage/index.js';
export * from './github/index.js';
export * from './watchlist/index.js';
export * from './greenhouse/index.js';
export * from './batch/index.js';
