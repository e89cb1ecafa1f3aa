// Which record keys hold the numbers we never store or show in clear: bank accounts, IBANs, wallet addresses,
// identity-document numbers and dates of birth. One list for masking (src/auth/mask.ts) and sealing at rest (src/store/sealing/).

/** Keys (camelCase or snake_case, any depth, including an import's extra CSV columns) that hold such values. */
const SENSITIVE = /^(account_?number|iban|bank_?account|wallet(_?address)?|document_?number|passport(_?number)?|id_?number|national_?id|ssn|tax_?id|date_?of_?birth|dob|birth_?date)$/i;
const BIRTH = /birth|dob/i;

export const isSensitiveKey = (k: string): boolean => SENSITIVE.test(k);
/** A date of birth: masked entirely, since its last characters are the day. */
export const isBirthDateKey = (k: string): boolean => BIRTH.test(k);
