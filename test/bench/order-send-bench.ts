import { KeepAliveClient } from './keep-alive-client.js';
import { startRushStore } from './rush-store.js';
import { cpuMs, round } from './stats.js';

/** A weighed self-service line: the order is confirmed like any other but opens no kitchen ticket, so open tickets do not pile up between blocks. */
const ORDER = { channel: 'COUNTER', items: [{ productId: 'prod-salad-bar', quantity: 300 }] };
const WARM_UP_ROUNDS = 2;
const SETTLE_MS = 300;

type Way = 'createThenConfirm' | 'placedConfirmed';

/**
 * What sending the till's cart to the kitchen costs the appliance, in CPU per order, the two ways
 * the API allows: `POST /orders` then `POST /orders/{id}/confirm` (two requests, two commits), or
 * one `POST /orders` with `confirm: true` (one of each, the POS's F8). One till, one request at a
 * time, on the rush's store (the appliance on a core of its own), the two ways in alternating
 * blocks of `perBlock` orders in the same process, so the host's drift treats them alike.
 */
export async function runOrderSendBench(perBlock = 100, rounds = 6) {
  const store = await startRushStore(1);
  try {
    const till = new KeepAliveClient(store.appliance.httpPort, store.tillTokens[0], 1);
    const pid = store.appliance.pid;
    const send: Record<Way, () => Promise<void>> = {
      async createThenConfirm() {
        const created = await till.post('/orders', JSON.stringify(ORDER));
        if (created.status !== 201) throw new Error(`create ${created.status} ${created.body.slice(0, 200)}`);
        const confirmed = await till.post(`/orders/${(JSON.parse(created.body) as { data: { id: string } }).data.id}/confirm`, '{}');
        if (confirmed.status !== 200) throw new Error(`confirm ${confirmed.status} ${confirmed.body.slice(0, 200)}`);
      },
      async placedConfirmed() {
        const placed = await till.post('/orders', JSON.stringify({ ...ORDER, confirm: true }));
        if (placed.status !== 201) throw new Error(`place ${placed.status} ${placed.body.slice(0, 200)}`);
      },
    };
    const block = async (way: Way): Promise<number> => {
      const before = cpuMs(pid);
      for (let i = 0; i < perBlock; i++) await send[way]();
      // What the orders set off after their answers (MQTT, consumers, the checkpoint) is theirs too.
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      return (cpuMs(pid) - before) / perBlock;
    };
    const cpuMsPerOrder: Record<Way, number[]> = { createThenConfirm: [], placedConfirmed: [] };
    for (let r = 0; r < WARM_UP_ROUNDS + rounds; r++) {
      for (const way of ['createThenConfirm', 'placedConfirmed'] as const) {
        const perOrder = await block(way);
        if (r >= WARM_UP_ROUNDS) cpuMsPerOrder[way].push(round(perOrder));
      }
    }
    const mean = (values: number[]) => round(values.reduce((sum, v) => sum + v, 0) / values.length);
    return {
      perBlock,
      rounds,
      cpuMsPerOrder,
      meanCpuMsPerOrder: { createThenConfirm: mean(cpuMsPerOrder.createThenConfirm), placedConfirmed: mean(cpuMsPerOrder.placedConfirmed) },
      placedOverTwoRequests: round(mean(cpuMsPerOrder.placedConfirmed) / mean(cpuMsPerOrder.createThenConfirm)),
    };
  } finally {
    await store.stop();
  }
}
