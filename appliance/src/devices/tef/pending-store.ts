import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeDurably } from './dial-files.js';

/**
 * An approval the network holds open until we send CNF or NCN. It is written
 * before `authorize` returns APPROVED, so whatever happens afterwards (sale
 * commit, crash, power cut) the next start knows it must settle it.
 */
export interface PendingApproval {
  transactionId: string;
  requestId: string;
  network: string;
  nsu: string;
  finalization: string;
  approvedAmountCents: number;
  approvedAt: string;
}

/**
 * One JSON file per pending approval in the data dir (the record's shape is the driver's: TEF Dial
 * keeps `PendingApproval`, SiTef its fiscal coupon). Files, not SQLite: the
 * record has to exist on disk before the sale's own database transaction
 * starts and must be settled by the driver even when the domain database is
 * unavailable; a write-fsync-rename file is atomic, needs no migration and
 * mirrors how TEF Dial itself keeps state (ACBr keeps pending responses the
 * same way).
 */
export class PendingApprovalStore<T extends { transactionId: string; approvedAt: string } = PendingApproval> {
  constructor(private readonly dir: string) {}

  async save(approval: T): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const target = this.fileFor(approval.transactionId);
    const temp = `${target}.tmp`;
    await writeDurably(temp, Buffer.from(JSON.stringify(approval, null, 2)));
    await rename(temp, target);
  }

  async get(transactionId: string): Promise<T | null> {
    try {
      return JSON.parse(await readFile(this.fileFor(transactionId), 'utf8')) as T;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async list(): Promise<T[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const approvals = await Promise.all(
      names.filter((name) => name.endsWith('.json')).map(async (name) => JSON.parse(await readFile(join(this.dir, name), 'utf8')) as T),
    );
    return approvals.sort((a, b) => a.approvedAt.localeCompare(b.approvedAt));
  }

  async remove(transactionId: string): Promise<void> {
    await rm(this.fileFor(transactionId), { force: true });
  }

  private fileFor(transactionId: string): string {
    // Transaction ids come from our own code, but never let one escape the directory.
    return join(this.dir, `${encodeURIComponent(transactionId)}.json`);
  }
}
