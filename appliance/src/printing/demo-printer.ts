import { join } from 'node:path';
import type { PrinterConfig } from '../devices/printer/printer-config.js';
import type { DeviceProfile } from '../devices/profiles/schema.js';
import type { ModuleContext } from '../kernel/module.js';
import { configurePrinter } from './configure-printer.js';

export interface DemoPrinter {
  stop(): Promise<void>;
}

export const DEMO_PRINTER_ID = 'caixa-1';
const ACTOR = { actor: { type: 'system' as const, id: 'demo-printer' } };

const demoConfig = (port: number): PrinterConfig => ({
  id: DEMO_PRINTER_ID,
  name: 'Caixa 1 (impressora virtual)',
  profileId: 'epson-tm-t20',
  connection: { type: 'tcp', host: '127.0.0.1', port },
});

/** Seeded once so other modules' demo data can already queue prints for it. */
export async function seedDemoPrinter(ctx: ModuleContext, profiles: DeviceProfile[]): Promise<void> {
  await ctx.commands.run('printer.configure', (tx) => configurePrinter(tx, demoConfig(9100), profiles), ACTOR);
}

/**
 * With CHEFIA_DEMO=1 the store gets a virtual TCP printer on loopback: every job lands as
 * <dataDir>/receipts/job-NNNN.png and .txt, so a newcomer sees receipts without hardware. The
 * port is free-chosen at each start and the demo printer's config follows it.
 */
export async function startDemoPrinter(ctx: ModuleContext, profiles: DeviceProfile[]): Promise<DemoPrinter> {
  const receipts = join(ctx.config.dataDir, 'receipts');
  // Imported here: its PNG/QR rendering (pngjs, qrcode) is only for the demo store.
  const { VirtualPrinterServer } = await import('../devices/printer/virtual/server.js');
  const server = new VirtualPrinterServer({ outDir: receipts });
  const port = await server.start();
  await ctx.commands.run('printer.configure', (tx) => configurePrinter(tx, demoConfig(port), profiles), ACTOR);
  ctx.logger.info({ port, receipts }, 'virtual printer ready');
  return { stop: () => server.stop() };
}
