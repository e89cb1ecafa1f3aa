// Resume documents: safe PDF/DOCX/text parsing, authoring metadata, resume facts and H1 findings.
export * from './types.js';
export * from './limits.js';
export * from './pdf.js';
export * from './docx.js';
export * from './resume-facts.js';
export * from './parse-document.js';
export * from './document-findings.js';
export * from './fixture-builders.js';
export * from './parse-isolated.js';
