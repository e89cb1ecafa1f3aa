// Profile consistency (H3/H4): names, contacts, countries, dates and activity times.
export * from './name-in-handle.js';
export * from './profile-findings.js';
