import { ConfigError } from '../kernel/config.js';
import type { ModuleContext } from '../kernel/module.js';
import { hashSecret } from './crypto/secret-hash.js';
import { randomPassword } from './crypto/tokens.js';
import { passwordPolicyViolations } from './password-policy.js';
import { createUser } from './users/user-commands.js';
import { findUserByUsername } from './users/user-store.js';

/**
 * Creates the `admin` user on first start, with CHEFIA_ADMIN_PASSWORD or (unset or empty) a
 * random one that is logged once.
 */
export async function ensureAdminUser(ctx: ModuleContext): Promise<void> {
  if (findUserByUsername(ctx.db, 'admin')) return;
  const configured = ctx.config.adminPassword || undefined;
  if (configured !== undefined) {
    const broken = passwordPolicyViolations(configured);
    if (broken.length > 0) throw new ConfigError([{ variable: 'CHEFIA_ADMIN_PASSWORD', message: `does not meet the password policy (${broken.join(', ')})` }]);
  }
  const password = configured ?? randomPassword();
  const passwordHash = await hashSecret(password);
  await ctx.commands.run('auth.create_admin', (tx) => createUser(tx, { username: 'admin', name: 'Administrador', role: 'ADMIN', passwordHash, pinHash: null }), {
    actor: { type: 'system', id: 'bootstrap' },
  });
  if (configured === undefined) {
    ctx.logger.warn({ username: 'admin', initialPassword: password }, 'admin user created with a generated password; it is shown only this once');
  } else {
    ctx.logger.info({ username: 'admin' }, 'admin user created from CHEFIA_ADMIN_PASSWORD');
  }
}
