import type { HttpBindings as NodeBindings } from '@hono/node-server';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isStorageFull } from '../db/storage-full.js';
import { AppError, storageFull } from '../errors.js';
import type { MessageCatalog } from '../i18n/catalog.js';
import { newId } from '../ids.js';
import type { CommandBus } from '../journal/command-bus.js';
import type { Logger } from '../logger.js';
import type { KernelMetrics } from '../metrics.js';
import type { AppEnv, Authenticator } from './env.js';
import { errorBody } from './envelope.js';
import { SECURITY_HEADERS } from './security-headers.js';

export interface HttpDeps {
  commands: CommandBus;
  messages: MessageCatalog;
  logger: Logger;
  metrics: KernelMetrics;
  maxBodyBytes: number;
  /**
   * Paths whose body is a file streamed to disk by the route itself, which enforces its own limit
   * (a system update bundle of hundreds of MiB): exempt from `maxBodyBytes`.
   */
  streamedBodyPaths?: ReadonlySet<string>;
  authenticator: () => Authenticator | null;
}

/** A body limit and the code of the 413 that refuses a body past it. */
export interface BodyLimit {
  maxBytes: number;
  code: string;
}

/** Per root app, how a module gives one of its paths a body limit of its own (see `raiseBodyLimit`). */
const pathLimitRegistries = new WeakMap<Hono<AppEnv>, (path: string, limit: BodyLimit) => void>();

/**
 * Gives one path of the root app its own body limit instead of `maxBodyBytes`, for a route that
 * takes a whole file a store uploads (its previous POS's product export): past it, 413 with the
 * route's own code, whose message tells the store what to do. Called while modules register.
 */
export function raiseBodyLimit(root: Hono<AppEnv>, path: string, limit: BodyLimit): void {
  const register = pathLimitRegistries.get(root);
  if (!register) throw new Error('raiseBodyLimit needs the root app made by createHttpApp');
  register(path, limit);
}

const ID_PATTERN = /^[\w.:-]{1,128}$/;
const SECURITY_HEADER_ENTRIES = Object.entries(SECURITY_HEADERS);

function setHeader(c: Context<AppEnv>, outgoing: NodeBindings['outgoing'] | undefined, name: string, value: string): void {
  if (outgoing) outgoing.setHeader(name, value);
  else c.header(name, value);
}

/** The root app: ids, security headers, logging, metrics, body limit, bearer auth and the error envelope. */
export function createHttpApp(deps: HttpDeps): { root: Hono<AppEnv>; api: Hono<AppEnv> } {
  const root = new Hono<AppEnv>();

  root.use('*', async (c, next) => {
    const started = process.hrtime.bigint();
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && ID_PATTERN.test(incoming) ? incoming : newId();
    const correlation = c.req.header('x-correlation-id');
    c.set('requestId', requestId);
    c.set('correlationId', correlation && ID_PATTERN.test(correlation) ? correlation : requestId);
    c.set('commands', deps.commands);
    c.set('messages', deps.messages);
    c.set('actor', null);
    // Set before the handler runs: headers added to a finished response make @hono/node-server
    // build a full web Response instead of writing its lightweight one straight to the socket.
    // Served by node:http, they go on its response directly: node sends them with whatever the
    // handler answers (error envelopes and streamed bodies too), and Hono then needs no web
    // `Headers` for a plain JSON answer. Without a node response (`app.request` in tests), on Hono's.
    const outgoing = (c.env as Partial<NodeBindings> | undefined)?.outgoing;
    setHeader(c, outgoing, 'X-Request-Id', requestId);
    setHeader(c, outgoing, 'X-Correlation-Id', c.get('correlationId'));
    for (const [name, value] of SECURITY_HEADER_ENTRIES) setHeader(c, outgoing, name, value);
    await next();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const route = c.req.routePath || 'unmatched';
    deps.metrics.httpDuration.observe({ method: c.req.method, route, status: String(c.res.status) }, seconds);
    // The line is built only when it will be written (not at CHEFIA_LOG_LEVEL=warn and above).
    if (!deps.logger.isLevelEnabled('info')) return;
    deps.logger.info(
      {
        requestId,
        correlationId: c.get('correlationId'),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        latencyMs: Math.round(seconds * 1e6) / 1e3,
        actor: c.get('actor')?.id,
      },
      'request',
    );
  });

  const tooLarge = (c: Context<AppEnv>, limit: BodyLimit) => {
    // The rest of the body is never read, so the connection cannot be reused.
    c.header('Connection', 'close');
    return c.json(errorBody(limit.code, deps.messages.t(limit.code), { maxBytes: limit.maxBytes }), 413);
  };
  const enforce = (limit: BodyLimit): MiddlewareHandler<AppEnv> => {
    const chunkedBodyLimit = bodyLimit({ maxSize: limit.maxBytes, onError: (c) => tooLarge(c, limit) });
    return async (c, next) => {
      // With a declared length the header decides, and the body is later read straight from the
      // socket; only chunked bodies need the streaming counter, which builds a full web Request.
      const length = c.req.header('content-length');
      if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
        return Number(length) > limit.maxBytes ? tooLarge(c, limit) : next();
      }
      return chunkedBodyLimit(c, next);
    };
  };
  const generalLimit = enforce({ maxBytes: deps.maxBodyBytes, code: 'BODY_TOO_LARGE' });
  const pathLimits = new Map<string, MiddlewareHandler<AppEnv>>();
  pathLimitRegistries.set(root, (path, limit) => pathLimits.set(path, enforce(limit)));
  root.use('*', async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    if (deps.streamedBodyPaths?.has(c.req.path)) return next();
    return (pathLimits.get(c.req.path) ?? generalLimit)(c, next);
  });

  root.use('*', async (c, next) => {
    // Third-party systems may send their API key as `X-Api-Key` instead of a bearer token.
    const apiKey = c.req.header('x-api-key');
    const header = c.req.header('authorization') ?? (apiKey === undefined ? undefined : `Bearer ${apiKey}`);
    const auth = deps.authenticator();
    if (header && auth) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) throw new AppError('TOKEN_INVALID', 401);
      const actor = auth.authenticateBearer(match[1]);
      if (!actor) throw new AppError('TOKEN_INVALID', 401);
      c.set('actor', actor);
    }
    await next();
  });

  root.onError((thrown, c) => {
    // A write outside the command bus on a full disk is as refused as one inside it.
    const error = isStorageFull(thrown) ? storageFull() : thrown;
    if (error instanceof AppError) {
      const message = deps.messages.t(error.messageKey, error.params);
      return c.json(errorBody(error.code, message, error.details ?? null), error.status);
    }
    if (error instanceof HTTPException) {
      const status = error.status as ContentfulStatusCode;
      const code = status === 413 ? 'BODY_TOO_LARGE' : status === 400 ? 'VALIDATION_FAILED' : 'HTTP_ERROR';
      return c.json(errorBody(code, deps.messages.t(code)), status);
    }
    deps.logger.error({ err: error, requestId: c.get('requestId'), correlationId: c.get('correlationId') }, 'unhandled error');
    return c.json(errorBody('INTERNAL_ERROR', deps.messages.t('INTERNAL_ERROR')), 500);
  });

  root.notFound((c) => c.json(errorBody('ROUTE_NOT_FOUND', deps.messages.t('ROUTE_NOT_FOUND'), { path: c.req.path }), 404));

  // Hono copies routes when mounting, so the caller mounts `api` after every module registered.
  const api = new Hono<AppEnv>();
  return { root, api };
}
