// Okta eventType → Trustline action category (prefix rules, most specific first; unknown → other).
import type { ActionCategory } from '../../model/event.js';

const RULES: [RegExp, ActionCategory][] = [
  [/^user\.session\.start$|^user\.authentication\.(sso|auth_via_(radius|ldap|social|IDP|inbound_saml|AD_agent|richclient))|^user\.authentication\.authenticate$|^policy\.evaluate_sign_on$/i, 'auth.login'],
  [/^user\.session\.end$/, 'auth.logout'],
  [/^user\.session\.(access_admin_app|context_change|clear)$|^app\.oauth2\.(as\.)?token\.grant|^user\.authentication\.universal_logout/, 'auth.session'],
  [/^user\.authentication\.(auth_via_mfa|verify)$|^user\.mfa\.okta_verify\.deny_push|^user\.mfa\.attempt_bypass|^system\.push\.send_factor_verify_push/, 'auth.mfa_challenge'],
  [/^(user|system)\.mfa\.factor\.|^user\.account\.(reset_factor|unlock_by_admin)|^user\.credential\.enroll|^system\.mfa\.factor\.|^user\.authenticator\.|^user\.factor\./, 'auth.mfa_change'],
  [/^user\.account\.(reset_password|update_password)$|^user\.account\.password_reset|^user\.credential\.forgot_password/, 'auth.password_change'],
  [/^user\.account\.privilege\.grant$|^user\.session\.impersonation\.(grant|initiate)$|^group\.privilege\.grant$|^iam\.resourceset\.bindings\.add|^iam\.role\.create/, 'iam.privilege_grant'],
  [/^user\.account\.privilege\.revoke$|^user\.session\.impersonation\.(revoke|end)$|^group\.privilege\.revoke$|^iam\.resourceset\.bindings\.delete/, 'iam.privilege_revoke'],
  [/^group\.user_membership\.add$|^application\.user_membership\.add$/, 'iam.member_add'],
  [/^app\.oauth2\.(as\.)?consent\.grant$|^app\.oauth2\.consent/, 'iam.oauth_consent'],
  [/^system\.api_token\.create$|^app\.oauth2\.client_secret\.|^system\.client_secret\.create|^app\.oauth2\.credentials\.lifecycle\.create/, 'code.token_create'],
  [/^system\.log_stream\.|^system\.event_hook\.|^system\.org\.rate_limit\.|^log_stream\./, 'audit.config_change'],
  [/^policy\.(lifecycle|rule)\.(deactivate|delete|update)$|^zone\.(deactivate|delete|update)$|^security\.threat\.|^system\.idp\.lifecycle\.create$|^system\.idp\.lifecycle\.update$/, 'security.defense_change'],
  [/^user\.lifecycle\.|^user\.account\.update_profile$|^user\.account\.lock|^user\.account\.unlock/, 'iam.account_change'],
  [/^application\.user_membership\.|^group\.user_membership\.remove$/, 'iam.account_change'],
];

// A log has a few hundred event types; remembering each one's category skips up to 15 regexes per event.
const memo = new Map<string, ActionCategory>();

export function oktaCategory(eventType: string): ActionCategory {
  const known = memo.get(eventType);
  if (known !== undefined) return known;
  let found: ActionCategory = 'other';
  for (const [re, cat] of RULES) if (re.test(eventType)) { found = cat; break; }
  if (memo.size < 10_000) memo.set(eventType, found);
  return found;
}
