import { OfflineError } from '../../shared/api';
import { call } from './session';

export interface RestoreAnswer {
  name: string;
  preRestoreBackup: string;
  journalSeq: number;
}

const POLL_MS = 500;
const GIVE_UP_MS = 180_000;

/**
 * Waits until the appliance restarted on the restored database: its journal then starts again
 * after the backup's last event with `backup.restored` naming this restore. Requests fail while it
 * restarts; that is the wait, not an error.
 */
export async function waitForRestore(answer: RestoreAnswer): Promise<void> {
  const deadline = Date.now() + GIVE_UP_MS;
  while (Date.now() < deadline) {
    try {
      const events = await call<{ type: string; payload: { preRestoreBackup?: string } }[]>('GET', `/journal?afterSeq=${answer.journalSeq}&limit=20`);
      if (events.some((e) => e.type === 'backup.restored' && e.payload.preRestoreBackup === answer.preRestoreBackup)) return;
    } catch (error) {
      if (!(error instanceof OfflineError)) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new OfflineError();
}
