import { findProductToSellByBarcode } from '../catalog/index.js';
import type { ScannedProduct } from '../devices/scanner/index.js';
import { hardwareRuntimeOf } from '../hardware/index.js';
import type { ModuleContext } from '../kernel/module.js';

/**
 * Serial scanners resolve their codes against the catalog by the till's own rule (a product off the
 * menu is refused with the catalog's reason); the hardware module publishes the result.
 */
export function registerScannerLookup(ctx: ModuleContext): void {
  const hardware = hardwareRuntimeOf(ctx);
  if (!hardware) return;
  hardware.useBarcodeLookup(async (code): Promise<ScannedProduct | null> => {
    const product = findProductToSellByBarcode(ctx.db, code);
    if (!product) return null;
    return { productId: product.id, name: product.name, unitPriceCents: product.priceCents, soldBy: product.type === 'WEIGHT' ? 'WEIGHT' : 'UNIT' };
  });
}
