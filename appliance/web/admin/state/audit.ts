import type { MessageKey } from '../texts';

/** What each security event of the journal (`GET /audit`) is called on the screen. */
const AUDIT_EVENT_LABELS: Record<string, MessageKey> = {
  'auth.login_succeeded': 'ADMIN_AUDIT_LOGIN_SUCCEEDED',
  'auth.login_failed': 'ADMIN_AUDIT_LOGIN_FAILED',
  'auth.account_locked': 'ADMIN_AUDIT_ACCOUNT_LOCKED',
  'auth.account_unlocked': 'ADMIN_AUDIT_ACCOUNT_UNLOCKED',
  'auth.user_created': 'ADMIN_AUDIT_USER_CREATED',
  'auth.user_updated': 'ADMIN_AUDIT_USER_UPDATED',
  'auth.user_activated': 'ADMIN_AUDIT_USER_ACTIVATED',
  'auth.user_deactivated': 'ADMIN_AUDIT_USER_DEACTIVATED',
  'auth.role_changed': 'ADMIN_AUDIT_ROLE_CHANGED',
  'auth.password_changed': 'ADMIN_AUDIT_PASSWORD_CHANGED',
  'auth.pin_changed': 'ADMIN_AUDIT_PIN_CHANGED',
  'auth.pin_removed': 'ADMIN_AUDIT_PIN_REMOVED',
  'auth.session_revoked': 'ADMIN_AUDIT_SESSION_REVOKED',
  'auth.refresh_token_reused': 'ADMIN_AUDIT_REFRESH_TOKEN_REUSED',
  'auth.device_registered': 'ADMIN_AUDIT_DEVICE_REGISTERED',
  'auth.device_paired': 'ADMIN_AUDIT_DEVICE_PAIRED',
  'auth.device_pairing_failed': 'ADMIN_AUDIT_DEVICE_PAIRING_FAILED',
  'auth.device_pairing_reissued': 'ADMIN_AUDIT_DEVICE_PAIRING_REISSUED',
  'auth.device_revoked': 'ADMIN_AUDIT_DEVICE_REVOKED',
  'auth.override_granted': 'ADMIN_AUDIT_OVERRIDE_GRANTED',
  'auth.override_failed': 'ADMIN_AUDIT_OVERRIDE_FAILED',
  'auth.override_guessing_suspected': 'ADMIN_AUDIT_OVERRIDE_GUESSING_SUSPECTED',
  'auth.api_key_created': 'ADMIN_AUDIT_API_KEY_CREATED',
  'auth.api_key_revoked': 'ADMIN_AUDIT_API_KEY_REVOKED',
  'system.restart_requested': 'ADMIN_AUDIT_RESTART_REQUESTED',
  'system.update_requested': 'ADMIN_AUDIT_UPDATE_REQUESTED',
};

/** The catalog key naming a journal event type; a type this screen does not know yet is a generic "security event". */
export const auditEventLabel = (type: string): MessageKey => AUDIT_EVENT_LABELS[type] ?? 'ADMIN_AUDIT_OTHER';
