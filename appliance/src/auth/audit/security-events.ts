/** Journal event types that make up the security audit log (GET /api/v1/audit). */
export const SECURITY_EVENT_TYPES = [
  'auth.login_succeeded',
  'auth.login_failed',
  'auth.account_locked',
  'auth.account_unlocked',
  'auth.user_created',
  'auth.user_updated',
  'auth.user_activated',
  'auth.user_deactivated',
  'auth.role_changed',
  'auth.password_changed',
  'auth.pin_changed',
  'auth.pin_removed',
  'auth.session_revoked',
  'auth.refresh_token_reused',
  'auth.device_registered',
  'auth.device_paired',
  'auth.device_pairing_failed',
  'auth.device_pairing_reissued',
  'auth.device_revoked',
  'auth.override_granted',
  'auth.override_failed',
  'auth.override_guessing_suspected',
  'auth.api_key_created',
  'auth.api_key_revoked',
  'system.restart_requested',
  'system.update_requested',
] as const;

/**
 * The WHERE term of the journal's partial index on security events (auth/004_security_event_index).
 * SQLite uses a partial index only for a query that repeats its term word for word, so the audit
 * log's queries carry it beside their own type filter; every type above matches it (tested).
 */
export const SECURITY_EVENTS_INDEX_TERM = "(type GLOB 'auth.*' OR type GLOB 'system.*')";

