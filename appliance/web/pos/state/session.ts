import { signal } from '@preact/signals';
import { type ApiAnswer, createWebApi } from '../../shared/appliance-api';

/**
 * Who works this terminal. The terminal is set up once by a username/password login (its id is
 * kept in localStorage); from then on operators switch by PIN. The operator's tokens live in
 * memory only: a reload or F12 asks for a PIN again.
 */
export interface Operator {
  token: string;
  refreshToken: string;
  user: { id: string; username: string; name: string; role: string };
}

type LoginAnswer = ApiAnswer<'/api/v1/auth/pin-login', 'post'>;

const TERMINAL_KEY = 'chefia.pos.terminal';

export const terminalId = signal<string | null>(localStorage.getItem(TERMINAL_KEY));
export const operator = signal<Operator | null>(null);

function asOperator(answer: LoginAnswer): Operator {
  return { token: answer.accessToken, refreshToken: answer.refreshToken, user: answer.user };
}

export async function setUpTerminal(username: string, password: string): Promise<void> {
  const answer = await api.post('/api/v1/auth/login', { body: { username, password } });
  const id = terminalId.value ?? `pdv-${crypto.randomUUID().slice(0, 8)}`;
  localStorage.setItem(TERMINAL_KEY, id);
  terminalId.value = id;
  operator.value = asOperator(answer);
}

/**
 * Pairs this browser as the POS device the back office registered (its one-time code, or the
 * `/pos?pair=` link of its QR code): the device's id becomes the terminal's id, so drawers opened
 * here name the registered terminal. The device token is not kept: the terminal acts as the
 * operators who sign in on it by PIN.
 */
export async function pairTerminal(code: string): Promise<void> {
  const paired = await api.post('/api/v1/devices/pair', { body: { code } });
  if (paired.device.kind !== 'POS') throw new WrongDeviceKind();
  localStorage.setItem(TERMINAL_KEY, paired.device.id);
  terminalId.value = paired.device.id;
}

/** A pairing code of another kind of device (a KDS screen, a kiosk) entered on the till. */
export class WrongDeviceKind extends Error {}

export async function pinLogin(username: string, pin: string): Promise<void> {
  operator.value = asOperator(await api.post('/api/v1/auth/pin-login', { body: { username, pin } }));
}

export function lock(): void {
  operator.value = null;
}

/**
 * The typed API as the current operator (paths, bodies and answers from the OpenAPI contract); an
 * expired access token is rotated once and retried, a refused rotation asks for the PIN again.
 */
export const api = createWebApi({
  session: {
    current: () => operator.value,
    renewed: (fresh) => {
      const current = operator.value;
      if (fresh && current) operator.value = { token: fresh.accessToken, refreshToken: fresh.refreshToken, user: current.user };
      else lock();
    },
  },
});
