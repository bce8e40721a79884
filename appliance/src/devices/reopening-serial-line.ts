import type { SerialPort } from 'serialport';
import { closeSerialLine, openWatchedLine, type SerialLineSettings } from './scale/serial-line.js';

/**
 * The one port of a serial driver: opened on first use, forgotten when it is lost (a USB adapter
 * pulled out, a device switched off) so the next use opens it again. Failures to open or prepare
 * it reach the caller as the driver's own error from `unavailable`.
 */
export class ReopeningSerialLine {
  private port: SerialPort | null = null;

  constructor(
    private readonly settings: SerialLineSettings,
    private readonly unavailable: (error: unknown) => Error,
  ) {}

  /** The open port; a newly opened one is kept only once `prepare` succeeded on it. */
  async ensureOpen(prepare: (port: SerialPort) => Promise<void> | void): Promise<SerialPort> {
    if (this.port?.isOpen) return this.port;
    let port: SerialPort;
    try {
      port = await openWatchedLine(this.settings, (lost) => {
        if (this.port === lost) this.port = null;
      });
    } catch (error) {
      throw this.unavailable(error);
    }
    try {
      await prepare(port);
    } catch (error) {
      await closeSerialLine(port).catch(() => undefined);
      throw this.unavailable(error);
    }
    this.port = port;
    return port;
  }

  /** Forgets the port after a failed exchange; the next use reopens it. */
  async drop(): Promise<void> {
    const port = this.port;
    this.port = null;
    if (port) await closeSerialLine(port).catch(() => undefined);
  }

  async close(): Promise<void> {
    const port = this.port;
    this.port = null;
    if (port) await closeSerialLine(port);
  }
}
