import { GatewayError, type GatewayName } from './pix-gateway.js';

export interface GatewayHttpRequest {
  gateway: GatewayName;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
  timeoutMs: number;
}

/** One JSON call to a gateway; failures become GatewayError with the HTTP status (null = network/timeout). */
export async function gatewayFetch<T>(request: GatewayHttpRequest): Promise<T> {
  const timeout = AbortSignal.timeout(request.timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: request.method,
      headers: { accept: 'application/json', ...(request.body ? { 'content-type': 'application/json' } : {}), ...request.headers },
      body: request.body,
      signal,
    });
  } catch (error) {
    throw new GatewayError(request.gateway, null, `${request.method} ${request.url} failed: ${(error as Error).message}`);
  }
  const text = await response.text().catch(() => '');
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  if (!response.ok) throw new GatewayError(request.gateway, response.status, `${request.method} ${request.url} answered ${response.status}`, body);
  return body as T;
}
