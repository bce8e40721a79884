import { createWebApi } from '../shared/appliance-api';

/** A KDS screen runs as a KITCHEN user's login (station picked on screen) or as a paired device. */
export interface KdsSession {
  mode: 'user' | 'device';
  username: string;
  token: string;
  refreshToken?: string;
  station: string;
}

const STORAGE_KEY = 'chefia.kds.session';
// Every KDS call is made before a session exists (log in, pair) or rotates one by hand (refresh).
const api = createWebApi();

export function loadSession(): KdsSession | null {
  let saved: (KdsSession & { password?: string }) | null = null;
  try {
    saved = JSON.parse(localStorage.getItem(STORAGE_KEY) || 'null');
  } catch {
    saved = null;
  }
  // Sessions saved by earlier versions kept the token under `password`, where password managers
  // and anyone reading storage take it for one: move it.
  if (saved && saved.password !== undefined) {
    if (saved.token === undefined) saved.token = saved.password;
    delete saved.password;
    saveSession(saved);
  }
  return saved?.station ? saved : null;
}

export function saveSession(session: KdsSession): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
}

export function forgetSession(): void {
  localStorage.removeItem(STORAGE_KEY);
}

export async function loginSession(username: string, password: string, station: string): Promise<KdsSession> {
  const login = await api.post('/api/v1/auth/login', { body: { username, password } });
  return { mode: 'user', username, token: login.accessToken, refreshToken: login.refreshToken, station };
}

export async function pairSession(code: string, pickedStation: string): Promise<KdsSession> {
  const paired = await api.post('/api/v1/devices/pair', { body: { code } });
  const stations = paired.device.stations.map((s) => s.toUpperCase());
  // A device serving several stations shows the one picked here, if it is one of them.
  const station = stations.includes(pickedStation) ? pickedStation : stations[0] || pickedStation;
  return { mode: 'device', username: paired.mqttUsername, token: paired.deviceToken, station };
}

/**
 * How often a screen signed in as a kitchen user renews its login while it only listens. A login
 * ends after 15 minutes without an HTTP call, and the broker then closes the connection opened with
 * it (its own MQTT traffic does not count: a stolen access token alone must not keep it alive): a
 * KDS that only shows tickets would be sent back to the setup screen mid-service. A paired device
 * has a device token, which does not end this way.
 */
export const SESSION_RENEW_MS = 10 * 60 * 1000;

/** A user's screen outlives its 30-minute access token: rotate it when the broker refuses it. */
export async function refreshSession(session: KdsSession): Promise<boolean> {
  if (session.mode !== 'user' || !session.refreshToken) return false;
  try {
    const data = await api.post('/api/v1/auth/refresh', { body: { refreshToken: session.refreshToken } });
    session.token = data.accessToken;
    session.refreshToken = data.refreshToken;
    saveSession(session);
    return true;
  } catch {
    return false;
  }
}
