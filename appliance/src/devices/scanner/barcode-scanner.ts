/** One barcode read by a scanner, as text (the symbology's data characters only). */
export interface ScanEvent {
  code: string;
  /** UTC ISO time the terminator (or idle gap) closed the code. */
  scannedAt: string;
}

export type ScanListener = (event: ScanEvent) => void;

/**
 * A scanner the appliance itself reads (serial / USB-CDC). HID keyboard
 * scanners stay on the terminal and never reach this interface.
 */
export interface BarcodeScanner {
  /** Subscribes to scans; returns the unsubscribe function. */
  onScan(listener: ScanListener): () => void;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Started and its line open: false before start(), after stop(), and once a serial link was lost (start() opens it again). */
  readonly reading: boolean;
}

/**
 * Where a failing scan listener is reported. The default is a process warning, not a rethrow:
 * an uncaught exception would take the whole store down because one screen's handler broke.
 */
export type ListenerErrorReporter = (error: unknown) => void;

export const warnListenerFailed: ListenerErrorReporter = (error) => {
  const failure = error instanceof Error ? error : new Error(String(error));
  process.emitWarning(failure.message, { code: 'CHEFIA_SCAN_LISTENER_FAILED', detail: failure.stack });
};

/** Listener fan-out shared by the implementations; a throwing listener must not silence the others. */
export class ScanListeners {
  private readonly listeners = new Set<ScanListener>();

  constructor(private readonly reportError: ListenerErrorReporter = warnListenerFailed) {}

  add(listener: ScanListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(code: string): void {
    const event: ScanEvent = { code, scannedAt: new Date().toISOString() };
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.reportError(error);
      }
    }
  }
}
