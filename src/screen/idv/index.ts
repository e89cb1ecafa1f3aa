// Identity-verification results (H8): failures, document country and name mismatches.
export * from './idv-findings.js';
