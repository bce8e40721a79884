import type { ApplianceModule, ModuleContext } from '../kernel/module.js';
import { apiKeyGuard } from './api-keys/api-key-guard.js';
import { registerApiKeyRoutes } from './api-keys/api-key-routes.js';
import { apiKeyMessages } from './api-keys/messages.pt-BR.js';
import { createAuthenticator } from './authenticator.js';
import { ensureAdminUser } from './bootstrap.js';
import { setSecretHashCost } from './crypto/secret-hash.js';
import { loadSigningSecret } from './crypto/signing-secret.js';
import { announceDemoScreenPairing, seedDemoScreens } from './demo-screens.js';
import { seedDemoUsers } from './demo-users.js';
import { registerAuditRoutes } from './http/audit-routes.js';
import { registerAuthRoutes } from './http/auth-routes.js';
import { registerDeviceRoutes } from './http/device-routes.js';
import { registerUserRoutes } from './http/user-routes.js';
import { authMessages } from './messages.pt-BR.js';
import { authMigrations } from './migrations.js';
import { AuthRuntime } from './runtime.js';
import { recordLastSeen } from './sessions/session-commands.js';
import { IDLE_TIMEOUT_MS } from './sessions/session-policy.js';

export { PERMISSIONS, ROLES, ROLE_PERMISSIONS, DEVICE_KINDS, DEVICE_PERMISSIONS, OVERRIDE_ROLES, permissionsOfRole, type Permission, type Role, type DeviceKind } from './permissions.js';
export {
  consumeManagerOverride,
  verifyManagerOverride,
  type OverrideCredentials,
  type OverrideRequester,
  type VerifiedManagerOverride,
  type GrantedOverride,
} from './override/manager-override.js';
export { readManagerOverride, verifyRequestOverride } from './override/read-override.js';
export { SECURITY_EVENT_TYPES, SECURITY_EVENTS_INDEX_TERM } from './audit/security-events.js';
export { DEMO_USERS } from './demo-users.js';
export { passwordPolicyViolations } from './password-policy.js';
export { actorNames } from './users/user-store.js';

const LAST_SEEN_FLUSH_MS = 30_000;

/**
 * The auth module. State lives per appliance (keyed by its context), so several in-process test
 * appliances can share the module object.
 */
export function createAuthModule(): ApplianceModule {
  const runtimes = new WeakMap<ModuleContext, AuthRuntime>();
  const flushers = new Map<NodeJS.Timeout, AuthRuntime>();

  const flushLastSeen = async (rt: AuthRuntime): Promise<void> => {
    const touched = rt.sessions.takeTouched();
    rt.sessions.prune(rt.now().getTime(), IDLE_TIMEOUT_MS);
    if (touched.length === 0) return;
    await rt.run('auth.record_last_seen', (tx) => recordLastSeen(tx, touched));
  };

  return {
    name: 'auth',
    migrations: authMigrations,
    messages: { 'pt-BR': { ...authMessages, ...apiKeyMessages } },
    register(ctx) {
      setSecretHashCost(ctx.config.secretHashCost);
      const rt = new AuthRuntime(ctx, loadSigningSecret(ctx.db, ctx.config.dataDir, ctx.config.jwtSecret));
      runtimes.set(ctx, rt);
      ctx.provideAuthentication(createAuthenticator(rt));
      // Before every module's routes (auth registers first), so each API-key call is limited and audited.
      ctx.api.use('*', apiKeyGuard(rt));
      registerApiKeyRoutes(rt);
      registerAuthRoutes(rt);
      registerUserRoutes(rt);
      registerDeviceRoutes(rt);
      registerAuditRoutes(rt);
    },
    async seedDemo(ctx) {
      await seedDemoUsers(ctx);
      await seedDemoScreens(ctx);
    },
    async start(ctx) {
      await ensureAdminUser(ctx);
      if (ctx.config.demo) await announceDemoScreenPairing(ctx);
      const rt = runtimes.get(ctx)!;
      // Last-seen times are persisted in batches; at most this much is lost on a power cut,
      // which only makes an idle session expire slightly earlier.
      const timer = setInterval(() => {
        flushLastSeen(rt).catch((error) => ctx.logger.warn({ err: error }, 'could not record session last-seen times'));
      }, LAST_SEEN_FLUSH_MS);
      timer.unref();
      flushers.set(timer, rt);
    },
    async stop() {
      // A graceful stop keeps what the timer had not written yet (the kernel closes the command bus after modules stop).
      for (const [timer, rt] of flushers) {
        clearInterval(timer);
        await flushLastSeen(rt).catch((error) => rt.ctx.logger.warn({ err: error }, 'could not record session last-seen times at stop'));
      }
      flushers.clear();
    },
  };
}

export const authModule: ApplianceModule = createAuthModule();
