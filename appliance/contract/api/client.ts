import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './appliance-api.generated.js';
import { ApiError } from './api-error.js';

export { ApiError } from './api-error.js';
export type { paths as AppliancePaths } from './appliance-api.generated.js';

export interface ApplianceClientOptions {
  /** The appliance's origin, e.g. `http://192.168.0.10:8080` (paths in the document carry `/api/v1`). */
  baseUrl: string;
  /** The current access token (or device token); asked before every request, so a refreshed one is used at once. */
  accessToken?: () => string | null | undefined;
  fetch?: (input: Request) => Promise<Response>;
}

export type ApplianceClient = Client<paths>;

/**
 * The web apps' way to call the appliance: paths, parameters, bodies and answers typed from the
 * generated OpenAPI types (never hand-written fetch shapes). Pass each call to `unwrap`.
 */
export function createApplianceClient(options: ApplianceClientOptions): ApplianceClient {
  const client = createClient<paths>({ baseUrl: options.baseUrl, fetch: options.fetch });
  const accessToken = options.accessToken;
  if (accessToken) {
    client.use({
      onRequest({ request }) {
        const token = accessToken();
        if (token) request.headers.set('Authorization', `Bearer ${token}`);
        return request;
      },
    });
  }
  return client;
}

type CallResult<D> = { data: { data: D }; error?: never; response: Response } | { data?: never; error: unknown; response: Response };

/**
 * The envelope's `data` of a successful call; a refused one throws an ApiError with the envelope's
 * stable `code`, its pt-BR `message` and `details`.
 * `const day = await unwrap(api.GET('/api/v1/business-days/current'))`
 */
export async function unwrap<D>(call: Promise<CallResult<D>>): Promise<D> {
  const result = await call;
  if (result.data !== undefined && result.response.ok) return result.data.data;
  throw ApiError.from(result.response, result.error);
}
