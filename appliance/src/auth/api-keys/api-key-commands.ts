import { businessRule, notFound } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import type { CommandTx } from '../../kernel/journal/command-bus.js';
import { randomToken, sha256 } from '../crypto/tokens.js';
import { API_KEY_PREFIX, apiKeys, toApiKey, type ApiKey, type ApiKeyScope } from './api-key-store.js';

export interface IssuedApiKey {
  apiKey: ApiKey;
  /** The secret itself: returned once, stored only as its SHA-256. */
  key: string;
}

export function createApiKey(tx: CommandTx, input: { name: string; scopes: ApiKeyScope[]; rateLimitPerMinute: number }): IssuedApiKey {
  const id = newId();
  const key = randomToken(API_KEY_PREFIX);
  const prefix = key.slice(0, API_KEY_PREFIX.length + 6);
  tx
    .prepare(
      `INSERT INTO integration_api_keys (id, name, key_prefix, key_hash, scopes, rate_limit_per_minute, status, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)`,
    )
    .run(id, input.name, prefix, sha256(key), JSON.stringify(input.scopes), input.rateLimitPerMinute, tx.nowIso, tx.actor?.id ?? null);
  tx.emit({
    type: 'auth.api_key_created',
    aggregateType: 'api_key',
    aggregateId: id,
    payload: { apiKeyId: id, name: input.name, keyPrefix: prefix, scopes: input.scopes, rateLimitPerMinute: input.rateLimitPerMinute },
  });
  return { apiKey: toApiKey(apiKeys.find(tx.db, id)!), key };
}

export function revokeApiKey(tx: CommandTx, id: string): ApiKey {
  const row = apiKeys.find(tx.db, id);
  if (!row) throw notFound('API_KEY_NOT_FOUND');
  if (row.status === 'REVOKED') throw businessRule('API_KEY_REVOKED');
  tx.prepare("UPDATE integration_api_keys SET status = 'REVOKED', revoked_at = ?, revoked_by = ? WHERE id = ?").run(tx.nowIso, tx.actor?.id ?? null, id);
  tx.emit({ type: 'auth.api_key_revoked', aggregateType: 'api_key', aggregateId: id, payload: { apiKeyId: id, keyPrefix: row.key_prefix } });
  return toApiKey(apiKeys.find(tx.db, id)!);
}

export interface ApiKeyCall {
  apiKeyId: string;
  method: string;
  path: string;
  status: number;
  address: string | null;
  requestId: string;
  occurredAt: string;
}

/**
 * The audit trail of a key: one row per call, kept in the store (not journaled: an integration
 * polling every few seconds would flood the relay), and the key's last-used time.
 */
export function recordApiKeyCall(tx: CommandTx, call: ApiKeyCall): void {
  tx
    .prepare('INSERT INTO integration_api_calls (api_key_id, method, path, status, address, request_id, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(call.apiKeyId, call.method, call.path, call.status, call.address, call.requestId, call.occurredAt);
  tx.prepare('UPDATE integration_api_keys SET last_used_at = max(coalesce(last_used_at, ?), ?) WHERE id = ?').run(call.occurredAt, call.occurredAt, call.apiKeyId);
}
