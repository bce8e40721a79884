import { signal } from '@preact/signals';
import { createWebApi } from '../../shared/appliance-api';
import { storeTimeZone } from './store-time';

/**
 * The manager signed in to the back office. Tokens live in memory only (a reload asks for the
 * password again): the back office holds the store's most powerful sessions.
 */
export interface Manager {
  token: string;
  refreshToken: string;
  user: { id: string; username: string; name: string; role: string; permissions: string[] };
}

/** Roles the back office is for; others are refused before any screen shows. */
const BACK_OFFICE_ROLES = ['MANAGER', 'ADMIN'];

export const manager = signal<Manager | null>(null);

export class RoleNotAllowedError extends Error {}

/** Ends the session of `token` at the appliance; the screen does not wait for it. */
function endSession(token: string): Promise<void> {
  const once = createWebApi({ session: { current: () => ({ token }), renewed: () => undefined } });
  return once.post('/api/v1/auth/logout').then(
    () => undefined,
    () => undefined,
  );
}

export async function login(username: string, password: string): Promise<void> {
  const answer = await api.post('/api/v1/auth/login', { body: { username, password } });
  if (!BACK_OFFICE_ROLES.includes(answer.user.role)) {
    await endSession(answer.accessToken);
    throw new RoleNotAllowedError();
  }
  manager.value = { token: answer.accessToken, refreshToken: answer.refreshToken, user: { ...answer.user, permissions: [...answer.user.permissions] } };
  // Times on every screen are the store's; until this answers (or if it fails) the browser's zone stands in.
  void api.get('/api/v1/store').then(
    (profile) => {
      storeTimeZone.value = profile.timeZone;
    },
    () => undefined,
  );
}

export function logout(): void {
  const current = manager.value;
  manager.value = null;
  if (current) void endSession(current.token);
}

export const can = (permission: string): boolean => manager.value?.user.permissions.includes(permission) ?? false;

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
