import { signal } from '@preact/signals';
import { apiRequest, postJson, type RequestOptions } from '../../shared/api';
import { createWebApi } from '../../shared/appliance-api';
import { type RefreshAnswer, refreshingCall } from '../../shared/refreshing-call';

/**
 * The manager signed in to the back office. Tokens live in memory only (a reload asks for the
 * password again): the back office holds the store's most powerful sessions.
 */
export interface Manager {
  token: string;
  refreshToken: string;
  user: { id: string; username: string; name: string; role: string; permissions: string[] };
}

interface LoginAnswer {
  accessToken: string;
  refreshToken: string;
  user: Manager['user'];
}

/** Roles the back office is for; others are refused before any screen shows. */
const BACK_OFFICE_ROLES = ['MANAGER', 'ADMIN'];

export const manager = signal<Manager | null>(null);

export class RoleNotAllowedError extends Error {}

export async function login(username: string, password: string): Promise<void> {
  const answer = await postJson<LoginAnswer>('/auth/login', { username, password });
  if (!BACK_OFFICE_ROLES.includes(answer.user.role)) {
    await apiRequest('POST', '/auth/logout', {}, { token: answer.accessToken }).catch(() => undefined);
    throw new RoleNotAllowedError();
  }
  manager.value = { token: answer.accessToken, refreshToken: answer.refreshToken, user: answer.user };
}

export function logout(): void {
  const current = manager.value;
  manager.value = null;
  if (current) void apiRequest('POST', '/auth/logout', {}, { token: current.token }).catch(() => undefined);
}

export const can = (permission: string): boolean => manager.value?.user.permissions.includes(permission) ?? false;

/** An API call as the signed-in manager; an expired access token is rotated once and retried. */
export function call<T>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  const current = manager.value;
  const renewed = (fresh: RefreshAnswer | null) => {
    manager.value = fresh && current ? { token: fresh.accessToken, refreshToken: fresh.refreshToken, user: current.user } : null;
  };
  return refreshingCall<T>(current, renewed, method, path, body, options);
}

/** The typed API (`appliance/web/shared/appliance-api.ts`) as the signed-in manager, rotating an expired token once. */
export const api = createWebApi({
  session: {
    current: () => (manager.value ? { token: manager.value.token, refreshToken: manager.value.refreshToken } : null),
    renewed: (fresh) => {
      const current = manager.value;
      manager.value = fresh && current ? { token: fresh.accessToken, refreshToken: fresh.refreshToken, user: current.user } : null;
    },
  },
});
