import { statfsSync } from 'node:fs';
import type { HealthCheck } from '../health.js';

/** Below this much free space the store's database counts as full even before a write failed. */
export const STORAGE_RESERVE_BYTES = 1024 * 1024;

/** SQLite's "database or disk is full", the file system's own ENOSPC, or the STORAGE_FULL they become. */
export function isStorageFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'STORAGE_FULL';
}

export function freeBytes(dir: string): number {
  const stats = statfsSync(dir);
  return Number(stats.bavail) * Number(stats.bsize);
}

/**
 * Whether the data dir's file system is out of space: a write failed for lack of space and
 * nothing committed since, or the free space is under the reserve. Also which modules could not
 * finish starting because of it (they complete at the next start).
 */
export class StorageMonitor {
  private failedAt: string | null = null;
  private readonly incompleteStarts: string[] = [];

  constructor(
    private readonly dataDir: string,
    private readonly now: () => Date,
  ) {}

  /** True (and remembered) when `error` means the disk is full. */
  noteFailure(error: unknown): boolean {
    if (!isStorageFull(error)) return false;
    this.failedAt ??= this.now().toISOString();
    return true;
  }

  /** True (and remembered) when `module`'s start failed because the disk is full. */
  noteIncompleteStart(module: string, error: unknown): boolean {
    if (!this.noteFailure(error)) return false;
    this.incompleteStarts.push(module);
    return true;
  }

  noteCommit(): void {
    this.failedAt = null;
  }

  check(): HealthCheck & { storageFull: boolean } {
    const free = freeBytes(this.dataDir);
    const storageFull = this.failedAt !== null || free < STORAGE_RESERVE_BYTES;
    const degraded = storageFull || this.incompleteStarts.length > 0;
    return {
      status: degraded ? 'degraded' : 'ok',
      storageFull,
      writeFailedAt: this.failedAt,
      freeBytes: free,
      ...(this.incompleteStarts.length > 0 ? { restartNeededFor: [...this.incompleteStarts] } : {}),
    };
  }
}
