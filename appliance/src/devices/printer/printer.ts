import type { PrintDocument } from './document.js';
import type { PrinterStatus } from './status.js';

/** What a caller hands a printer: a document (encoded with the printer's profile) or ready-made bytes. */
export type PrintPayload = PrintDocument | Uint8Array;

export interface PrintResult {
  /** Bytes the printer acknowledged (all of them, or print() throws). */
  bytes: number;
}

/** The narrow interface every printer implementation (real or virtual) offers. */
export interface Printer {
  readonly id: string;
  /** Resolves only after the printer accepted every byte; rejects with PrinterError otherwise. */
  print(payload: PrintPayload): Promise<PrintResult>;
  status(): Promise<PrinterStatus>;
  close(): Promise<void>;
}

export type PrinterErrorCode =
  | 'PRINTER_UNREACHABLE'
  | 'PRINTER_CONNECTION_LOST'
  | 'PRINTER_TIMEOUT'
  | 'PRINTER_NOT_READY'
  | 'PRINTER_TRANSPORT_UNAVAILABLE';

export class PrinterError extends Error {
  constructor(
    readonly code: PrinterErrorCode,
    message: string,
    readonly status?: PrinterStatus,
  ) {
    super(message);
    this.name = 'PrinterError';
  }
}
