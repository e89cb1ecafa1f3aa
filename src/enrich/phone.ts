// Phone number → E.164, country, line type (mobile / fixed / VoIP where the numbering plan says) and validity.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

export interface PhoneFacts {
  input: string;
  e164: string | null;
  country: string | null;
  callingCode: string | null;
  /** libphonenumber's type: MOBILE, FIXED_LINE, FIXED_LINE_OR_MOBILE, VOIP, TOLL_FREE… or null when unknown. */
  type: string | null;
  voip: boolean;
  valid: boolean;
  possible: boolean;
}

/** defaultCountry (ISO alpha-2) is used only for numbers written without +country code. */
export function phoneFacts(phone: string, defaultCountry?: string): PhoneFacts | null {
  const input = phone.trim();
  if (!/\d/.test(input)) return null;
  const cc = defaultCountry?.toUpperCase() as CountryCode | undefined;
  const n = parsePhoneNumberFromString(input, cc ? { defaultCountry: cc } : undefined);
  if (!n) return null;
  const type = n.getType() ?? null;
  return {
    input,
    e164: n.number,
    country: n.country ?? null,
    callingCode: n.countryCallingCode,
    type,
    voip: type === 'VOIP',
    valid: n.isValid(),
    possible: n.isPossible(),
  };
}
