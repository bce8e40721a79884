import { systemClock } from '../../kernel/clock.js';
import { kernelMigrations } from '../../kernel/db/kernel-migrations.js';
import { applyMigrations } from '../../kernel/db/migrations.js';
import { openDatabase, type Db } from '../../kernel/db/open.js';
import { CommandBus } from '../../kernel/journal/command-bus.js';
import type { NewEvent } from '../../kernel/journal/event.js';
import { JournalStore } from '../../kernel/journal/journal-store.js';
import { replicationMigrations } from '../migrations.js';

/** An event as a command would emit it, with the time it happened. */
export type JournalLike = NewEvent & { occurredAt: string };

export interface TestJournal {
  db: Db;
  journal: JournalStore;
  commands: CommandBus;
  /** Appends events in one transaction, as a burst of committed commands would. */
  append(events: JournalLike[]): void;
  close(): void;
}

/** A real store database file with the kernel journal and the replication tables. */
export function openTestJournal(file: string, extraMigrations: Parameters<typeof applyMigrations>[1] = []): TestJournal {
  const db = openDatabase(file);
  db.pragma('synchronous = NORMAL');
  applyMigrations(db, [...kernelMigrations, ...replicationMigrations, ...extraMigrations]);
  const journal = new JournalStore(db);
  const commands = new CommandBus(db, journal, systemClock);
  return {
    db,
    journal,
    commands,
    append(events) {
      db.transaction(() => {
        for (const event of events) {
          journal.append(event, { type: 'user', id: 'user-cashier' }, null, event.occurredAt);
        }
      })();
    },
    close() {
      commands.close();
      db.close();
    },
  };
}
