import { SerialPort } from 'serialport';
import type { PrinterProfile } from '../../profiles/schema.js';
import { PrinterError } from '../printer.js';
import type { PrinterTransport, TransportSession } from '../transport.js';
import { ReplyBuffer } from './reply-buffer.js';

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
  private failure: PrinterError | null = null;
  private readonly replies: ReplyBuffer;

  constructor(
    private readonly port: SerialPort,
    private readonly description: string,
  ) {
    this.replies = new ReplyBuffer(description, () => this.failure);
    port.on('data', (chunk: Buffer) => this.replies.append(chunk));
    port.on('error', (err) => {
      this.failure ??= new PrinterError('PRINTER_CONNECTION_LOST', `${this.description}: ${err.message}`);
      this.replies.wake();
    });
    port.on('close', () => {
      this.failure ??= new PrinterError('PRINTER_CONNECTION_LOST', `${this.description}: port closed`);
      this.replies.wake();
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
    return this.replies.read(length, timeoutMs);
  }

  close(): Promise<void> {
    if (!this.port.isOpen) return Promise.resolve();
    return new Promise((resolve) => this.port.close(() => resolve()));
  }

  destroy(): void {
    if (this.port.isOpen) this.port.close();
  }
}
