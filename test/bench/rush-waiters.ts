import type { KeepAliveClient } from './keep-alive-client.js';

/** A table's rounds before its guests ask for the bill: a tab is a meal, not a whole rush. */
export const ROUNDS_PER_TAB = 6;

/** One waiter request, checked and timed by the rush's `call`; answers the `data` of the reply. */
export type RushCall = (http: KeepAliveClient, what: string, path: string, body: string, expected: number) => Promise<unknown>;

/**
 * The rush's tables: each waiter serves one table, adding rounds to its tab; after
 * ROUNDS_PER_TAB rounds the table pays its bill (service charge included) in cash at a till, the
 * tab is closed and the next guests open a new one. A table's requests run one after another, as
 * one waiter's phone sends them; tables run side by side.
 */
export class RushTables {
  private readonly queues: Promise<void>[];
  private readonly tabs: { tabId: string; orderId: string; rounds: number; totalCents: number }[] = [];
  private next = 0;

  constructor(
    private readonly call: RushCall,
    private readonly waiter: KeepAliveClient,
    /** The tills where a table's bill is paid, one per table in turn. */
    private readonly tills: readonly KeepAliveClient[],
    private readonly tables: number,
  ) {
    this.queues = Array.from({ length: tables }, () => Promise.resolve());
  }

  /** Opens a tab on every table. */
  async open(): Promise<void> {
    for (let t = 0; t < this.tables; t++) this.tabs[t] = await this.openTab(t);
  }

  /** Queues a round (`round` is the body of `POST /tabs/{id}/rounds`) on the next table; settles when it and any bill before it were answered. */
  round(round: string): Promise<void> {
    const table = this.next++ % this.tables;
    const work = this.queues[table].then(async () => {
      if (this.tabs[table].rounds >= ROUNDS_PER_TAB) await this.payAndReopen(table);
      const tab = this.tabs[table];
      const answer = (await this.call(this.waiter, 'round', `/tabs/${tab.tabId}/rounds`, round, 200)) as { order: { totalCents: number } };
      tab.rounds += 1;
      tab.totalCents = answer.order.totalCents;
    });
    this.queues[table] = work.catch(() => undefined);
    return work;
  }

  private async openTab(table: number) {
    const tab = (await this.call(this.waiter, 'tab', `/tables/table-${table + 1}/tab`, '{}', 201)) as { id: string; primaryOrderId: string };
    return { tabId: tab.id, orderId: tab.primaryOrderId, rounds: 0, totalCents: 0 };
  }

  /** The bill: cash covering goods and the service charge, the tab closed, the table opened again. */
  private async payAndReopen(table: number): Promise<void> {
    const { tabId, orderId, totalCents } = this.tabs[table];
    const till = this.tills[table % this.tills.length];
    await this.call(till, 'bill', `/orders/${orderId}/payments`, JSON.stringify({ method: 'CASH', tenderedCents: totalCents * 2 }), 201);
    await this.call(this.waiter, 'tab-close', `/tabs/${tabId}/close`, '{}', 200);
    this.tabs[table] = await this.openTab(table);
  }
}
