import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { DownstreamMessage } from '../../contract/index.js';

/** What the applier did with a message; recorded beside the message id. */
export type DownstreamOutcome = 'applied' | 'ignored';

/**
 * Port through which domain modules accept HQ messages (the catalog for `catalog.product_changed`,
 * settings for `configuration.changed`, later marketplace orders). `apply` runs inside a command
 * transaction: it changes its tables and emits its journal events through `tx`, and throwing
 * rolls the whole message back. A refusal by the store's rules (an `AppError` below 500: a product
 * gone, the business day closed) is recorded as `refused` and the messages behind it go on; any
 * other failure (the disk, the database, a device answering 503) is retried.
 */
export interface DownstreamApplier {
  readonly types: readonly string[];
  apply(tx: CommandTx, message: DownstreamMessage): DownstreamOutcome;
}

/** Runs a function inside one command transaction (the kernel command bus in the appliance). */
export interface CommandRunner {
  run<T>(name: string, fn: (tx: CommandTx) => T): Promise<T>;
}
