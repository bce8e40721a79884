import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { ModuleContext } from '../kernel/module.js';

/**
 * Asked, inside the retry's transaction, before a failed job of its source type is queued again;
 * it throws to refuse. The printing module does not know what its jobs print about (a DANFE names
 * a fiscal document, a route slip a delivery): the workflow that queues jobs of a source says when
 * one may no longer be printed (a fiscal document put under legal hold after the sale).
 */
export type RetryGuard = (tx: CommandTx, sourceId: string) => void;

const guards = new WeakMap<ModuleContext, Map<string, RetryGuard>>();

export function guardPrintRetries(ctx: ModuleContext, sourceType: string, guard: RetryGuard): void {
  const bySource = guards.get(ctx) ?? new Map<string, RetryGuard>();
  bySource.set(sourceType, guard);
  guards.set(ctx, bySource);
}

/** The guards of this appliance, looked up per retry: workflows register theirs after the printing module. */
export function printRetryGuardsOf(ctx: ModuleContext): ReadonlyMap<string, RetryGuard> {
  return guards.get(ctx) ?? new Map();
}
