import type { SerialPort } from 'serialport';
import { AppError } from '../../kernel/errors.js';
import type { ScannerProfile } from '../profiles/schema.js';
import { closeSerialLine, lineSettingsFromTransport, openWatchedLine, type SerialLineSettings } from '../scale/serial-line.js';
import { ScanListeners, type BarcodeScanner, type ListenerErrorReporter, type ScanListener } from './barcode-scanner.js';
import { CodeSplitter, type ScanSuffix } from './code-splitter.js';

export interface SerialScannerOptions {
  line: SerialLineSettings;
  suffix: ScanSuffix;
  /** Where a throwing scan listener is reported (default: a process warning). */
  reportListenerError?: ListenerErrorReporter;
}

/** A barcode scanner on a configured serial port (RS-232 or USB-CDC); only ever opened when configured. */
export class SerialBarcodeScanner implements BarcodeScanner {
  private readonly listeners: ScanListeners;
  private readonly splitter: CodeSplitter;
  private port: SerialPort | null = null;

  constructor(private readonly options: SerialScannerOptions) {
    this.listeners = new ScanListeners(options.reportListenerError);
    this.splitter = new CodeSplitter(options.suffix, (code) => this.listeners.emit(code));
  }

  static fromProfile(profile: ScannerProfile, path: string): SerialBarcodeScanner {
    const serial = profile.transports.serial;
    if (!serial || profile.scanner.mode === 'hid-keyboard') {
      throw new AppError('SCANNER_PROFILE_NOT_SERIAL', 422, 'SCANNER_PROFILE_NOT_SERIAL', { profile: profile.id });
    }
    return new SerialBarcodeScanner({ line: lineSettingsFromTransport(path, serial), suffix: profile.scanner.suffix });
  }

  onScan(listener: ScanListener): () => void {
    return this.listeners.add(listener);
  }

  get reading(): boolean {
    return this.port !== null;
  }

  async start(): Promise<void> {
    if (this.port) return;
    let port: SerialPort;
    try {
      // A lost port is forgotten so the next start() opens it again; a code cut off by the loss is
      // dropped, or its first digits would prefix the first code read after the reopen.
      port = await openWatchedLine(this.options.line, (lost) => {
        if (this.port !== lost) return;
        this.port = null;
        this.splitter.discard();
      });
    } catch (error) {
      throw new AppError('SCANNER_UNAVAILABLE', 503, 'SCANNER_UNAVAILABLE', { path: this.options.line.path, reason: (error as Error).message });
    }
    // Barcodes are ASCII; latin1 keeps any stray high byte one character wide.
    port.on('data', (chunk: Buffer) => this.splitter.push(chunk.toString('latin1')));
    this.port = port;
  }

  async stop(): Promise<void> {
    const port = this.port;
    this.port = null;
    this.splitter.flush();
    if (port) await closeSerialLine(port);
  }
}
