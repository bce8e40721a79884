import { AppError } from '../../kernel/errors.js';
import { warnListenerFailed, type BarcodeScanner, type ListenerErrorReporter, type ScanEvent } from './barcode-scanner.js';

/** What the catalog returns for a barcode; the catalog module supplies the implementation. */
export interface ScannedProduct {
  productId: string;
  name: string;
  /** Price per unit (or per kg for WEIGHT products) in centavos. */
  unitPriceCents: number;
  /** WEIGHT products need a scale reading before they go on the order. */
  soldBy: 'UNIT' | 'WEIGHT';
}

/** Null for an unknown code; throws an AppError when the catalog refuses to sell the product it names. */
export type BarcodeLookup = (code: string) => Promise<ScannedProduct | null>;

export type ScanResolution =
  | { kind: 'product'; scan: ScanEvent; product: ScannedProduct }
  | { kind: 'unknown-barcode'; scan: ScanEvent }
  /** The catalog refused the product (off the menu): scanning again will not help, its reason is told. */
  | { kind: 'product-refused'; scan: ScanEvent; error: AppError }
  | { kind: 'lookup-failed'; scan: ScanEvent; error: Error };

/**
 * Connects a scanner to the catalog: every scan is looked up and the outcome
 * handed to `onResolved`, in scan order even when lookups finish out of order.
 * A failing `onResolved` is reported and the next scans still go through: a
 * rejected link would otherwise end the chain and surface as an unhandled
 * rejection. Returns the function that disconnects them.
 */
export function resolveScans(
  scanner: BarcodeScanner,
  lookup: BarcodeLookup,
  onResolved: (resolution: ScanResolution) => void | Promise<void>,
  reportError: ListenerErrorReporter = warnListenerFailed,
): () => void {
  let chain: Promise<void> = Promise.resolve();
  return scanner.onScan((scan) => {
    // Promise.resolve().then(...) turns a lookup that throws synchronously into a lookup-failed resolution.
    const lookedUp = Promise.resolve()
      .then(() => lookup(scan.code))
      .then(
        (product): ScanResolution => (product ? { kind: 'product', scan, product } : { kind: 'unknown-barcode', scan }),
        (error: unknown): ScanResolution => failedLookup(scan, error),
      );
    chain = chain.then(async () => onResolved(await lookedUp)).catch(reportError);
  });
}

function failedLookup(scan: ScanEvent, error: unknown): ScanResolution {
  // A 4xx AppError is the catalog's answer about the product; anything else is the lookup itself failing.
  if (error instanceof AppError && error.status < 500) return { kind: 'product-refused', scan, error };
  return { kind: 'lookup-failed', scan, error: error instanceof Error ? error : new Error(String(error)) };
}
