import type { Statement } from 'better-sqlite3';
import { PiiKeyring } from './keyring.js';

/** A connection or a command transaction: anything that compiles statements. */
export interface Statements {
  prepare(sql: string): Statement;
}

/**
 * Personal data a module keeps sealed. The vault re-seals every registered store at start (values
 * an older version wrote in clear) and on key rotation, and asks which keys are still needed
 * before dropping old ones from the key file.
 */
export interface SealedStore {
  /** Names the store in logs and in the rotation's journal event. */
  readonly name: string;
  /** Seals again every value not under the current key; returns how many changed. */
  resealStale(db: Statements, keyring: PiiKeyring): number;
  /** Key ids some stored value still needs to open. */
  keyIdsInUse(db: Statements, keyring: PiiKeyring): Set<string>;
}

export interface SealedColumnSpec {
  table: string;
  column: string;
  /** SQL naming the row in the authenticated data (default `id`); must not change while the row lives. */
  rowKey?: string;
  /**
   * A column keeping the value's blind index (`keyring.blindIndex(kind, value)`), for equality
   * lookups without opening every row. It follows the key: re-sealing recomputes it, and a row
   * with a value and no index yet (a column added by a migration) counts as stale.
   */
  blindIndex?: { column: string; kind: string };
}

const underKey = (kid: string) => `pii1.${kid}.%`;

/**
 * One TEXT column holding ciphertexts (`pii1.<kid>.…`). Each value is bound to its table, column
 * and row, so it opens only where it was written. NULL and the empty string mean "nothing kept".
 */
export class SealedColumn implements SealedStore {
  readonly name: string;
  private readonly rowKey: string;

  constructor(private readonly spec: SealedColumnSpec) {
    this.name = `${spec.table}.${spec.column}`;
    this.rowKey = spec.rowKey ?? 'id';
  }

  seal(keyring: PiiKeyring, rowKey: string, plain: string): string;
  seal(keyring: PiiKeyring, rowKey: string, plain: string | null): string | null;
  seal(keyring: PiiKeyring, rowKey: string, plain: string | null): string | null {
    return plain === null ? null : keyring.encrypt(plain, this.context(rowKey));
  }

  open(keyring: PiiKeyring, rowKey: string, stored: string): string;
  open(keyring: PiiKeyring, rowKey: string, stored: string | null): string | null;
  open(keyring: PiiKeyring, rowKey: string, stored: string | null): string | null {
    if (stored === null || stored === '') return stored;
    // Only a value written before sealing, and not yet sealed at start, is plaintext.
    return PiiKeyring.keyIdOf(stored) === null ? stored : keyring.decrypt(stored, this.context(rowKey));
  }

  /** The blind index of a plain value, for the spec's index column (null without a value). */
  indexOf(keyring: PiiKeyring, plain: string | null): string | null {
    const index = this.spec.blindIndex;
    if (!index) throw new Error(`${this.name} keeps no blind index`);
    return plain === null ? null : keyring.blindIndex(index.kind, plain);
  }

  resealStale(db: Statements, keyring: PiiKeyring): number {
    const { table, column, blindIndex } = this.spec;
    const unindexed = blindIndex ? ` OR ${blindIndex.column} IS NULL` : '';
    const stale = db
      .prepare(`SELECT rowid AS rid, ${this.rowKey} AS rowKey, ${column} AS value FROM ${table} WHERE ${column} <> '' AND (${column} NOT LIKE ?${unindexed})`)
      .all(underKey(keyring.currentKeyId)) as { rid: number; rowKey: string; value: string }[];
    const update = blindIndex
      ? db.prepare(`UPDATE ${table} SET ${column} = ?, ${blindIndex.column} = ? WHERE rowid = ?`)
      : db.prepare(`UPDATE ${table} SET ${column} = ? WHERE rowid = ?`);
    for (const row of stale) {
      const plain = this.open(keyring, row.rowKey, row.value);
      const sealed = this.seal(keyring, row.rowKey, plain);
      if (blindIndex) update.run(sealed, this.indexOf(keyring, plain), row.rid);
      else update.run(sealed, row.rid);
    }
    return stale.length;
  }

  keyIdsInUse(db: Statements, keyring: PiiKeyring): Set<string> {
    const probe = db.prepare(`SELECT 1 FROM ${this.spec.table} WHERE ${this.spec.column} LIKE ? LIMIT 1`);
    return new Set(keyring.keyIds().filter((kid) => probe.get(underKey(kid)) !== undefined));
  }

  private context(rowKey: string): string {
    return `${this.name}:${rowKey}`;
  }
}
