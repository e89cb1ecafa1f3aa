// Reused and templated resumes: MinHash/LSH near-duplicates, layout fingerprints, shared metadata, clusters.
export * from './shingles.js';
export * from './minhash.js';
export * from './union-find.js';
export * from './near-duplicates.js';
export * from './layout.js';
export * from './shared-passages.js';
export * from './resume-clusters.js';
export * from './cluster-findings.js';
export * from './shared-prose.js';
export * from './exact-join.js';
