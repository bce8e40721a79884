import type { Context } from 'hono';
import { z } from 'zod';
import { AppError } from '../errors.js';
import type { AppEnv } from './env.js';

// Zod's own messages (every one a schema does not override) in pt-BR: they reach the people in the
// store as `error.details[].message`. Set once for the process, before any request is parsed.
z.config(z.locales.ptBR());

function issuesOf(error: z.ZodError) {
  return error.issues.map((i) => ({ path: i.path.join('.'), code: i.code, message: i.message }));
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new AppError('VALIDATION_FAILED', 400, 'VALIDATION_FAILED', issuesOf(result.error));
  return result.data;
}

/** The raw body text, kept so the idempotency layer can hash exactly what was sent. */
export async function rawBody(c: Context<AppEnv>): Promise<string> {
  return c.req.text();
}

export async function readJson<S extends z.ZodType>(c: Context<AppEnv>, schema: S): Promise<z.output<S>> {
  const text = await rawBody(c);
  const type = c.req.header('content-type') ?? '';
  if (text.length > 0 && !/^application\/(.+\+)?json\b/i.test(type)) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 415);
  let value: unknown = {};
  if (text.trim().length > 0) {
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new AppError('MALFORMED_JSON', 400, 'MALFORMED_JSON', { reason: (error as Error).message });
    }
  }
  return parseWith(schema, value);
}

export function readQuery<S extends z.ZodType>(c: Context<AppEnv>, schema: S): z.output<S> {
  return parseWith(schema, c.req.query());
}

export function readParam(c: Context<AppEnv>, name: string): string {
  const value = c.req.param(name);
  if (!value || value.length > 100) throw new AppError('VALIDATION_FAILED', 400, 'VALIDATION_FAILED', [{ path: name, message: 'parâmetro de caminho inválido' }]);
  return value;
}
