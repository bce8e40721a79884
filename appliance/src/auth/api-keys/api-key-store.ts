import { HashedCredentials } from '../crypto/hashed-credentials.js';
import type { Permission } from '../permissions.js';

/** `Authorization: Bearer chefia_sk_…` (or `X-Api-Key: chefia_sk_…`): a third-party system's key. */
export const API_KEY_PREFIX = 'chefia_sk_';

/**
 * What a third-party system may be granted: reading the menu, orders, reports and fiscal documents
 * (an accountant's export), and placing orders (a delivery aggregator), which stay drafts until the
 * store's staff confirm them. Never customers' personal data, users, devices, money movements or
 * configuration.
 */
export const API_KEY_SCOPES = [
  'catalog.read',
  'orders.read',
  'orders.create',
  'business_day.read',
  'reports.read',
  'stock.read',
  'fiscal.read',
  'fiscal.export',
] as const satisfies readonly Permission[];
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export const DEFAULT_API_KEY_RATE_PER_MINUTE = 60;
export const MAX_API_KEY_RATE_PER_MINUTE = 600;

export interface ApiKeyRow {
  id: string;
  name: string;
  key_prefix: string;
  key_hash: string;
  scopes: string;
  rate_limit_per_minute: number;
  status: 'ACTIVE' | 'REVOKED';
  created_at: string;
  created_by: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
}

/** A key as listed: never its hash, only the first characters that identify it to a person. */
export interface ApiKey {
  id: string;
  name: string;
  keyPrefix: string;
  scopes: ApiKeyScope[];
  rateLimitPerMinute: number;
  status: 'ACTIVE' | 'REVOKED';
  createdAt: string;
  createdBy: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export function toApiKey(row: ApiKeyRow): ApiKey {
  return {
    id: row.id,
    name: row.name,
    keyPrefix: row.key_prefix,
    scopes: JSON.parse(row.scopes),
    rateLimitPerMinute: row.rate_limit_per_minute,
    status: row.status,
    createdAt: row.created_at,
    createdBy: row.created_by,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

/** Integration keys: `key_hash` is the SHA-256 of the key shown once at creation. */
export const apiKeys = new HashedCredentials<ApiKeyRow>('integration_api_keys', 'key_hash');
