import { closeSync, fdatasync, fdatasyncSync, openSync } from 'node:fs';

/**
 * Group fsync of the SQLite WAL off the event loop. The writer runs with synchronous=NORMAL, so
 * COMMIT only writes the WAL; callers are told their batch is done once an fsync that started after
 * their COMMIT has completed. One fsync covers every batch committed before it began, and while it
 * runs on the libuv thread pool the event loop keeps parsing requests and committing the next batch.
 * One at a time: a second running beside it (a commit made during an fsync then waits for one, not
 * two) cost the rush more CPU on the appliance's core than it saved in latency.
 */
export class WalSyncer {
  private readonly fd: number;
  private inFlight = false;
  private pending: (() => void)[] = [];
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
    if (!this.inFlight) this.start();
  }

  private start(): void {
    const covered = this.pending;
    this.pending = [];
    this.inFlight = true;
    // fdatasync, as SQLite itself syncs the WAL: the frames and the file's size, not its times.
    fdatasync(this.fd, (error) => {
      this.inFlight = false;
      if (error) {
        // After a failed fsync the kernel may have dropped the dirty pages: nothing written since the
        // last good fsync can be trusted, so the process must stop rather than acknowledge it.
        this.onFailure(error);
        return;
      }
      for (const done of covered) done();
      if (this.pending.length > 0 && !this.closed) this.start();
    });
  }

  /** Resolves after the last requested fsync finished. */
  async flush(): Promise<void> {
    if (!this.inFlight && this.pending.length === 0) return;
    await new Promise<void>((resolve) => this.afterCommit(resolve));
  }

  close(): void {
    this.closed = true;
    closeSync(this.fd);
  }
}
