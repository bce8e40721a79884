import { closeSync, fdatasync, fdatasyncSync, openSync } from 'node:fs';

/**
 * At most this many fsyncs of the WAL at once. A commit made while one is running cannot count on
 * it (it may have started before the commit's frames were written), so without a second it would
 * wait for that one and then its own: up to two fsyncs. Two in flight keep the wait to one, and
 * leave libuv's other pool threads to the rest of the store's I/O and crypto.
 */
const MAX_IN_FLIGHT = 2;

/**
 * Group fsync of the SQLite WAL off the event loop. The writer runs with synchronous=NORMAL, so
 * COMMIT only writes the WAL; callers are told their batch is done once an fsync that started after
 * their COMMIT has completed. One fsync covers every batch committed before it began, and while it
 * runs on the libuv thread pool the event loop keeps parsing requests and committing the next batch.
 */
export class WalSyncer {
  private readonly fd: number;
  /** Callbacks of commits no fsync has started for yet. */
  private pending: (() => void)[] = [];
  /** The fsyncs running, oldest first, each with the callbacks it covers. */
  private running: { covered: (() => void)[] }[] = [];
  private failed = false;
  private closed = false;

  constructor(
    walFile: string,
    private readonly onFailure: (error: Error) => void,
  ) {
    this.fd = openSync(walFile, 'r');
    // A process killed before its last fsync leaves commits that only the kernel's page cache
    // holds; whatever reads them now (catch-up consumers, the relay's replicator) must not act on
    // something a power cut could still take back.
    fdatasyncSync(this.fd);
  }

  /** Calls `done` once everything committed so far is on stable storage. */
  afterCommit(done: () => void): void {
    this.pending.push(done);
    if (this.running.length < MAX_IN_FLIGHT) this.start();
  }

  private start(): void {
    const sync = { covered: this.pending };
    this.pending = [];
    this.running.push(sync);
    // fdatasync, as SQLite itself syncs the WAL: the frames and the file's size, not its times.
    fdatasync(this.fd, (error) => {
      if (this.failed) return;
      if (error) {
        // After a failed fsync the kernel may have dropped the dirty pages: nothing written since the
        // last good fsync can be trusted, so the process must stop rather than acknowledge it.
        this.failed = true;
        this.onFailure(error);
        return;
      }
      // An fsync that returns covers every write made before it began, so also whatever the older
      // ones still running were started for: their callers go now, in commit order.
      const through = this.running.indexOf(sync);
      for (const done of this.running.splice(0, through + 1).flatMap((s) => s.covered)) done();
      if (this.pending.length > 0 && !this.closed) this.start();
    });
  }

  /** Resolves after the last requested fsync finished. */
  async flush(): Promise<void> {
    if (this.running.length === 0 && this.pending.length === 0) return;
    await new Promise<void>((resolve) => this.afterCommit(resolve));
  }

  close(): void {
    this.closed = true;
    closeSync(this.fd);
  }
}
