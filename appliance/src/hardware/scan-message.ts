import type { ScannedProduct, ScanResolution } from '../devices/scanner/index.js';
import type { MessageCatalog } from '../kernel/i18n/catalog.js';

/** Payload on `store/{storeId}/devices/{scannerId}/scans`, one message per scan, in scan order. */
export interface ScanMessage {
  scannerId: string;
  code: string;
  scannedAt: string;
  result: 'product' | 'unknown-barcode' | 'product-refused' | 'lookup-failed';
  product: ScannedProduct | null;
  /** pt-BR text for the operator when the scan did not find a product. */
  message: string | null;
}

export function scanTopic(storeId: string, scannerId: string): string {
  return `store/${storeId}/devices/${scannerId}/scans`;
}

export function scanMessage(scannerId: string, resolution: ScanResolution, messages: MessageCatalog): ScanMessage {
  const base = { scannerId, code: resolution.scan.code, scannedAt: resolution.scan.scannedAt };
  if (resolution.kind === 'product') return { ...base, result: 'product', product: resolution.product, message: null };
  if (resolution.kind === 'unknown-barcode') {
    return { ...base, result: 'unknown-barcode', product: null, message: messages.t('scanner.unknownBarcode', { code: resolution.scan.code }) };
  }
  if (resolution.kind === 'product-refused') {
    return { ...base, result: 'product-refused', product: null, message: messages.t(resolution.error.messageKey, resolution.error.params) };
  }
  return { ...base, result: 'lookup-failed', product: null, message: messages.t('HARDWARE_SCAN_LOOKUP_FAILED') };
}
