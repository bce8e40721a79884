import { z } from 'zod';
import { notFound } from '../../kernel/errors.js';
import { runCommand } from '../../kernel/http/command-route.js';
import { ok } from '../../kernel/http/envelope.js';
import { requirePermission } from '../../kernel/http/permissions.js';
import { readJson, readParam, readQuery } from '../../kernel/http/validation.js';
import type { AuthRuntime } from '../runtime.js';
import { createApiKey, revokeApiKey } from './api-key-commands.js';
import { API_KEY_SCOPES, DEFAULT_API_KEY_RATE_PER_MINUTE, apiKeys, MAX_API_KEY_RATE_PER_MINUTE, toApiKey, type ApiKeyRow } from './api-key-store.js';
import { routeDoc } from '../../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../../contract/lazy-schema.js';

const createBody = lazySchema(() => z.object({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(z.enum(API_KEY_SCOPES)).min(1),
  rateLimitPerMinute: z.number().int().min(1).max(MAX_API_KEY_RATE_PER_MINUTE).default(DEFAULT_API_KEY_RATE_PER_MINUTE),
}));
const callsQuery = lazySchema(() => z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }));

export function registerApiKeyRoutes(rt: AuthRuntime): void {
  const { api, db } = rt.ctx;
  const manage = requirePermission('integrations.manage');

  // Not idempotent on purpose: an Idempotency-Key would store the answer, and with it the secret.
  api.post('/integrations/api-keys', routeDoc({ tag: 'integrations', summary: 'Create an integration API key; the key is shown this once', body: createBody, status: 201, response: () => import('../answers.js').then((a) => a.issuedApiKeyAnswer) }), manage, async (c) => {
    const body = await readJson(c, createBody);
    const issued = await rt.run('auth.create_api_key', (tx) => createApiKey(tx, { ...body, scopes: [...new Set(body.scopes)] }), c.get('actor'), c.get('correlationId'));
    return ok(c, issued, 201);
  });

  api.get('/integrations/api-keys', routeDoc({ tag: 'integrations', summary: 'Every integration API key (never the key itself)', response: () => import('../answers.js').then((a) => a.apiKeysAnswer) }), manage, (c) => {
    const rows = db.prepare('SELECT * FROM integration_api_keys ORDER BY created_at, id').all() as ApiKeyRow[];
    return ok(c, rows.map(toApiKey));
  });

  api.post('/integrations/api-keys/:id/revoke', routeDoc({ tag: 'integrations', summary: 'Revoke an API key at once', errors: { 404: ['API_KEY_NOT_FOUND'], 422: ['API_KEY_REVOKED'] }, response: () => import('../answers.js').then((a) => a.apiKeyAnswer) }), manage, (c) => {
    const id = readParam(c, 'id');
    return runCommand(c, 'auth.revoke_api_key', (tx) => revokeApiKey(tx, id));
  });

  /** The key's audit trail, newest first. */
  api.get('/integrations/api-keys/:id/calls', routeDoc({ tag: 'integrations', summary: 'The key\'s audit trail of calls, newest first', query: callsQuery, errors: { 404: ['API_KEY_NOT_FOUND'] }, response: () => import('../answers.js').then((a) => a.apiKeyCallsAnswer) }), manage, (c) => {
    const id = readParam(c, 'id');
    if (!apiKeys.find(db, id)) throw notFound('API_KEY_NOT_FOUND');
    const { limit } = readQuery(c, callsQuery);
    const rows = db
      .prepare(
        `SELECT method, path, status, address, request_id AS requestId, occurred_at AS occurredAt
         FROM integration_api_calls WHERE api_key_id = ? ORDER BY id DESC LIMIT ?`,
      )
      .all(id, limit);
    return ok(c, rows);
  });
}
