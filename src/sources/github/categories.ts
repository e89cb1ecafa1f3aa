// GitHub audit `action` → Trustline action category (first match wins; unknown → other).
import type { ActionCategory } from '../../model/event.js';

const RULES: [RegExp, ActionCategory][] = [
  [/^(org|team|repo|business)\.(invite_member|add_member|add_outside_collaborator|invite_to_business|invite_admin|invite_billing_manager)$|^org\.(accept_invite|add_billing_manager)$|^organization_invitation\./, 'iam.member_add'],
  [/^business\.add_admin$|^team\.promote_maintainer$|^org\.update_member$|^repo\.update_member$|^org\.add_owner|^role\.|^org_role\.assign|^business\.add_organization_owner/, 'iam.privilege_grant'],
  [/^business\.remove_admin$|^team\.demote_maintainer$|^org_role\.revoke|^org\.remove_owner/, 'iam.privilege_revoke'],
  [/^(personal_access_token|public_key|deploy_key|ssh_certificate_authority|oauth_access|oauth_authorization)\.(create|request_created|access_granted|approve)$|^repo\.add_deploy_key|^org\.(create_actions_secret|create_integration_secret)|^repo\.create_actions_secret|^user\.(create_|)(personal_access_token|ssh_key)|^two_factor_authentication\.recovery_codes_regenerated$/, 'code.token_create'],
  [/^two_factor_authentication\.|^user\.two_factor_|^passkey\.|^webauthn/, 'auth.mfa_change'],
  [/^(org|business)\.oauth_app_access_(approved|requested)|^integration_installation\.(create|repositories_added)|^oauth_application\.|^org\.integration_installation/, 'iam.oauth_consent'],
  [/^(org|business)\.(audit_log_export|audit_log_git_event_export)|^audit_log_streaming\.|^business\.audit_log|^org\.(disable|enable)_.*ip_disclosure|^business\.(disable|enable)_.*ip_disclosure/, 'audit.config_change'],
  [/^protected_branch\.(destroy|policy_override|update_|rejected_ref_update)|secret_scanning.*(disable|bypass)|^(org|business)\.disable_two_factor_requirement|^(org|business)\.(disable_saml|update_saml|disable_oauth_app_restrictions)|^repository_ruleset\.(destroy|update)|^(repo|org)\.disable_(advanced_security|dependabot)|^business\.disable_|^ip_allow_list\.(disable|destroy)/, 'security.defense_change'],
  [/^git\.(clone|fetch)$|download|^repo\.(download_zip|archive_download)|^packages\..*download|^artifact|^workflows\.(download_artifact|artifact)/, 'data.download'],
  [/^repo\.(create|transfer|transfer_start|access|rename|destroy|archived|unarchived|change_visibility)$|^repository_visibility_change\.|^private_repository_forking\./, 'code.repo_access'],
  [/^user\.(login|failed_login)$|^org\.sso_response$|^business\.sso_response$|^org_credential_authorization\.grant$/, 'auth.login'],
  [/^user\.logout$/, 'auth.logout'],
  [/^org\.(remove_member|block_user)|^user\.(suspend|unsuspend|create|destroy|rename)|^business\.remove_member/, 'iam.account_change'],
];

export function githubCategory(action: string): ActionCategory {
  for (const [re, cat] of RULES) if (re.test(action)) return cat;
  return 'other';
}
