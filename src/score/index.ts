// Public API of the scoring stage: identity graph, explainable per-person risk score, ATT&CK techniques seen.
export { scorePeople, scorePeopleRun, type ScoreRun } from './score-people.js';
export { combineEvidence, decayFactor, noisyOr, type Combination } from './combine.js';
export { attributeEvidence, clusterMembershipAlert, type Evidence, type Attribution } from './evidence.js';
export { DEFAULT_MODEL, LEVELS, PILLAR_LIST, levelOf, type Level, type Pillar, type ScoringModel } from './config.js';
export { ATTACK_TECHNIQUES, techniqueName, techniqueUrl, techniquesSeen, type TechniqueSeen } from './attack.js';
export { SuppressionSchema, type Suppression, type PersonScore, type Reason, type ScoreInput } from './types.js';
export * from './identity/index.js';
