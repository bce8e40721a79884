import type { ModuleContext } from '../kernel/module.js';
import { registerCardTerminal } from './card-terminal.js';
import { registerScannerLookup } from './scanner-lookup.js';
import { registerWeighedItemRoute } from './weighed-item.js';

/** Where the configured hardware meets other modules: card payments, barcode lookups, weighed items. */
export function registerHardwareWorkflows(ctx: ModuleContext): void {
  registerCardTerminal(ctx);
  registerScannerLookup(ctx);
  registerWeighedItemRoute(ctx);
}
