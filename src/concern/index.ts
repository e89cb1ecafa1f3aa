// Public API of concern reporting (R2): submit, follow with a token, team replies; and the limiter guarding the public form.
export { concernService, NewConcern, hashToken, CONCERN_CATEGORIES, MAX_CONCERN_CHARS, type NewConcernInput } from './concern-service.js';
export { windowLimiter, type WindowLimiter } from './rate-limit.js';
