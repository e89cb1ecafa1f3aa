// PII encryption at rest: envelope encryption (AES-256-GCM data keys per tenant, wrapped by a configured
// master key), key rotation, and blind indexes for equality search. See docs/security.md.
export { CryptoError, parseSealed, sealedKeyId } from './aead.js';
export { fingerprint, keyringFromEnv, makeKeyring, parseMasterKey, type Keyring, type MasterKey } from './keyring.js';
export { createDataKey, masterKeysInUse, rewrapDataKey, unwrapDataKey, type DataKey, type KeyPurpose, type WrappedDataKey } from './data-keys.js';
export { fieldCipher, normaliseIdentifier, type FieldCipher } from './field-cipher.js';
export { missingTenantKeys, openTenant, rewrapAll, rotateFieldKey } from './tenant-keys.js';
