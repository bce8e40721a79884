import type { Clock } from '../../kernel/clock.js';
import { startTestAppliance, type TestAppliance } from '../../kernel/testing/harness.js';
import type { ApplianceModule } from '../../kernel/module.js';
import { createAuthModule } from '../index.js';

export const ADMIN_PASSWORD = 'Admin#2026';

/** A clock tests move by hand to reach idle timeouts, lockout ends and password expiry. */
export class ManualClock implements Clock {
  constructor(private ms = Date.parse('2026-11-23T12:00:00.000Z')) {}
  now(): Date {
    return new Date(this.ms);
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

export interface ApiResult<T = any> {
  status: number;
  /** `error` is typed loosely: tests assert on it only where the call must have failed. */
  body: { success: boolean; data: T; error: { code: string; message: string; details: any }; metadata: any };
  headers: Headers;
}

/** Thin JSON client over a running test appliance. */
export class AuthTestClient {
  constructor(readonly app: TestAppliance) {}

  async call<T = any>(method: string, path: string, options: { body?: unknown; token?: string; headers?: Record<string, string> } = {}): Promise<ApiResult<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const res = await fetch(`${this.app.baseUrl}/api/v1${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    return { status: res.status, body: await res.json(), headers: res.headers };
  }

  post<T = any>(path: string, body?: unknown, token?: string, headers?: Record<string, string>) {
    return this.call<T>('POST', path, { body: body ?? {}, token, headers });
  }

  get<T = any>(path: string, token?: string) {
    return this.call<T>('GET', path, { token });
  }

  async login(username: string, password: string) {
    const res = await this.post('/auth/login', { username, password });
    if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body.error)}`);
    return res.body.data as { accessToken: string; refreshToken: string; sessionId: string; user: { id: string; role: string; permissions: string[] } };
  }

  async adminToken(): Promise<string> {
    return (await this.login('admin', ADMIN_PASSWORD)).accessToken;
  }

  async createUser(token: string, user: { username: string; role: string; password: string; pin?: string; name?: string }) {
    const res = await this.post('/users', { name: user.name ?? user.username, ...user }, token);
    if (res.status !== 201) throw new Error(`create ${user.username} failed: ${res.status} ${JSON.stringify(res.body.error)}`);
    return res.body.data as { id: string; username: string; role: string };
  }

  journalTypes(): string[] {
    return this.app.ctx.journal.readAfter(0, 100_000).map((e) => e.type);
  }
}

export async function startAuthAppliance(options: { clock?: Clock; extraModules?: ApplianceModule[] } = {}) {
  const app = await startTestAppliance([createAuthModule(), ...(options.extraModules ?? [])], { realAuth: true, clock: options.clock });
  return { app, client: new AuthTestClient(app) };
}
