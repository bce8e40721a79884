/**
 * A byte pipe to one printer for the duration of one job. `write` resolves when the bytes left our
 * process; only a status reply read back afterwards proves the printer itself received them.
 */
export interface TransportSession {
  write(bytes: Buffer): Promise<void>;
  /** Reads exactly `length` bytes or rejects (PRINTER_TIMEOUT / PRINTER_CONNECTION_LOST). */
  read(length: number, timeoutMs: number): Promise<Buffer>;
  /** Graceful close: waits until everything written was flushed. */
  close(): Promise<void>;
  /** Abort without flushing (after an error). */
  destroy(): void;
}

export interface PrinterTransport {
  readonly description: string;
  /** False for links that cannot carry replies (e.g. a USB printer without an IN endpoint). */
  readonly canRead: boolean;
  open(): Promise<TransportSession>;
}
