import { newId } from '../kernel/ids.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { BackupResult } from './backup.js';

/** Journals the day's backup so the relay and the operators know a copy exists and where. */
export function recordDayBackup(tx: CommandTx, businessDayId: string, backup: BackupResult): void {
  const id = newId();
  tx.db
    .prepare('INSERT INTO business_day_backups (id, business_day_id, file, bytes, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(id, businessDayId, backup.file, backup.bytes, tx.nowIso);
  tx.emit({
    type: 'business_day.backed_up',
    aggregateType: 'business_day',
    aggregateId: businessDayId,
    payload: { businessDayId, backupId: id, file: backup.file, bytes: backup.bytes, removed: backup.removed },
  });
}
