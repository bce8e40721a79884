import { PrinterError } from '../printer.js';

/**
 * Bytes a printer sent back on a streaming link (serial, TCP), handed to status reads in arrival
 * order. `stopped` tells a waiting read that no more bytes will come (the link failed or ended),
 * so it rejects at once instead of waiting out its timeout.
 */
export class ReplyBuffer {
  private received = Buffer.alloc(0);
  private waiter: (() => void) | null = null;

  constructor(
    private readonly description: string,
    private readonly stopped: () => PrinterError | null,
  ) {}

  append(chunk: Buffer): void {
    this.received = Buffer.concat([this.received, chunk]);
    this.wake();
  }

  /** Call when the link's state changed, so a waiting read re-checks `stopped`. */
  wake(): void {
    this.waiter?.();
  }

  read(length: number, timeoutMs: number): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = null;
        reject(new PrinterError('PRINTER_TIMEOUT', `${this.description}: no status reply within ${timeoutMs} ms`));
      }, timeoutMs);
      const check = (): void => {
        if (this.received.length >= length) {
          const out = this.received.subarray(0, length);
          this.received = this.received.subarray(length);
          clearTimeout(timer);
          this.waiter = null;
          resolve(out);
          return;
        }
        const stop = this.stopped();
        if (stop) {
          clearTimeout(timer);
          this.waiter = null;
          reject(stop);
        }
      };
      this.waiter = check;
      check();
    });
  }
}
