import { OfflineError } from '../../shared/api';
import { api } from './session';

export interface RestoreAnswer {
  preRestoreBackup: string;
  journalHeadSeq: number;
}

const POLL_MS = 500;
const GIVE_UP_MS = 180_000;

/**
 * Waits until the appliance restarted on the restored database: its journal keeps the events up to
 * the restart, then `backup.restored` naming this restore. Requests fail while it restarts; that is
 * the wait, not an error.
 */
export async function waitForRestore(answer: RestoreAnswer): Promise<void> {
  const deadline = Date.now() + GIVE_UP_MS;
  while (Date.now() < deadline) {
    try {
      // The journal route declares no answer schema yet: its events are read by the fields used here.
      const events = (await api.get('/api/v1/journal', { params: { query: { afterSeq: answer.journalHeadSeq, limit: 100 } } })) as { type: string; payload: { preRestoreBackup?: string } }[];
      if (events.some((e) => e.type === 'backup.restored' && e.payload.preRestoreBackup === answer.preRestoreBackup)) return;
    } catch (error) {
      if (!(error instanceof OfflineError)) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new OfflineError();
}
