import { Socket } from 'node:net';
import { PrinterError } from '../printer.js';
import type { PrinterTransport, TransportSession } from '../transport.js';
import { ReplyBuffer } from './reply-buffer.js';

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
  private failure: PrinterError | null = null;
  private ended = false;
  private readonly replies: ReplyBuffer;

  constructor(
    private readonly socket: Socket,
    private readonly description: string,
  ) {
    this.replies = new ReplyBuffer(
      description,
      () => this.failure ?? (this.ended ? new PrinterError('PRINTER_CONNECTION_LOST', `${this.description}: connection ended before the reply`) : null),
    );
    socket.setNoDelay(true);
    socket.on('data', (chunk) => this.replies.append(chunk));
    socket.on('error', (err) => this.fail(`${this.description}: ${err.message}`));
    socket.on('close', () => this.fail(`${this.description}: connection closed by the printer`));
    socket.on('end', () => {
      this.ended = true;
      this.replies.wake();
    });
  }

  private fail(message: string): void {
    this.failure ??= new PrinterError('PRINTER_CONNECTION_LOST', message);
    this.replies.wake();
  }

  write(bytes: Buffer): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.socket.write(bytes, (err) => (err ? reject(this.failure ?? new PrinterError('PRINTER_CONNECTION_LOST', err.message)) : resolve()));
    });
  }

  read(length: number, timeoutMs: number): Promise<Buffer> {
    return this.replies.read(length, timeoutMs);
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
