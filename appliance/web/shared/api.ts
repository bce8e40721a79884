/**
 * Every HTTP call the web apps make goes through here: the appliance's JSON envelope, the bearer
 * token, the Idempotency-Key of a retried POST, and errors that carry the API's stable code and
 * its pt-BR message (never an English text, never a bare status).
 */
import { ApiError } from '../../contract/api/client';

export { ApiError };

/** Thrown when the appliance cannot be reached at all (Wi-Fi down, appliance restarting). */
export class OfflineError extends Error {
  constructor() {
    super('OFFLINE');
  }
}

/** The appliance's own refusal: its JSON envelope with a stable code and a pt-BR message. */
function isApplianceRefusal(envelope: unknown): boolean {
  if (!envelope || typeof envelope !== 'object') return false;
  const { success, error } = envelope as { success?: unknown; error?: { code?: unknown; message?: unknown } | null };
  return success === false && typeof error?.code === 'string' && typeof error.message === 'string';
}

/**
 * Whether a failed answer means the appliance was not reached, so queued work waits and is retried:
 * a server error that is not the appliance's own envelope (a proxy's page, a restart), or the
 * appliance saying it is shutting down (the call was not run). Any other refusal of the appliance is
 * an ApiError whatever its status: a 503 PAYMENT_GATEWAY_UNAVAILABLE means the PIX provider is down,
 * the store itself answered.
 */
export function answeredOffline(status: number, envelope: unknown): boolean {
  if (!isApplianceRefusal(envelope)) return status >= 500;
  return (envelope as { error: { code: string } }).error.code === 'SHUTTING_DOWN';
}

export interface RequestOptions {
  token?: string | null;
  idempotencyKey?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export async function apiRequest<T>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { ...options.headers };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: options.signal, cache: 'no-store' });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new OfflineError();
  }
  let envelope: { success: boolean; data: T; error: unknown } | null = null;
  try {
    envelope = await res.json();
  } catch {
    envelope = null;
  }
  if (envelope?.success === true) return envelope.data;
  if (answeredOffline(res.status, envelope)) throw new OfflineError();
  throw ApiError.from(res, envelope);
}

export const postJson = <T>(path: string, body: unknown, options?: RequestOptions) => apiRequest<T>('POST', path, body, options);
export const getJson = <T>(path: string, options?: RequestOptions) => apiRequest<T>('GET', path, undefined, options);

/** A file the API answers as an attachment (e.g. a backup), for the browser to save. */
export async function apiDownload(path: string, token: string | null | undefined): Promise<Blob> {
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {}, cache: 'no-store' });
  } catch {
    throw new OfflineError();
  }
  if (res.ok) return res.blob();
  throw ApiError.from(res, await res.json().catch(() => null));
}

/**
 * Follows a server-sent event stream of the API with the bearer token (which `EventSource` cannot
 * send), calling `onData` with each event's data until `signal` aborts or the stream ends.
 */
export async function apiEventStream(path: string, token: string | null | undefined, onData: (data: string) => void, signal: AbortSignal): Promise<void> {
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {}, cache: 'no-store', signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') return;
    throw new OfflineError();
  }
  if (!res.ok || !res.body) {
    throw ApiError.from(res, await res.json().catch(() => null));
  }
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffered += value;
      const events = buffered.split('\n\n');
      buffered = events.pop() ?? '';
      for (const event of events) {
        const data = event
          .split('\n')
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).replace(/^ /, ''))
          .join('\n');
        if (data) onData(data);
      }
    }
  } catch (error) {
    if ((error as Error).name !== 'AbortError') throw new OfflineError();
  }
}

/** Static JSON the appliance serves next to a page (e.g. `/kds/config.json`). */
export async function fetchPageJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { cache: 'no-store' });
  return (await res.json()) as T;
}
