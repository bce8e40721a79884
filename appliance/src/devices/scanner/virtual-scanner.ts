import { ScanListeners, type BarcodeScanner, type ListenerErrorReporter, type ScanListener } from './barcode-scanner.js';

/** A scanner driven from code (demo screens, tests of the sale flow). */
export class VirtualBarcodeScanner implements BarcodeScanner {
  private readonly listeners: ScanListeners;
  private running = false;

  constructor(reportListenerError?: ListenerErrorReporter) {
    this.listeners = new ScanListeners(reportListenerError);
  }

  onScan(listener: ScanListener): () => void {
    return this.listeners.add(listener);
  }

  get reading(): boolean {
    return this.running;
  }

  async start(): Promise<void> {
    this.running = true;
  }

  async stop(): Promise<void> {
    this.running = false;
  }

  /** Simulates the operator scanning `code`; ignored while stopped, like a real scanner with its port closed. */
  scan(code: string): void {
    const trimmed = code.trim();
    if (this.running && trimmed) this.listeners.emit(trimmed);
  }
}
