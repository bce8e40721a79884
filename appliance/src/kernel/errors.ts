import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * A failure the caller can act on. `code` is stable (clients branch on it); `messageKey` names the
 * pt-BR text in the message catalog so what the store staff read stays in one place.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: ContentfulStatusCode,
    readonly messageKey: string = code,
    readonly details?: unknown,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const notFound = (code: string, details?: unknown) => new AppError(code, 404, code, details);
export const conflict = (code: string, details?: unknown) => new AppError(code, 409, code, details);
export const businessRule = (code: string, details?: unknown, params: Record<string, string | number> = {}) =>
  new AppError(code, 422, code, details, params);
export const forbidden = (code = 'FORBIDDEN', details?: unknown) => new AppError(code, 403, code, details);
export const unauthorized = (code = 'UNAUTHENTICATED', details?: unknown) => new AppError(code, 401, code, details);
export const badRequest = (code = 'VALIDATION_FAILED', details?: unknown) => new AppError(code, 400, code, details);
/** The data dir's file system is full: nothing was written; reads still work. */
export const storageFull = () => new AppError('STORAGE_FULL', 507);
