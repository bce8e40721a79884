import type { ClientPathsWithMethod, MaybeOptionalInit } from 'openapi-fetch';
import { ApiError, type ApplianceClient, type AppliancePaths, createApplianceClient } from '../../contract/api/client';
import { answeredOffline, OfflineError } from './api';

/**
 * The web apps' one way to call the appliance: path, parameters, body and answer are typed from the
 * generated OpenAPI types, the answer is the envelope's `data`. A refusal throws an ApiError (stable
 * `code`, pt-BR `message`); an appliance that cannot be reached throws an OfflineError, which the
 * POS outage queue waits on and retries.
 *
 *   const api = createWebApi({ session });
 *   const order = await api.post('/api/v1/orders', { body, idempotencyKey });
 *   const day = await api.get('/api/v1/business-days/{id}', { params: { path: { id } } });
 */
export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type ApiPath<M extends Method> = ClientPathsWithMethod<ApplianceClient, M>;

type SuccessStatus = 200 | 201 | 202;
type SuccessEnvelope<Op> = Op extends { responses: infer R }
  ? { [S in keyof R]: S extends SuccessStatus ? (R[S] extends { content: { 'application/json': infer J } } ? J : never) : never }[keyof R]
  : never;

/** What a call answers: the envelope's `data` of the route's success response. */
export type ApiAnswer<P extends keyof AppliancePaths, M extends Method> = SuccessEnvelope<AppliancePaths[P][M]> extends { data: infer D } ? D : never;

export interface CallOptions {
  /** Sent as `Idempotency-Key`: a retry with the same key gets the first answer and changes nothing. */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

type RouteInit<P extends keyof AppliancePaths, M extends Method> = NonNullable<MaybeOptionalInit<AppliancePaths[P], M>> & CallOptions;
/** The init argument is optional exactly when the route needs no parameters and no body. */
type CallArgs<P extends keyof AppliancePaths, M extends Method> = undefined extends MaybeOptionalInit<AppliancePaths[P], M> ? [init?: RouteInit<P, M>] : [init: RouteInit<P, M>];
type Call<M extends Method> = <P extends ApiPath<M>>(path: P, ...init: CallArgs<P, M>) => Promise<ApiAnswer<P, M>>;

export type WebApi = { [M in Method]: Call<M> };

export type RefreshAnswer = ApiAnswer<'/api/v1/auth/refresh', 'post'>;

/** The signed-in caller's tokens; a device has no refresh token and its refusals are final. */
export interface SessionTokens {
  token: string;
  refreshToken?: string;
}

export interface ApiSession {
  /** The tokens to call with now (null: not signed in). */
  current(): SessionTokens | null;
  /** Hears the rotated pair after an expired access token, or null when the session is over (ask for credentials again). */
  renewed(fresh: RefreshAnswer | null): void;
}

export interface WebApiOptions {
  session?: ApiSession;
  /** Defaults to the page's own origin: the appliance serves the web apps. */
  baseUrl?: string;
  fetch?: (input: Request) => Promise<Response>;
}

type LooseInit = { params?: unknown; body?: unknown; headers?: Record<string, string>; parseAs: 'text'; cache: RequestCache; signal?: AbortSignal };
type LooseRequest = (method: Method, path: string, init: LooseInit) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

const isAbort = (error: unknown) => error instanceof Error || error instanceof DOMException ? error.name === 'AbortError' : false;

function envelopeOf(raw: unknown): { success?: unknown; data?: unknown; error?: unknown } | null {
  if (typeof raw !== 'string') return raw && typeof raw === 'object' ? raw : null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed && typeof parsed === 'object' ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * The rotations in flight on this page, by refresh token. A refresh token works only once (a second
 * use revokes the session as stolen, `REFRESH_TOKEN_REUSED`), so every client of the page (a POS's
 * own calls and its customer-display mirror, each with its own client) shares one rotation.
 */
const refreshing = new Map<string, Promise<RefreshAnswer | null>>();

export function createWebApi(options: WebApiOptions = {}): WebApi {
  const client = createApplianceClient({ baseUrl: options.baseUrl ?? '', fetch: options.fetch });
  // The typed surface is checked at each call site (`WebApi`); underneath every method is the same request.
  const request = client.request as unknown as LooseRequest;
  const session = options.session;

  async function once(method: Method, path: string, init: Record<string, unknown>, token: string | undefined): Promise<unknown> {
    const { idempotencyKey, signal, params, body } = init as CallOptions & { params?: unknown; body?: unknown };
    const headers: Record<string, string> = {};
    if (token) headers.Authorization = `Bearer ${token}`;
    if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
    let result: Awaited<ReturnType<LooseRequest>>;
    try {
      // Read as text: a proxy's HTML page or an empty answer must not escape as a parse error.
      result = await request(method, path, { params, body, headers, signal, parseAs: 'text', cache: 'no-store' });
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new OfflineError();
    }
    const { response } = result;
    const envelope = envelopeOf(response.ok ? result.data : result.error);
    if (response.ok && envelope?.success === true) return envelope.data;
    if (answeredOffline(response.status, envelope)) throw new OfflineError();
    throw ApiError.from(response, envelope);
  }

  function refresh(refreshToken: string): Promise<RefreshAnswer | null> {
    let pending = refreshing.get(refreshToken);
    if (!pending) {
      pending = (once('post', '/api/v1/auth/refresh', { body: { refreshToken } }, undefined) as Promise<RefreshAnswer>).catch(() => null);
      refreshing.set(refreshToken, pending);
      void pending.finally(() => refreshing.delete(refreshToken));
    }
    return pending;
  }

  async function call(method: Method, path: string, init: Record<string, unknown> = {}): Promise<unknown> {
    const used = session?.current() ?? null;
    try {
      return await once(method, path, init, used?.token);
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'TOKEN_INVALID' || !session || !used?.refreshToken) throw error;
      // Another call may have rotated the pair meanwhile: retry with it rather than spend the old refresh token.
      const latest = session.current();
      if (latest && latest.token !== used.token) return once(method, path, init, latest.token);
      const fresh = await refresh(used.refreshToken);
      session.renewed(fresh);
      if (!fresh) throw error;
      return once(method, path, init, fresh.accessToken);
    }
  }

  const bind = (method: Method) => ((path: string, init?: Record<string, unknown>) => call(method, path, init)) as never;
  return { get: bind('get'), post: bind('post'), put: bind('put'), patch: bind('patch'), delete: bind('delete') };
}
