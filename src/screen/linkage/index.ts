// Candidate linkage (H9): "one actor, many personas" clusters and repeated applications.
export * from './identifiers.js';
export * from './graph.js';
export * from './linkage-findings.js';
