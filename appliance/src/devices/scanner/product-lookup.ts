import type { BarcodeScanner, ScanEvent } from './barcode-scanner.js';

/** What the catalog returns for a barcode; the catalog module supplies the implementation. */
export interface ScannedProduct {
  productId: string;
  name: string;
  /** Price per unit (or per kg for WEIGHT products) in centavos. */
  unitPriceCents: number;
  /** WEIGHT products need a scale reading before they go on the order. */
  soldBy: 'UNIT' | 'WEIGHT';
}

export type BarcodeLookup = (code: string) => Promise<ScannedProduct | null>;

export type ScanResolution =
  | { kind: 'product'; scan: ScanEvent; product: ScannedProduct }
  | { kind: 'unknown-barcode'; scan: ScanEvent }
  | { kind: 'lookup-failed'; scan: ScanEvent; error: Error };

/**
 * Connects a scanner to the catalog: every scan is looked up and the outcome
 * handed to `onResolved`, in scan order even when lookups finish out of order.
 * Returns the function that disconnects them.
 */
export function resolveScans(
  scanner: BarcodeScanner,
  lookup: BarcodeLookup,
  onResolved: (resolution: ScanResolution) => void,
): () => void {
  let chain: Promise<void> = Promise.resolve();
  return scanner.onScan((scan) => {
    const lookedUp = lookup(scan.code).then(
      (product): ScanResolution => (product ? { kind: 'product', scan, product } : { kind: 'unknown-barcode', scan }),
      (error: Error): ScanResolution => ({ kind: 'lookup-failed', scan, error }),
    );
    chain = chain.then(async () => onResolved(await lookedUp));
  });
}
