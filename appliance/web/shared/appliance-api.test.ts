import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import '../testing/provided-context';
import { ApiError, getJson, OfflineError, postJson } from './api';
import { type ApiSession, createWebApi, type RefreshAnswer, type SessionTokens } from './appliance-api';

const appliance = inject('webAppliance');
const gateway = inject('webGateway');

/** The page's own origin, as when the appliance serves the web app (calls go to `/api/v1/...` of it). */
function openPageAt(origin: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${origin}/pos/`);
}

/** A signed-in screen's session: what it holds now and every rotation it heard. */
function screenSession(tokens: SessionTokens | null): ApiSession & { renewals: (RefreshAnswer | null)[] } {
  let current = tokens;
  const renewals: (RefreshAnswer | null)[] = [];
  return {
    renewals,
    current: () => current,
    renewed(fresh) {
      renewals.push(fresh);
      current = fresh && { token: fresh.accessToken, refreshToken: fresh.refreshToken };
    },
  };
}

async function adminLogin() {
  return createWebApi().post('/api/v1/auth/login', { body: { username: 'admin', password: appliance.adminPassword } });
}

describe('typed API wrapper of the web apps, against a real appliance', () => {
  let admin: Awaited<ReturnType<typeof adminLogin>>;
  beforeAll(async () => {
    openPageAt(appliance.url);
    admin = await adminLogin();
  });
  afterEach(() => openPageAt(appliance.url));

  it('answers the envelope data of the route, with the bearer token of the session', async () => {
    const login = admin;
    expect(login.user).toMatchObject({ username: 'admin', role: 'ADMIN' });
    const api = createWebApi({ session: screenSession({ token: login.accessToken, refreshToken: login.refreshToken }) });
    const user = await api.get('/api/v1/users/{id}', { params: { path: { id: login.user.id } } });
    expect(user).toMatchObject({ id: login.user.id, username: 'admin', status: 'ACTIVE' });
  });

  it('refuses with the stable code, the status and the pt-BR message of the store', async () => {
    const refused = await createWebApi()
      .post('/api/v1/auth/login', { body: { username: 'admin', password: 'errada' } })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ code: 'INVALID_CREDENTIALS', status: 401, message: 'Usuário ou senha inválidos.' });
  });

  it('rotates an expired access token once for calls refused together, and retries them', async () => {
    const login = await adminLogin();
    const session = screenSession({ token: 'expirado', refreshToken: login.refreshToken });
    const api = createWebApi({ session });
    const [mine, listed] = await Promise.all([api.get('/api/v1/users/{id}', { params: { path: { id: login.user.id } } }), api.get('/api/v1/users')]);
    expect(mine.username).toBe('admin');
    expect(listed.map((user) => user.username)).toContain('admin');
    expect(new Set(session.renewals.map((fresh) => fresh?.refreshToken)).size).toBe(1);
    expect(session.current()?.token).toBe(session.renewals[0]?.accessToken);
  });

  it('ends the session when the refresh token is refused too', async () => {
    const session = screenSession({ token: 'expirado', refreshToken: 'desconhecido' });
    const refused = await createWebApi({ session })
      .get('/api/v1/users')
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'TOKEN_INVALID', status: 401 });
    expect(session.renewals).toEqual([null]);
  });

  it('sends the Idempotency-Key: a retried registration answers the first result and registers nothing more', async () => {
    const api = createWebApi({ session: screenSession({ token: admin.accessToken }) });
    const body = { name: 'KDS da chapa', kind: 'KDS' as const, stations: ['CHAPA'] };
    const first = await api.post('/api/v1/devices', { body, idempotencyKey: 'registrar-kds-chapa' });
    const retried = await api.post('/api/v1/devices', { body, idempotencyKey: 'registrar-kds-chapa' });
    expect(retried).toEqual(first);
    const registered = await api.get('/api/v1/devices', { params: { query: { kind: 'KDS' } } });
    expect(registered.map((device) => device.id)).toEqual([first.device.id]);
  });

  it('gives back the abort of a cancelled call as is, never as an outage', async () => {
    const cancelled = await createWebApi()
      .post('/api/v1/auth/login', { body: { username: 'admin', password: appliance.adminPassword }, signal: AbortSignal.abort() })
      .catch((error: unknown) => error);
    expect(cancelled).not.toBeInstanceOf(OfflineError);
    expect((cancelled as Error).name).toBe('AbortError');
  });

  it('gives a 503 the appliance itself answers as a refusal with its code and pt-BR message, never as an outage', async () => {
    // This appliance cannot restart itself: it answers 503 RESTART_NOT_SUPPORTED in its own envelope.
    const text = 'Este appliance não consegue reiniciar sozinho: reinicie o serviço para concluir.';
    const api = createWebApi({ session: screenSession({ token: admin.accessToken }) });
    const typed = await api.post('/api/v1/service/restarts', { body: { target: 'appliance' } }).catch((error: unknown) => error);
    expect(typed).toBeInstanceOf(ApiError);
    expect(typed).toMatchObject({ code: 'RESTART_NOT_SUPPORTED', status: 503, message: text });
    const plain = await postJson('/service/restarts', { target: 'appliance' }, { token: admin.accessToken }).catch((error: unknown) => error);
    expect(plain).toBeInstanceOf(ApiError);
    expect(plain).toMatchObject({ code: 'RESTART_NOT_SUPPORTED', status: 503, message: text });
  });

  it('reports an unreachable appliance, a proxy error page and a restarting appliance as OfflineError, so queued work is retried', async () => {
    openPageAt(gateway.unreachableUrl);
    await expect(createWebApi().get('/api/v1/users')).rejects.toBeInstanceOf(OfflineError);
    openPageAt(gateway.url);
    await expect(createWebApi().get('/api/v1/users')).rejects.toBeInstanceOf(OfflineError);
    await expect(createWebApi().post('/api/v1/auth/login', { body: { username: 'admin', password: 'x' } })).rejects.toBeInstanceOf(OfflineError);
    await expect(getJson('/users')).rejects.toBeInstanceOf(OfflineError);
    await expect(postJson('/auth/login', { username: 'admin', password: 'x' })).rejects.toBeInstanceOf(OfflineError);
  });
});
