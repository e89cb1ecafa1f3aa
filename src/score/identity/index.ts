// Public API of entity resolution: people, accounts, log actors, candidates, payroll and shipments → one person each.
export { resolveIdentities, employeePersonId, candidatePersonId, type IdentityInput } from './resolve.js';
export { matchActor, actorsFromEvents, type ActorMatch } from './actors.js';
export { nameKey, normEmail, normPhone, githubLogin, userPart } from './normalise.js';
export * from './types.js';
