import { findProductByBarcode } from '../catalog/index.js';
import type { ScannedProduct } from '../devices/scanner/index.js';
import { hardwareRuntimeOf } from '../hardware/index.js';
import type { ModuleContext } from '../kernel/module.js';

/** Serial scanners resolve their codes against the catalog; the hardware module publishes the result. */
export function registerScannerLookup(ctx: ModuleContext): void {
  const hardware = hardwareRuntimeOf(ctx);
  if (!hardware) return;
  hardware.useBarcodeLookup(async (code): Promise<ScannedProduct | null> => {
    const product = findProductByBarcode(ctx.db, code);
    if (!product) return null;
    return { productId: product.id, name: product.name, unitPriceCents: product.priceCents, soldBy: product.type === 'WEIGHT' ? 'WEIGHT' : 'UNIT' };
  });
}
