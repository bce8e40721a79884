import type { PrinterSpec } from '../../profiles/schema.js';
import { encodeDocument } from '../encoders/encode.js';
import { isPrintDocument } from '../document.js';
import { describeNotReady } from '../device-printer.js';
import { PrinterError, type PrintPayload, type PrintResult, type Printer, type PrinterErrorCode } from '../printer.js';
import { isReady, type PrinterStatus } from '../status.js';
import { EscPosParser, type Dialect } from './escpos-parser.js';
import { JobRecorder, type VirtualJob } from './job-recorder.js';
import { READY, type VirtualStatus } from './virtual-status.js';

export interface MemoryPrinterOptions {
  id: string;
  spec: PrinterSpec;
  outDir?: string;
  status?: Partial<VirtualStatus>;
}

const dialectFor = (spec: PrinterSpec): Dialect => (spec.commandSet === 'escbema' ? 'escbema' : spec.commandSet === 'daruma' ? 'daruma' : 'escpos');

/**
 * In-process virtual printer: same encoder, same parser and renderer as the TCP virtual printer,
 * without a socket. Used where a test or the demo needs a printer but not a network.
 */
export class MemoryPrinter implements Printer {
  readonly id: string;
  readonly recorder: JobRecorder;
  private state: VirtualStatus;
  private nextFailure: PrinterErrorCode | null = null;

  constructor(private readonly options: MemoryPrinterOptions) {
    this.id = options.id;
    this.recorder = new JobRecorder({ outDir: options.outDir, dotsPerLine: options.spec.dotsPerLine });
    this.state = { ...READY, ...options.status };
  }

  get jobs(): VirtualJob[] {
    return this.recorder.jobs;
  }

  setStatus(status: Partial<VirtualStatus>): void {
    this.state = { ...this.state, ...status };
  }

  failNextPrint(code: PrinterErrorCode): void {
    this.nextFailure = code;
  }

  async print(payload: PrintPayload): Promise<PrintResult> {
    const status = await this.status();
    if (!isReady(status)) throw new PrinterError('PRINTER_NOT_READY', `${this.id}: ${describeNotReady(status)}`, status);
    if (this.nextFailure) {
      const code = this.nextFailure;
      this.nextFailure = null;
      throw new PrinterError(code, `${this.id}: injected ${code}`);
    }
    const bytes = isPrintDocument(payload) ? encodeDocument(payload, this.options.spec) : Buffer.from(payload);
    const parser = new EscPosParser({ dialect: dialectFor(this.options.spec) });
    parser.feed(bytes);
    this.recorder.record(bytes, parser.finish(), false);
    return { bytes: bytes.length };
  }

  async status(): Promise<PrinterStatus> {
    return { ...this.state, supported: true };
  }

  async close(): Promise<void> {
    // Nothing to release: the pages live in memory until the printer is dropped.
  }
}
