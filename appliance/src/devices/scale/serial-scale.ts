import type { SerialPort } from 'serialport';
import { AppError } from '../../kernel/errors.js';
import type { ScaleProfile } from '../profiles/schema.js';
import { ReopeningSerialLine } from '../reopening-serial-line.js';
import { ENQ } from './frames/ascii.js';
import { frameCodec, type FrameCodec, type ScaleFraming } from './frames/index.js';
import { lineSettingsFromTransport, writeAndDrain, type SerialLineSettings } from './serial-line.js';
import { timedOut, type Scale, type TimeoutCause, type WeightReading } from './weight-reading.js';

export interface SerialScaleOptions {
  line: SerialLineSettings;
  framing: ScaleFraming;
  checksum: boolean;
  weightDecimals: number;
  /** How long to wait for a frame after ENQ (ACBr waits up to 3 s; Prix answers within ~200 ms). */
  responseTimeoutMs?: number;
}

const DEFAULT_RESPONSE_TIMEOUT_MS = 2_000;

/**
 * Scale on a configured serial port: sends ENQ, reads the first complete frame
 * of the configured framing. Requests are serialised because the line carries
 * one conversation at a time. The port is opened on first use and reopened
 * after a failure, so a scale switched on after the appliance still works.
 */
export class SerialScale implements Scale {
  private readonly codec: FrameCodec;
  private readonly line: ReopeningSerialLine;
  private inbox = Buffer.alloc(0);
  private wake: (() => void) | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: SerialScaleOptions) {
    this.codec = frameCodec(options.framing, { checksum: options.checksum, weightDecimals: options.weightDecimals });
    this.line = new ReopeningSerialLine(options.line, (error) => unavailable(options.line.path, error));
  }

  static fromProfile(profile: ScaleProfile, path: string, responseTimeoutMs?: number): SerialScale {
    const serial = profile.transports.serial;
    if (!serial) throw new AppError('SCALE_PROFILE_NOT_SERIAL', 422, 'SCALE_PROFILE_NOT_SERIAL', { profile: profile.id });
    return new SerialScale({
      line: lineSettingsFromTransport(path, serial),
      framing: profile.scale.framing,
      checksum: profile.scale.checksum,
      weightDecimals: profile.scale.weightDecimals,
      responseTimeoutMs,
    });
  }

  readWeight(): Promise<WeightReading> {
    const next = this.queue.then(() => this.exchange());
    this.queue = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    await this.queue;
    await this.line.close();
  }

  private async exchange(): Promise<WeightReading> {
    const port = await this.line.ensureOpen((opened) => this.collectReplies(opened));
    this.inbox = Buffer.alloc(0);
    try {
      await writeAndDrain(port, Buffer.from([ENQ]));
    } catch (error) {
      await this.line.drop();
      throw unavailable(this.options.line.path, error);
    }
    return this.awaitFrame(this.options.responseTimeoutMs ?? DEFAULT_RESPONSE_TIMEOUT_MS);
  }

  private async awaitFrame(timeoutMs: number): Promise<WeightReading> {
    const deadline = Date.now() + timeoutMs;
    let cause: TimeoutCause = 'NO_RESPONSE';
    for (;;) {
      const result = this.codec.decode(this.inbox);
      if (result.kind === 'frame') return result.reading;
      if (result.kind === 'rejected') {
        // A continuous-output indicator will send another frame; an ENQ one will not,
        // but either way the reason is kept for the operator if nothing valid follows.
        cause = result.reason;
        this.inbox = this.inbox.subarray(result.consumed);
        continue;
      }
      const remaining = deadline - Date.now();
      if (remaining <= 0) return timedOut(cause);
      await this.bytesOrTimeout(remaining);
    }
  }

  private collectReplies(port: SerialPort): void {
    port.on('data', (chunk: Buffer) => {
      this.inbox = Buffer.concat([this.inbox, chunk]);
      const wake = this.wake;
      this.wake = null;
      wake?.();
    });
  }

  private bytesOrTimeout(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(finish, ms);
      function finish() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = finish;
    });
  }
}

function unavailable(path: string, error: unknown): AppError {
  return new AppError('SCALE_UNAVAILABLE', 503, 'SCALE_UNAVAILABLE', { path, reason: (error as Error).message });
}
