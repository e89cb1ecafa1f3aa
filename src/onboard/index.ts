// Public API of the onboarding stage: shipping, payroll, shared infrastructure, clusters, least privilege, shared logins.
export { analyzeOnboarding, clusterAlerts, type OnboardingInput, type OnboardingResult } from './analyze.js';
export { OnboardConfigSchema, resolveConfig, type OnboardConfig, type OnboardConfigInput } from './config.js';
export type { Household, OnboardEvent } from './types.js';
export { normaliseAddress, compareAddresses, type NormalisedAddress, type AddressInput, type PlaceMismatch } from './address-normalise.js';
export { normalisePostalCode, type PostalCode } from './postal-code.js';
export { normaliseJapaneseLine } from './japanese-address.js';
export { sameName, shareSurname } from './names.js';
export { checkShipments, checkReshipping } from './shipments-check.js';
export { findSharedAddresses } from './shared-addresses.js';
export { payDestination, type PayDestination } from './bank-identity.js';
export { checkPayroll } from './payroll-check.js';
export { findSharedPayment } from './shared-payment.js';
export { findSharedInfrastructure } from './shared-infrastructure.js';
export { buildClusters, pairScore } from './cluster-graph.js';
export { explainCluster, locateCluster } from './cluster-explain.js';
export { checkLeastPrivilege } from './least-privilege.js';
export { checkSharedLogins, checkSharedAccountMappings, checkMissingNamedAccounts } from './shared-logins.js';
