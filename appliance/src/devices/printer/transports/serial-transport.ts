import { SerialPort } from 'serialport';
import type { PrinterProfile } from '../../profiles/schema.js';
import { PrinterError } from '../printer.js';
import type { PrinterTransport, TransportSession } from '../transport.js';

export type SerialSettings = Pick<NonNullable<PrinterProfile['transports']['serial']>, 'baudRate' | 'parity' | 'dataBits' | 'stopBits' | 'flowControl'>;

/**
 * A configured serial port. The appliance only opens ports an operator assigned to a printer:
 * never probe-and-claim, an unknown serial device may be a scale or a modem.
 */
export class SerialTransport implements PrinterTransport {
  readonly canRead = true;
  readonly description: string;

  constructor(
    private readonly path: string,
    private readonly settings: SerialSettings,
  ) {
    this.description = `serial:${path}@${settings.baudRate}`;
  }

  open(): Promise<TransportSession> {
    return new Promise((resolve, reject) => {
      const port = new SerialPort(
        {
          path: this.path,
          baudRate: this.settings.baudRate,
          parity: this.settings.parity,
          dataBits: this.settings.dataBits,
          stopBits: this.settings.stopBits,
          rtscts: this.settings.flowControl === 'rtscts',
          xon: this.settings.flowControl === 'xonxoff',
          xoff: this.settings.flowControl === 'xonxoff',
          autoOpen: false,
        },
      );
      port.open((err) => {
        if (err) reject(new PrinterError('PRINTER_UNREACHABLE', `${this.description}: ${err.message}`));
        else resolve(new SerialSession(port, this.description));
      });
    });
  }
}

class SerialSession implements TransportSession {
  private received = Buffer.alloc(0);
  private failure: PrinterError | null = null;
  private waiter: (() => void) | null = null;

  constructor(
    private readonly port: SerialPort,
    private readonly description: string,
  ) {
    port.on('data', (chunk: Buffer) => {
      this.received = Buffer.concat([this.received, chunk]);
      this.waiter?.();
    });
    port.on('error', (err) => {
      this.failure ??= new PrinterError('PRINTER_CONNECTION_LOST', `${this.description}: ${err.message}`);
      this.waiter?.();
    });
    port.on('close', () => {
      this.failure ??= new PrinterError('PRINTER_CONNECTION_LOST', `${this.description}: port closed`);
      this.waiter?.();
    });
  }

  write(bytes: Buffer): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.port.write(bytes, (err) => {
        if (err) return reject(new PrinterError('PRINTER_CONNECTION_LOST', `${this.description}: ${err.message}`));
        // drain waits until the OS handed every byte to the UART.
        this.port.drain((drainErr) => (drainErr ? reject(new PrinterError('PRINTER_CONNECTION_LOST', drainErr.message)) : resolve()));
      });
    });
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
        } else if (this.failure) {
          clearTimeout(timer);
          this.waiter = null;
          reject(this.failure);
        }
      };
      this.waiter = check;
      check();
    });
  }

  close(): Promise<void> {
    if (!this.port.isOpen) return Promise.resolve();
    return new Promise((resolve) => this.port.close(() => resolve()));
  }

  destroy(): void {
    if (this.port.isOpen) this.port.close();
  }
}
