import { signal } from '@preact/signals';
import { createWebApi } from '../../shared/appliance-api';
import { loadPairedScreen, type PairedScreen, type ScreenConfig } from '../../shared/device-screen';

/**
 * Who works this phone. The phone is paired once as the WAITER_TABLET device the back office
 * registered; waiters then sign in on it by username and PIN. The waiter's tokens live in memory
 * only: a reload or "Sair" asks for the PIN again.
 */
export interface Waiter {
  token: string;
  refreshToken: string;
  user: { id: string; username: string; name: string; role: string };
}

export const STORAGE_KEY = 'chefia.garcom.device';
export const paired = signal<PairedScreen | null>(loadPairedScreen(STORAGE_KEY));
export const waiter = signal<Waiter | null>(null);
/** The store this phone belongs to (`/garcom/config.json`: the MQTT topic root), known once paired. */
export const config = signal<ScreenConfig | null>(null);

/** The typed API as the signed-in waiter; an expired access token is rotated once and retried. */
export const api = createWebApi({
  session: {
    current: () => waiter.value,
    renewed: (fresh) => {
      const current = waiter.value;
      waiter.value = fresh && current ? { ...current, token: fresh.accessToken, refreshToken: fresh.refreshToken } : null;
    },
  },
});

export async function pinLogin(username: string, pin: string): Promise<void> {
  const answer = await api.post('/api/v1/auth/pin-login', { body: { username, pin } });
  waiter.value = { token: answer.accessToken, refreshToken: answer.refreshToken, user: answer.user };
}

/** Ends the waiter's session on the appliance (the call takes the token before it is forgotten here). */
export function logout(): void {
  if (waiter.value) void api.post('/api/v1/auth/logout').catch(() => undefined);
  waiter.value = null;
}
