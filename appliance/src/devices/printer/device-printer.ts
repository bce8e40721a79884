import type { PrinterSpec } from '../profiles/schema.js';
import { encodeDocument } from './encoders/encode.js';
import { isPrintDocument } from './document.js';
import { PrinterError, type PrintPayload, type PrintResult, type Printer } from './printer.js';
import { UNKNOWN_STATUS, isReady, statusQueryFor, type PrinterStatus } from './status.js';
import type { PrinterTransport, TransportSession } from './transport.js';

export interface DevicePrinterOptions {
  id: string;
  spec: PrinterSpec;
  transport: PrinterTransport;
  replyTimeoutMs?: number;
}

/**
 * The reply after a job comes only once the printer took in every byte before it, and a printer
 * takes them in as fast as it prints (its buffer is a few KB): a slow 58 mm model manages about
 * 1 KB/s. So that reply gets 1 ms per job byte on top of the usual wait; timed out, a long receipt
 * still printing would be counted failed and printed again.
 */
const ACK_MS_PER_BYTE = 1;

export function describeNotReady(status: PrinterStatus): string {
  const reasons = [
    !status.online && 'offline',
    status.coverOpen && 'cover open',
    status.paperOut && 'paper out',
    status.error && 'printer error',
  ].filter(Boolean);
  return reasons.join(', ');
}

/**
 * The real printer driver: encodes with the profile's command set and sends over a transport.
 * Where the model can answer status, every job is bracketed by two status requests: the first
 * refuses to print on a printer with the cover open or no paper (so the job can go to the backup
 * without a half-printed copy), the second is the acknowledgement that every byte arrived.
 */
export class DevicePrinter implements Printer {
  readonly id: string;
  private readonly replyTimeoutMs: number;
  // A serial port or USB interface admits one session at a time: a status poll waits for the job.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: DevicePrinterOptions) {
    this.id = options.id;
    this.replyTimeoutMs = options.replyTimeoutMs ?? 3000;
  }

  private get query() {
    return this.options.transport.canRead ? statusQueryFor(this.options.spec.status) : null;
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  print(payload: PrintPayload): Promise<PrintResult> {
    return this.exclusive(() => this.printNow(payload));
  }

  status(): Promise<PrinterStatus> {
    return this.exclusive(() => this.statusNow());
  }

  private async printNow(payload: PrintPayload): Promise<PrintResult> {
    const bytes = isPrintDocument(payload) ? encodeDocument(payload, this.options.spec) : Buffer.from(payload);
    const query = this.query;
    const session = await this.options.transport.open();
    try {
      if (query) {
        const before = await this.ask(session);
        if (!isReady(before)) {
          throw new PrinterError('PRINTER_NOT_READY', `${this.options.transport.description}: ${describeNotReady(before)}`, before);
        }
      }
      await session.write(bytes);
      if (query) {
        // The roll ending (or the cover opening) mid-job leaves the rest of it unprinted: not printed
        // is what the queue must hear, so the job prints again in full once the printer is ready.
        const after = await this.ask(session, this.replyTimeoutMs + bytes.length * ACK_MS_PER_BYTE);
        if (!isReady(after)) {
          throw new PrinterError('PRINTER_NOT_READY', `${this.options.transport.description}: ${describeNotReady(after)} during the job`, after);
        }
      }
      await session.close();
      return { bytes: bytes.length };
    } catch (err) {
      session.destroy();
      throw err;
    }
  }

  private async statusNow(): Promise<PrinterStatus> {
    if (!this.query) return UNKNOWN_STATUS;
    const session = await this.options.transport.open();
    try {
      const status = await this.ask(session);
      await session.close();
      return status;
    } catch (err) {
      session.destroy();
      throw err;
    }
  }

  private async ask(session: TransportSession, timeoutMs = this.replyTimeoutMs): Promise<PrinterStatus> {
    const query = this.query!;
    await session.write(query.request);
    return query.parse(await session.read(query.replyLength, timeoutMs));
  }

  async close(): Promise<void> {
    // Sessions are per job; nothing stays open between jobs.
  }
}
