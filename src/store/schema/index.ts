export * from './hr.js';
export * from './hiring.js';
export * from './events.js';
export * from './cases.js';
export * from './analysis.js';
