import type { MiddlewareHandler } from 'hono';
import type { z } from 'zod';

/**
 * What a route tells its readers, declared next to the route itself. The marker middleware does
 * nothing per request; the OpenAPI document is built from these markers (found on `app.routes`)
 * on first demand, so start-up pays neither a schema conversion nor a package import.
 */
export const ROUTE_DOC = Symbol.for('chefia.openapi.route-doc');
/** Set on guard middleware (permission checks, credential checks) so the document derives security from the guard the route really runs. */
export const ROUTE_GUARD = Symbol.for('chefia.openapi.route-guard');

export type SuccessStatus = 200 | 201 | 202 | 204 | 302 | 303;
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 423 | 429 | 502 | 503 | 504 | 507;

/**
 * Names a route's answer schema without building it. Answers are described for the document's
 * readers, never checked per request, and every zod schema holds about 3 KB of heap for the life of
 * the process: built at start-up, the answers of every route would cost the appliance megabytes of
 * idle memory for a document that is rarely asked for. So a module keeps its answer schemas in its
 * `answers.ts`, and the route names them through a dynamic import, resolved only when the document is
 * built: `response: () => import('./answers.js').then((a) => a.stockItemAnswer)`.
 * A schema the module already builds for its own use may be named directly: `() => orderSchema`.
 */
export type AnswerSchema = () => z.ZodType | Promise<z.ZodType>;

export interface RouteDoc {
  /** One English line. */
  summary: string;
  /** The module (or area) the route belongs to. */
  tag: string;
  description?: string;
  /** The schemas the handler parses: the same objects, never a second copy. */
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The fields of a form post (`application/x-www-form-urlencoded`), for pages that take forms. */
  form?: z.ZodType;
  /** The envelope's `data` (one item of it when `paged`); omitted when the answer is not described further than "any JSON". */
  response?: AnswerSchema;
  /** The answer is a page: `metadata` is `{page, size, total}`. */
  paged?: boolean;
  status?: SuccessStatus;
  /** A non-envelope answer (pages, text, files): its media type. */
  produces?: string;
  /** Route-specific error codes by status; the guard's and validation's are added by the generator. */
  errors?: Partial<Record<ErrorStatus, readonly string[]>>;
  /** The route also takes a manager override (`X-Manager-Override` or the body's `managerOverride`). */
  managerOverride?: boolean;
  /** An explicit security requirement, for routes whose guard is not a marked middleware (webhooks, public pages: `[]`). */
  security?: Array<Record<string, string[]>>;
}

export interface RouteGuard {
  security: Array<Record<string, string[]>>;
  /** Shown in the document as `x-permission`. */
  permission?: string;
  /** Roles allowed, for guards that check roles rather than permissions. */
  roles?: readonly string[];
  errors: Partial<Record<ErrorStatus, readonly string[]>>;
}

export type DocumentedHandler = MiddlewareHandler & { [ROUTE_DOC]: RouteDoc };

export function routeDoc(doc: RouteDoc): DocumentedHandler {
  const marker: MiddlewareHandler = (_c, next) => next();
  return Object.assign(marker, { [ROUTE_DOC]: doc });
}

/** Marks a guard middleware with the security it enforces. */
export function guarded<M extends MiddlewareHandler>(middleware: M, guard: RouteGuard): M & { [ROUTE_GUARD]: RouteGuard } {
  return Object.assign(middleware, { [ROUTE_GUARD]: guard });
}
