import type { ModuleContext } from '../kernel/module.js';
import { hashSecret } from './crypto/secret-hash.js';
import type { Role } from './permissions.js';
import { createUser } from './users/user-commands.js';
import { findUserByUsername } from './users/user-store.js';

/**
 * The demo store's staff; README "Demo store users" lists the same credentials. Seeded straight
 * into the store, past the credential policy: these well-known PINs are for the demo only.
 */
export const DEMO_USERS: { username: string; name: string; role: Role; password: string; pin: string }[] = [
  { username: 'gerente', name: 'Gabriela Gerente', role: 'MANAGER', password: 'Gerente#2026', pin: '1234' },
  { username: 'caixa', name: 'Carlos Caixa', role: 'CASHIER', password: 'Caixa#2026', pin: '2222' },
  { username: 'garcom', name: 'Gustavo Garçom', role: 'WAITER', password: 'Garcom#2026', pin: '3333' },
  { username: 'cozinha', name: 'Cida Cozinha', role: 'KITCHEN', password: 'Cozinha#2026', pin: '4444' },
  { username: 'cliente', name: 'Cliente Totem', role: 'CUSTOMER', password: 'Cliente#2026', pin: '5555' },
];

export async function seedDemoUsers(ctx: ModuleContext): Promise<void> {
  for (const user of DEMO_USERS) {
    if (findUserByUsername(ctx.db, user.username)) continue;
    const [passwordHash, pinHash] = await Promise.all([hashSecret(user.password), hashSecret(user.pin)]);
    await ctx.commands.run('auth.create_user', (tx) => createUser(tx, { username: user.username, name: user.name, role: user.role, passwordHash, pinHash }), {
      actor: { type: 'system', id: 'demo-seed' },
    });
  }
}
