import type { Db } from '../../kernel/db/open.js';
import { sha256 } from './tokens.js';

/**
 * A table of credentials kept only as the SHA-256 of their secret (integration API keys, device
 * tokens), each with a status: a presented secret is looked up by its hash, so the table never
 * holds one that could be replayed, and it counts only while its row is ACTIVE.
 */
export class HashedCredentials<Row extends { id: string }> {
  constructor(
    private readonly table: string,
    private readonly hashColumn: string,
  ) {}

  find(db: Db, id: string): Row | undefined {
    return db.prepare(`SELECT * FROM ${this.table} WHERE id = ?`).get(id) as Row | undefined;
  }

  /** The active credential whose secret this is, if any. */
  findActiveBySecret(db: Db, secret: string): Row | undefined {
    return db.prepare(`SELECT * FROM ${this.table} WHERE ${this.hashColumn} = ? AND status = 'ACTIVE'`).get(sha256(secret)) as Row | undefined;
  }
}
