export type { BarcodeScanner, ListenerErrorReporter, ScanEvent, ScanListener } from './barcode-scanner.js';
export type { ScanSuffix } from './code-splitter.js';
export { SerialBarcodeScanner, type SerialScannerOptions } from './serial-scanner.js';
export { VirtualBarcodeScanner } from './virtual-scanner.js';
export { resolveScans, type BarcodeLookup, type ScannedProduct, type ScanResolution } from './product-lookup.js';
export { scannerMessages } from './messages.pt-BR.js';
