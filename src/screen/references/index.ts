// Reference checks (H5): referee address quality, employer domain, shared referees, call-back tasks.
export * from './company-domain.js';
export * from './reference-findings.js';
