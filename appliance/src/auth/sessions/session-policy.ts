export const ACCESS_TOKEN_TTL_SECONDS = 30 * 60;
export const REFRESH_TOKEN_TTL_MS = 7 * 24 * 3600 * 1000;
export const IDLE_TIMEOUT_MS = 15 * 60 * 1000;
export const MAX_LIVE_SESSIONS = 3;
export const REFRESH_TOKEN_PREFIX = 'chr_';
