// Greenhouse Harvest import: candidate/application JSON → canonical candidates.
export * from './harvest.js';
