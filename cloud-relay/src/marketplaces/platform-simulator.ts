import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Context, Hono, Next } from 'hono';

/** A lifecycle call the integrator made, as the platform recorded it. */
export interface SimulatedAction {
  orderId: string;
  action: string;
  body: unknown;
}

/** An in-repo stand-in for an outside party: its Hono app served on an ephemeral loopback port. */
export abstract class LoopbackService {
  baseUrl = '';
  private server: ServerType | null = null;

  protected abstract app(): Hono;

  async start(): Promise<this> {
    const app = this.app();
    this.server = await new Promise<ServerType>((resolve) => {
      const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
    });
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/**
 * What every platform simulator shares: a loopback HTTP server, the access tokens it issued and
 * checks, and the lifecycle calls it received (in order). Each platform's simulator adds its own
 * routes and event shapes.
 */
export abstract class PlatformSimulator extends LoopbackService {
  readonly actions: SimulatedAction[] = [];
  private readonly tokens = new Set<string>();

  constructor(
    readonly merchantId: string,
    readonly clientId: string,
    readonly clientSecret: string,
  ) {
    super();
  }

  /** The platform revokes every token it issued (the integrator must log in again). */
  revokeTokens(): void {
    this.tokens.clear();
  }

  /** Issues a token when the client credentials are right, else null. */
  protected issueToken(clientId: string | null | undefined, clientSecret: string | null | undefined): string | null {
    if (clientId !== this.clientId || clientSecret !== this.clientSecret) return null;
    const token = crypto.randomBytes(48).toString('base64url');
    this.tokens.add(token);
    return token;
  }

  /** Middleware: 401 without a bearer token this simulator issued (Rappi sends it as `x-authorization`). */
  protected readonly requireToken = async (c: Context, next: Next) => {
    const token = (c.req.header('authorization') ?? c.req.header('x-authorization') ?? '').replace(/^bearer /i, '');
    if (!this.tokens.has(token)) return c.json({ message: 'unauthorized' }, 401);
    await next();
  };

  protected async record(c: Context, orderId: string, action: string): Promise<void> {
    const text = await c.req.text();
    this.actions.push({ orderId, action, body: text ? JSON.parse(text) : null });
  }

  actionsOf(orderId: string): string[] {
    return this.actions.filter((a) => a.orderId === orderId).map((a) => a.action);
  }
}
