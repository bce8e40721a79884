import { TEST_ADMIN_PASSWORD } from './appliance-process.js';

export interface ApiResponse<T = any> {
  status: number;
  /** `error` is null on success; typed non-null so assertions on failures read plainly. */
  body: { success: boolean; data: T; error: { code: string; message: string; details: any }; metadata: any };
  headers: Headers;
}

/** A small JSON client for end-to-end suites: envelope in, envelope out. */
export class ApiClient {
  constructor(
    public baseUrl: string,
    public token: string | null = null,
  ) {}

  async call<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const res = await fetch(`${this.baseUrl}/api/v1${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
  }

  get<T = any>(path: string) {
    return this.call<T>('GET', path);
  }

  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.call<T>('POST', path, body ?? {}, headers);
  }

  async login(username = 'admin', password = TEST_ADMIN_PASSWORD): Promise<this> {
    const res = await this.post('/auth/login', { username, password });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
    this.token = res.body.data.accessToken;
    return this;
  }
}
