import { Socket } from 'node:net';
import { PrinterError } from '../printer.js';
import type { PrinterTransport, TransportSession } from '../transport.js';

export interface TcpTransportOptions {
  host: string;
  port?: number;
  connectTimeoutMs?: number;
}

/** Raw TCP printing (port 9100, "JetDirect"): one connection per job, status replies on the same socket. */
export class TcpTransport implements PrinterTransport {
  readonly canRead = true;
  readonly description: string;
  private readonly port: number;

  constructor(private readonly options: TcpTransportOptions) {
    this.port = options.port ?? 9100;
    this.description = `tcp://${options.host}:${this.port}`;
  }

  open(): Promise<TransportSession> {
    const socket = new Socket();
    const timeoutMs = this.options.connectTimeoutMs ?? 3000;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new PrinterError('PRINTER_UNREACHABLE', `${this.description}: connect timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      socket.once('error', (err) => {
        clearTimeout(timer);
        reject(new PrinterError('PRINTER_UNREACHABLE', `${this.description}: ${err.message}`));
      });
      socket.connect(this.port, this.options.host, () => {
        clearTimeout(timer);
        socket.removeAllListeners('error');
        resolve(new TcpSession(socket, this.description));
      });
    });
  }
}

class TcpSession implements TransportSession {
  private received = Buffer.alloc(0);
  private failure: PrinterError | null = null;
  private ended = false;
  private waiter: (() => void) | null = null;

  constructor(
    private readonly socket: Socket,
    private readonly description: string,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk) => {
      this.received = Buffer.concat([this.received, chunk]);
      this.wake();
    });
    socket.on('error', (err) => this.fail(`${this.description}: ${err.message}`));
    socket.on('close', () => this.fail(`${this.description}: connection closed by the printer`));
    socket.on('end', () => {
      this.ended = true;
      this.wake();
    });
  }

  private fail(message: string): void {
    this.failure ??= new PrinterError('PRINTER_CONNECTION_LOST', message);
    this.wake();
  }

  private wake(): void {
    this.waiter?.();
  }

  write(bytes: Buffer): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.socket.write(bytes, (err) => (err ? reject(this.failure ?? new PrinterError('PRINTER_CONNECTION_LOST', err.message)) : resolve()));
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
        } else if (this.failure || this.ended) {
          clearTimeout(timer);
          this.waiter = null;
          reject(this.failure ?? new PrinterError('PRINTER_CONNECTION_LOST', `${this.description}: connection ended before the reply`));
        }
      };
      this.waiter = check;
      check();
    });
  }

  close(): Promise<void> {
    if (this.socket.destroyed) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.socket.destroy();
        resolve();
      }, 2000);
      this.socket.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      this.socket.end();
    });
  }

  destroy(): void {
    this.socket.destroy();
  }
}
