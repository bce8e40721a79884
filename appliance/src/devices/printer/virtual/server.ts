import { createServer, type Server, type Socket } from 'node:net';
import { EscPosParser, type Dialect } from './escpos-parser.js';
import { hasPrintableContent } from './job-model.js';
import { JobRecorder, type VirtualJob } from './job-recorder.js';
import { READY, statusReply, type VirtualStatus } from './virtual-status.js';

export interface VirtualPrinterOptions {
  host?: string;
  /** 0 picks a free port (tests); 9100 is the raw printing port. */
  port?: number;
  dialect?: Dialect;
  defaultEncoding?: string;
  dotsPerLine?: number;
  outDir?: string;
  status?: Partial<VirtualStatus>;
  /**
   * How fast the mechanism takes bytes in, as paper speed limits a real printer: with its buffer
   * full it reads no more, so a status request after a long job is answered only once the job
   * before it went in. Unset: at once.
   */
  bytesPerSecond?: number;
}

type Fault =
  /** Drop the connection once this many bytes of the next job arrived, as a printer losing power would. */
  | { closeAfterBytes: number }
  /**
   * The roll ends once this many bytes of the next job arrived: the rest of the job never reaches
   * the paper (the job is recorded aborted) and status requests answer paper out from then on.
   */
  | { paperOutAfterBytes: number };

/**
 * A network printer on loopback that speaks raw TCP 9100: one connection is one job, real-time
 * status requests are answered from `status`, every job is parsed and rendered.
 */
export class VirtualPrinterServer {
  readonly recorder: JobRecorder;
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private state: VirtualStatus;
  private fault: Fault | null = null;

  constructor(private readonly options: VirtualPrinterOptions = {}) {
    this.recorder = new JobRecorder({ outDir: options.outDir, dotsPerLine: options.dotsPerLine });
    this.state = { ...READY, ...options.status };
    this.server = createServer((socket) => this.accept(socket));
  }

  get jobs(): VirtualJob[] {
    return this.recorder.jobs;
  }

  get port(): number {
    const address = this.server.address();
    if (!address || typeof address === 'string') throw new Error('virtual printer not listening');
    return address.port;
  }

  setStatus(status: Partial<VirtualStatus>): void {
    this.state = { ...this.state, ...status };
  }

  failNextJob(fault: Fault): void {
    this.fault = fault;
  }

  start(): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.options.port ?? 0, this.options.host ?? '127.0.0.1', () => resolve(this.port));
    });
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: Socket): void {
    this.sockets.add(socket);
    // A status reply is a byte or two written while the driver's ACK of the previous one may still be
    // delayed: with Nagle's algorithm on, it waited for that ACK (≈ 40 ms on Linux), after every job.
    socket.setNoDelay(true);
    const chunks: Buffer[] = [];
    let received = 0;
    let paperRanOut = false;
    let finished = false;
    const fault = this.fault;
    const parser = new EscPosParser({
      dialect: this.options.dialect,
      defaultEncoding: this.options.defaultEncoding,
      onStatusRequest: (request) => {
        if (!socket.destroyed) socket.write(statusReply(request, this.state));
      },
    });
    const finish = (aborted: boolean): void => {
      if (finished) return;
      finished = true;
      this.sockets.delete(socket);
      const parsed = parser.finish();
      // Status-only connections (the driver asking before printing) are not jobs.
      if (hasPrintableContent(parsed)) this.recorder.record(Buffer.concat(chunks), parsed, aborted || paperRanOut);
    };
    const take = (chunk: Buffer): void => {
      let data = chunk;
      if (fault && 'paperOutAfterBytes' in fault && !paperRanOut && received + data.length >= fault.paperOutAfterBytes) {
        paperRanOut = true;
        if (this.fault === fault) this.fault = null;
        this.state = { ...this.state, paperOut: true };
      }
      if (fault && 'closeAfterBytes' in fault && received + data.length >= fault.closeAfterBytes) {
        data = data.subarray(0, Math.max(0, fault.closeAfterBytes - received));
        if (this.fault === fault) this.fault = null;
        chunks.push(data);
        parser.feed(data);
        finish(true);
        socket.destroy();
        return;
      }
      received += data.length;
      chunks.push(data);
      parser.feed(data);
    };
    const bytesPerSecond = this.options.bytesPerSecond;
    socket.on('data', (chunk: Buffer) => {
      if (!bytesPerSecond) return take(chunk);
      socket.pause();
      setTimeout(() => {
        if (finished) return;
        take(chunk);
        socket.resume();
      }, (chunk.length * 1000) / bytesPerSecond);
    });
    socket.on('end', () => {
      finish(false);
      socket.end();
    });
    socket.on('error', () => finish(true));
    socket.on('close', () => finish(true));
  }
}
