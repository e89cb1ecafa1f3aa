// Interview screening (H6) and interview/application IP comparison (H4).
export * from './interview-findings.js';
