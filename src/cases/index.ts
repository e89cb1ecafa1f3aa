export { caseService, benignSuppressions, NewCase, CaseUpdate, type CaseRow, type CaseHistoryRow } from './case-service.js';
