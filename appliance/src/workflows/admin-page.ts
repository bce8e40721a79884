import { registerWebApp } from '../kernel/http/web-apps.js';
import type { ModuleContext } from '../kernel/module.js';

/**
 * The back office and service dashboard (`appliance/web/admin`, built into `dist/web`): it
 * configures every module through their own routes with the manager's credentials, so it is
 * served here, next to the POS terminal.
 */
export function registerAdminPage(ctx: ModuleContext): void {
  registerWebApp(ctx.root, '/admin', 'admin');
}
