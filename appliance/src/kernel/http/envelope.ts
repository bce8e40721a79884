import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './env.js';

export interface Envelope<T> {
  success: boolean;
  data: T | null;
  error: { code: string; message: string; details: unknown } | null;
  metadata: Record<string, unknown> | null;
}

export interface PageMetadata {
  page: number;
  size: number;
  total: number;
}

export function successBody<T>(data: T, metadata: Record<string, unknown> | null = null): Envelope<T> {
  return { success: true, data, error: null, metadata };
}

export function errorBody(code: string, message: string, details: unknown = null): Envelope<never> {
  return { success: false, data: null, error: { code, message, details: details ?? null }, metadata: null };
}

export function ok<T>(c: Context<AppEnv>, data: T, status: ContentfulStatusCode = 200): Response {
  return c.json(successBody(data), status);
}

export function paged<T>(c: Context<AppEnv>, data: T[], page: PageMetadata): Response {
  return c.json(successBody(data, { ...page }), 200);
}
