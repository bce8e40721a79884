import { SerialPort } from 'serialport';
import { EscPosParser, type Dialect } from './escpos-parser.js';
import { hasPrintableContent } from './job-model.js';
import { JobRecorder } from './job-recorder.js';
import { READY, statusReply, type VirtualStatus } from './virtual-status.js';

/**
 * The virtual printer on the far end of a serial line (one side of a socat PTY pair in tests).
 * A serial link has no connection boundaries, so a job ends at a paper cut or after `idleMs`
 * without bytes; the job's bytes are the chunks received since the previous job ended.
 */
export class VirtualSerialPrinter {
  readonly recorder = new JobRecorder();
  private port: SerialPort | null = null;
  private parser: EscPosParser;
  private chunks: Buffer[] = [];
  private idleTimer: NodeJS.Timeout | null = null;
  private state: VirtualStatus = READY;

  constructor(
    private readonly path: string,
    private readonly options: { baudRate: number; dialect?: Dialect; idleMs?: number },
  ) {
    this.parser = new EscPosParser({
      dialect: options.dialect,
      onStatusRequest: (request) => this.port?.write(statusReply(request, this.state)),
    });
  }

  setStatus(status: Partial<VirtualStatus>): void {
    this.state = { ...this.state, ...status };
  }

  open(): Promise<void> {
    return new Promise((resolve, reject) => {
      const port = new SerialPort({ path: this.path, baudRate: this.options.baudRate, autoOpen: false });
      port.open((err) => {
        if (err) return reject(err);
        this.port = port;
        port.on('data', (chunk: Buffer) => this.receive(chunk));
        resolve();
      });
    });
  }

  private receive(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.parser.feed(chunk);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    if (this.parser.endsWithCut) this.endJob();
    else this.idleTimer = setTimeout(() => this.endJob(), this.options.idleMs ?? 150);
  }

  /** Resolves once the bytes received so far were closed into a job (the line went quiet). */
  async settled(): Promise<void> {
    while (this.chunks.length > 0) await new Promise((r) => setTimeout(r, 10));
  }

  private endJob(): void {
    this.idleTimer = null;
    const parsed = this.parser.takeJob();
    if (hasPrintableContent(parsed)) this.recorder.record(Buffer.concat(this.chunks), parsed, false);
    this.chunks = [];
  }

  close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const port = this.port;
    if (!port?.isOpen) return Promise.resolve();
    return new Promise((resolve) => port.close(() => resolve()));
  }
}
