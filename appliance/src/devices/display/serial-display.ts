import { AppError } from '../../kernel/errors.js';
import type { CustomerDisplayProfile } from '../profiles/schema.js';
import { ReopeningSerialLine } from '../reopening-serial-line.js';
import { lineSettingsFromTransport, writeAndDrain, type SerialLineSettings } from '../scale/serial-line.js';
import { clearBytes, initialiseBytes, showBytes, type DisplayEncoderOptions } from './commands.js';
import type { CustomerDisplay, DisplayLines } from './customer-display.js';

export interface SerialDisplayOptions extends DisplayEncoderOptions {
  line: SerialLineSettings;
}

/**
 * A 2×20 pole display on a configured serial port. The display is
 * re-initialised (ESC @, overwrite mode, code table) whenever the port is
 * (re)opened, since a display that was power-cycled forgets its code table.
 */
export class SerialCustomerDisplay implements CustomerDisplay {
  private readonly line: ReopeningSerialLine;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: SerialDisplayOptions) {
    this.line = new ReopeningSerialLine(options.line, (error) => unavailable(options.line.path, error));
  }

  static fromProfile(profile: CustomerDisplayProfile, path: string): SerialCustomerDisplay {
    const serial = profile.transports.serial;
    if (!serial) throw new AppError('CUSTOMER_DISPLAY_PROFILE_NOT_SERIAL', 422, 'CUSTOMER_DISPLAY_PROFILE_NOT_SERIAL', { profile: profile.id });
    return new SerialCustomerDisplay({
      line: lineSettingsFromTransport(path, serial),
      commandSet: profile.display.commandSet,
      codePage: profile.display.codePage,
      columns: profile.display.columns,
    });
  }

  show(lines: DisplayLines): Promise<void> {
    return this.send(showBytes(this.options, lines));
  }

  clear(): Promise<void> {
    return this.send(clearBytes());
  }

  async close(): Promise<void> {
    await this.queue;
    await this.line.close();
  }

  private send(bytes: Buffer): Promise<void> {
    const next = this.queue.then(async () => {
      const port = await this.line.ensureOpen((opened) => writeAndDrain(opened, initialiseBytes(this.options)));
      try {
        await writeAndDrain(port, bytes);
      } catch (error) {
        await this.line.drop();
        throw unavailable(this.options.line.path, error);
      }
    });
    this.queue = next.catch(() => undefined);
    return next;
  }
}

function unavailable(path: string, error: unknown): AppError {
  return new AppError('CUSTOMER_DISPLAY_UNAVAILABLE', 503, 'CUSTOMER_DISPLAY_UNAVAILABLE', { path, reason: (error as Error).message });
}
