import { join } from 'node:path';
import { VirtualPrinterServer } from '../devices/printer/virtual/server.js';
import type { ModuleContext } from '../kernel/module.js';
import { configurePrinter } from './configure-printer.js';
import { loadProfiles } from '../devices/profiles/loader.js';

export interface DemoPrinter {
  stop(): Promise<void>;
}

export const DEMO_PRINTER_ID = 'caixa-1';

/**
 * With CHEFIA_DEMO=1 the store gets a virtual TCP printer on loopback: every job lands as
 * <dataDir>/receipts/job-NNNN.png and .txt, so a newcomer sees receipts without hardware.
 */
export async function startDemoPrinter(ctx: ModuleContext): Promise<DemoPrinter> {
  const server = new VirtualPrinterServer({ outDir: join(ctx.config.dataDir, 'receipts') });
  const port = await server.start();
  await ctx.commands.run(
    'printer.configure',
    (tx) =>
      configurePrinter(tx, { id: DEMO_PRINTER_ID, name: 'Caixa 1 (impressora virtual)', profileId: 'epson-tm-t20', connection: { type: 'tcp', host: '127.0.0.1', port } }, loadProfiles()),
    { actor: { type: 'system', id: 'demo-printer' } },
  );
  ctx.logger.info({ port, receipts: join(ctx.config.dataDir, 'receipts') }, 'virtual printer ready');
  return { stop: () => server.stop() };
}
