import type { Db } from '../kernel/db/open.js';
import type { CommandFn } from '../kernel/journal/command-bus.js';
import type { Actor } from '../kernel/journal/event.js';
import type { ModuleContext } from '../kernel/module.js';
import { FailureWindow } from './login/failure-window.js';
import { OverrideAttempts } from './override/override-limits.js';
import { SessionCache } from './sessions/session-cache.js';

export const LOGIN_FAILURE_LIMIT = 5;
export const LOGIN_WINDOW_MS = 60_000;
export const LOCKOUT_MS = 15 * 60_000;

const runtimesByDb = new WeakMap<Db, AuthRuntime>();

/**
 * The auth state of the appliance that owns this database connection: other modules' workflows
 * hand the manager-override check their `ctx.db`, and this finds the limits and journal behind it.
 */
export function authRuntimeOf(db: Db): AuthRuntime {
  const rt = runtimesByDb.get(db);
  if (!rt) throw new Error('the auth module is not registered on this appliance');
  return rt;
}

/** The auth module's in-memory state for one appliance: signing key, session cache, limiters. */
export class AuthRuntime {
  readonly sessions: SessionCache;
  readonly userFailures = new FailureWindow(LOGIN_FAILURE_LIMIT, LOGIN_WINDOW_MS);
  readonly addressFailures = new FailureWindow(LOGIN_FAILURE_LIMIT, LOGIN_WINDOW_MS);
  /** Manager-override checks under way; committed failures live in `override_failures`. */
  readonly overrideAttempts = new OverrideAttempts();
  /** MQTT CONNECT verifies passwords synchronously; remember recent successes (keyed by a digest). */
  readonly verifiedMqttPasswords = new Map<string, { userId: string; expiresMs: number }>();

  constructor(
    readonly ctx: ModuleContext,
    /** HS256 key of the access tokens. */
    readonly secret: Uint8Array,
  ) {
    this.sessions = new SessionCache(ctx.db, ({ sessionId, userId }) => ctx.mqtt.disconnect(userId, sessionId));
    runtimesByDb.set(ctx.db, this);
  }

  now(): Date {
    return this.ctx.clock.now();
  }

  run<T>(name: string, fn: CommandFn<T>, actor: Actor | null = null, correlationId: string | null = null): Promise<T> {
    return this.ctx.commands.run(name, fn, { actor, correlationId });
  }

  /**
   * Called inside every command that changes a user's credentials, role or status: drops what is
   * cached of them and closes their MQTT connections, which reconnect under the committed rules.
   * Inside the transaction, because with group-fsync the change is visible before its request
   * resumes, and a connection authorized under the old rules must not go on acting meanwhile.
   */
  forgetUser(userId: string): void {
    this.ctx.mqtt.disconnect(userId);
    this.sessions.invalidateUser(userId);
    for (const [key, entry] of this.verifiedMqttPasswords) if (entry.userId === userId) this.verifiedMqttPasswords.delete(key);
  }
}
