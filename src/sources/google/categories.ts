// Google Reports (application, event name) → Trustline action category; unknown → other.
import type { ActionCategory } from '../../model/event.js';

const BY_NAME: Record<string, Record<string, ActionCategory>> = {
  login: {
    login_success: 'auth.login', login_failure: 'auth.login', login_verification: 'auth.mfa_challenge',
    login_challenge: 'auth.mfa_challenge', logout: 'auth.logout', suspicious_login: 'auth.login',
    suspicious_login_less_secure_app: 'auth.login', suspicious_programmatic_login: 'auth.login',
    '2sv_enroll': 'auth.mfa_change', '2sv_disable': 'auth.mfa_change', titanium_enroll: 'auth.mfa_change',
    titanium_unenroll: 'auth.mfa_change', recovery_email_edit: 'auth.mfa_change', recovery_phone_edit: 'auth.mfa_change',
    recovery_secret_qa_edit: 'auth.mfa_change', password_edit: 'auth.password_change',
    account_disabled_hijacked: 'iam.account_change', account_disabled_password_leak: 'iam.account_change',
    account_disabled_generic: 'iam.account_change', gov_attack_warning: 'other',
  },
  admin: {
    ASSIGN_ROLE: 'iam.privilege_grant', GRANT_ADMIN_PRIVILEGE: 'iam.privilege_grant', GRANT_DELEGATED_ADMIN_PRIVILEGES: 'iam.privilege_grant',
    UNASSIGN_ROLE: 'iam.privilege_revoke', REVOKE_ADMIN_PRIVILEGE: 'iam.privilege_revoke',
    ADD_GROUP_MEMBER: 'iam.member_add', CREATE_USER: 'iam.account_change', SUSPEND_USER: 'iam.account_change',
    UNSUSPEND_USER: 'iam.account_change', DELETE_USER: 'iam.account_change', CHANGE_USER_ORGANIZATION: 'iam.account_change',
    CHANGE_PASSWORD: 'auth.password_change', RESET_SIGNIN_COOKIES: 'auth.session',
    TURN_OFF_2_STEP_VERIFICATION: 'auth.mfa_change', ENROLL_USER_IN_2SV: 'auth.mfa_change', UNENROLL_USER_FROM_STRONG_AUTH: 'auth.mfa_change',
    GENERATE_2SV_BACKUP_CODES: 'auth.mfa_change', REVOKE_2SV_BACKUP_CODES: 'auth.mfa_change', ENFORCE_STRONG_AUTHENTICATION: 'security.defense_change',
    AUTHORIZE_API_CLIENT_ACCESS: 'iam.oauth_consent', REMOVE_API_CLIENT_ACCESS: 'other',
    CREATE_DATA_TRANSFER_REQUEST: 'data.transfer', CHANGE_ALLOWED_TWO_STEP_VERIFICATION_METHODS: 'security.defense_change',
    ALERT_CENTER_BATCH_DELETE_ALERTS: 'audit.config_change', CHANGE_DATA_LOCALIZATION_FOR_RUSSIA: 'other',
  },
  token: { authorize: 'iam.oauth_consent', activity: 'auth.session', request: 'auth.session' },
  drive: { download: 'data.download', copy: 'data.download', change_user_access: 'data.transfer', change_document_visibility: 'data.transfer' },
};

/** Admin setting names whose change weakens defences or audit (CHANGE_APPLICATION_SETTING and friends). */
const AUDIT_SETTING = /audit|log|alert|retention|export/i;
const DEFENSE_SETTING = /2-?step|two.?step|2sv|password|session|security|dlp|sso|context.?aware|less secure/i;

export function googleCategory(app: string, name: string, params: Record<string, unknown>): ActionCategory {
  const known = BY_NAME[app]?.[name];
  if (known) return known;
  if (app === 'admin' && /SETTING|POLICY/.test(name)) {
    const setting = String(params.SETTING_NAME ?? params.APPLICATION_NAME ?? '');
    if (AUDIT_SETTING.test(setting)) return 'audit.config_change';
    if (DEFENSE_SETTING.test(setting)) return 'security.defense_change';
  }
  return 'other';
}
