import { ApiError, apiRequest, postJson, type RequestOptions } from './api';

export interface SessionTokens {
  token: string;
  refreshToken: string;
}

export interface RefreshAnswer {
  accessToken: string;
  refreshToken: string;
}

/**
 * An API call with a signed-in user's tokens: an expired access token is rotated once with the
 * refresh token (`/auth/refresh`) and the call retried; `renewed` hears the new pair, or null when
 * the session is over (the app then asks for credentials again).
 */
export async function refreshingCall<T>(
  current: SessionTokens | null,
  renewed: (fresh: RefreshAnswer | null) => void,
  method: string,
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  try {
    return await apiRequest<T>(method, path, body, { ...options, token: current?.token });
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'TOKEN_INVALID' || !current) throw error;
    const fresh = await postJson<RefreshAnswer>('/auth/refresh', { refreshToken: current.refreshToken }).catch(() => null);
    renewed(fresh);
    if (!fresh) throw error;
    return apiRequest<T>(method, path, body, { ...options, token: fresh.accessToken });
  }
}
