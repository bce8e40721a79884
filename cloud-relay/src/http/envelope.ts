import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { relayMessage, type RelayMessageKey } from './messages.pt-BR.js';

// Zod's own messages (every one a schema does not override) in pt-BR, like the portal and the
// stores: they reach HQ users as `error.details[].message`. Set once for the process.
z.config(z.locales.ptBR());

export interface RelayErrorOptions {
  /** The catalog text to show when it is not the code's own (one code, several situations). */
  messageKey?: RelayMessageKey;
  /** Values for the text's `{placeholders}`. */
  params?: Record<string, string | number>;
  /** For programs: `error.details` of the envelope. */
  details?: unknown;
  /** Sent as the `Retry-After` header (seconds) with a 429 or 503. */
  retryAfterSeconds?: number;
}

/**
 * An expected failure: a stable UPPER_SNAKE `code` programs branch on, and the pt-BR text of the
 * relay's message catalog (`messages.pt-BR.ts`) for the person reading it. Anything else is a 500.
 */
export class RelayError extends Error {
  readonly details: unknown;
  readonly retryAfterSeconds: number | undefined;

  constructor(
    readonly code: RelayMessageKey,
    readonly status: ContentfulStatusCode,
    options: RelayErrorOptions = {},
  ) {
    super(relayMessage(options.messageKey ?? code, options.params));
    this.name = 'RelayError';
    this.details = options.details;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export function ok(c: Context, data: unknown, metadata: Record<string, unknown> = {}, status: ContentfulStatusCode = 200) {
  return c.json({ success: true, data, error: null, metadata: { timestamp: new Date().toISOString(), ...metadata } }, status);
}

/** The error envelope; `message` comes from the catalog (`relayMessage`, or a RelayError's own). */
export function fail(c: Context, code: string, status: ContentfulStatusCode, message: string, details?: unknown) {
  return c.json(
    { success: false, data: null, error: { code, message, details: details ?? null }, metadata: { timestamp: new Date().toISOString() } },
    status,
  );
}

export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new RelayError('VALIDATION_FAILED', 400, {
      details: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    });
  }
  return parsed.data;
}

/**
 * Parses a JSON body, turning malformed JSON into a 400 rather than a 500. Only a body declared
 * `application/json` is read: a browser sends that cross-origin only after a CORS preflight the
 * relay never grants, while a text/plain body (a form, a `no-cors` fetch) needs none.
 */
export async function readJson(c: Context): Promise<unknown> {
  if (!/^application\/json\s*(;|$)/i.test(c.req.header('content-type') ?? '')) throw new RelayError('UNSUPPORTED_MEDIA_TYPE', 415);
  try {
    return await c.req.json();
  } catch {
    throw new RelayError('INVALID_JSON', 400);
  }
}
