import type { Db } from '../kernel/db/open.js';

export type StateKey = 'relay_high_water' | 'downstream_cursor';

/** Small key/value bookkeeping of the replication module (not domain state, so no journal event). */
export class ReplicationState {
  private readonly select;
  private readonly upsert;

  constructor(db: Db) {
    this.select = db.prepare('SELECT value FROM replication_state WHERE key = ?').pluck();
    this.upsert = db.prepare(
      'INSERT INTO replication_state (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
    );
  }

  get(key: StateKey): number | null {
    const value = this.select.get(key) as number | undefined;
    return value ?? null;
  }

  set(key: StateKey, value: number): void {
    this.upsert.run(key, value, new Date().toISOString());
  }
}
