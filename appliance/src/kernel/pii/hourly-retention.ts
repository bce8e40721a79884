import type { Db } from '../db/open.js';
import type { CommandTx } from '../journal/command-bus.js';
import type { ModuleContext } from '../module.js';

/** Personal data a module keeps for a while only, and how it forgets it. */
export interface Retention {
  /** The command that forgets, journaled under this name by the module as its actor. */
  command: string;
  module: string;
  /** Whether anything is past its retention: read without the writer, which is asked only when something is. */
  isDue(db: Db, now: Date): boolean;
  /** Forgets what is past the retention, journaling what it did, in one transaction. */
  forget(tx: CommandTx): unknown;
}

const CHECK_EVERY_MS = 60 * 60_000;

/**
 * Runs a retention at start and then every hour: a record crosses its cutoff at any hour, and an
 * hour more of a person's data is the most kept. A failed pass is logged and tried at the next.
 * Returns the timer, for the module's stop.
 */
export function startHourlyRetention(ctx: ModuleContext, retention: Retention): NodeJS.Timeout {
  const pass = () => {
    if (!retention.isDue(ctx.db, ctx.clock.now())) return;
    ctx.commands
      .run(retention.command, (tx) => retention.forget(tx), { actor: { type: 'system', id: retention.module } })
      .catch((error) => ctx.logger.warn({ err: error, command: retention.command }, 'retention pass failed'));
  };
  pass();
  const timer = setInterval(pass, CHECK_EVERY_MS);
  timer.unref();
  return timer;
}
