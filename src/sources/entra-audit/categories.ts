// Entra directoryAudit activityDisplayName → Trustline action category (first match wins; unknown → other).
import type { ActionCategory } from '../../model/event.js';

const RULES: [RegExp, ActionCategory][] = [
  [/authentication methods? policy|conditional access policy|authorization policy|federation settings|domain authentication|security defaults|named location/i, 'security.defense_change'],
  [/diagnostic setting|audit log|log retention/i, 'audit.config_change'],
  [/security info|strongauthentication|authentication method|mfa|phone app|authenticator/i, 'auth.mfa_change'],
  [/^remove .*(role|from role)|role .*removed/i, 'iam.privilege_revoke'],
  [/^add (eligible |scoped |permanent |temporary )?member to role|^assign|role assignment|^activate/i, 'iam.privilege_grant'],
  [/consent to application|delegated permission grant|app role assignment to service principal|^add oauth2permissiongrant/i, 'iam.oauth_consent'],
  [/password/i, 'auth.password_change'],
  [/service principal credentials|certificates and secrets|add key credential|add password credential/i, 'code.token_create'],
  [/^add (member|owner) to group|^add user to group|invite (external )?user|^add member to administrative unit/i, 'iam.member_add'],
  [/^(add|update|delete|disable|enable|restore|hard delete) (user|account)|^disable account|^enable account|^change user license|^set user manager/i, 'iam.account_change'],
];

export function entraAuditCategory(activity: string): ActionCategory {
  for (const [re, cat] of RULES) if (re.test(activity)) return cat;
  return 'other';
}
