import type { Db } from '../db/open.js';
import type { CommandBus } from '../journal/command-bus.js';
import { SealedColumn } from './sealed-column.js';
import { bindVault, PersonalDataVault } from './vault.js';

/** Answers kept for Idempotency-Key retries: an order's answer carries its CPF na nota. */
const idempotentAnswers = new SealedColumn({ table: 'idempotency_keys', column: 'response', rowKey: "scope || char(10) || key" });

/**
 * Opens the personal-data keys of the store in `dataDir`, binds them to its connection, and seals
 * the answers the command bus keeps for idempotent retries.
 */
export function openStoreVault(db: Db, dataDir: string, commands: CommandBus): PersonalDataVault {
  const vault = PersonalDataVault.open(dataDir);
  bindVault(db, vault);
  vault.register(idempotentAnswers);
  commands.responseCodec = {
    seal: (rowKey, body) => idempotentAnswers.seal(vault.keyring, rowKey, body),
    open: (rowKey, stored) => idempotentAnswers.open(vault.keyring, rowKey, stored),
  };
  return vault;
}
