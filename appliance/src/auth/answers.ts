import { z } from 'zod';
import { API_KEY_SCOPES } from './api-keys/api-key-store.js';
import { deviceSchema } from './devices/device-store.js';
import { userSchema } from './users/user-store.js';

/** Answers of the auth, session and integration-key routes for the OpenAPI document only: loaded when the document is built. */
export const meAnswer = z.discriminatedUnion('type', [
  z.object({ type: z.literal('user'), user: userSchema.extend({ permissions: z.array(z.string()) }), sessionId: z.string().nullable() }),
  z.object({ type: z.literal('device'), device: deviceSchema.nullable(), permissions: z.array(z.string()) }),
]);

export const logoutAnswer = z.object({ sessionId: z.string(), revoked: z.literal(true) });

/** The new password's dates; every session of the user was revoked. */
export const passwordChangedAnswer = z.object({ passwordChangedAt: z.iso.datetime(), passwordExpiresAt: z.iso.datetime(), sessionsRevoked: z.literal(true) });

/** An integration key as listed: never the key, only its first characters. */
export const apiKeyAnswer = z.object({
  id: z.string(),
  name: z.string(),
  keyPrefix: z.string(),
  scopes: z.array(z.enum(API_KEY_SCOPES)),
  rateLimitPerMinute: z.number().int().min(1),
  status: z.enum(['ACTIVE', 'REVOKED']),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export const apiKeysAnswer = z.array(apiKeyAnswer);

/** The new key and, this once, its secret (stored only as its SHA-256). */
export const issuedApiKeyAnswer = z.object({ apiKey: apiKeyAnswer, key: z.string() });

export const apiKeyCallsAnswer = z.array(
  z.object({ method: z.string(), path: z.string(), status: z.number().int(), address: z.string().nullable(), requestId: z.string().nullable(), occurredAt: z.string() }),
);
