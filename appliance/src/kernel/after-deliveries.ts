/**
 * Runs `work` once the current loop turn's socket writes have gone out.
 *
 * A commit's after-commit path hands its MQTT messages to aedes, which defers every QoS 1 delivery
 * with `setImmediate` from the microtasks that follow. Follow-up work queued with a single
 * `setImmediate` from that same path (the next batch, a checkpoint, a durable consumer, the order
 * board) would be queued ahead of those deliveries and hold the kitchen's tickets back; queued from
 * inside a first `setImmediate`, it runs in the next turn, behind them.
 */
export function afterDeliveries(work: () => void): void {
  setImmediate(() => setImmediate(work));
}

/** `afterDeliveries` as a promise, for async loops. */
export function untilDeliveriesSent(): Promise<void> {
  return new Promise((resolve) => afterDeliveries(resolve));
}
