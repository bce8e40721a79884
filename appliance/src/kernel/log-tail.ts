import { Writable } from 'node:stream';

export const LOG_LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 } as const;
export type LogLevelName = keyof typeof LOG_LEVELS;

export interface LogLine {
  level: number;
  line: string;
}

/**
 * The appliance's most recent log lines, kept in memory for the service dashboard's live tail:
 * the lines already written (after redaction) to stdout, so the tail never shows more than the
 * journal of the OS would.
 */
export class LogTail extends Writable {
  private readonly lines: LogLine[] = [];
  private readonly followers = new Set<(entry: LogLine) => void>();

  constructor(private readonly capacity = 500) {
    super();
  }

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    for (const line of String(chunk).split('\n')) {
      if (!line) continue;
      const entry = { level: levelOf(line), line };
      this.lines.push(entry);
      if (this.lines.length > this.capacity) this.lines.shift();
      for (const listener of this.followers) listener(entry);
    }
    done();
  }

  recent(minLevel: number): LogLine[] {
    return this.lines.filter((entry) => entry.level >= minLevel);
  }

  /** Calls `listener` with every new line; returns the unsubscribe. */
  follow(listener: (entry: LogLine) => void): () => void {
    this.followers.add(listener);
    return () => this.followers.delete(listener);
  }
}

function levelOf(line: string): number {
  const match = /"level":(\d+)/.exec(line);
  return match ? Number(match[1]) : LOG_LEVELS.info;
}

/** The tail of this process's appliance logger (one appliance per process in a store). */
export const processLogTail = new LogTail();
