import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';

// Zod's own messages (every one a schema does not override) in pt-BR, like the portal and the
// stores: they reach HQ users as `error.details[].message`. Set once for the process.
z.config(z.locales.ptBR());

/** An expected failure with a stable UPPER_SNAKE code; anything else is a 500. */
export class RelayError extends Error {
  constructor(
    readonly code: string,
    readonly status: ContentfulStatusCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'RelayError';
  }
}

export function ok(c: Context, data: unknown, metadata: Record<string, unknown> = {}, status: ContentfulStatusCode = 200) {
  return c.json({ success: true, data, error: null, metadata: { timestamp: new Date().toISOString(), ...metadata } }, status);
}

export function fail(c: Context, code: string, status: ContentfulStatusCode, message: string, details?: unknown) {
  return c.json(
    { success: false, data: null, error: { code, message, details: details ?? null }, metadata: { timestamp: new Date().toISOString() } },
    status,
  );
}

export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new RelayError(
      'VALIDATION_FAILED',
      400,
      'Requisição inválida.',
      parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    );
  }
  return parsed.data;
}

/** Parses a JSON body, turning malformed JSON into a 400 rather than a 500. */
export async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new RelayError('INVALID_JSON', 400, 'O corpo da requisição não é um JSON válido.');
  }
}
