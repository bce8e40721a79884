import { afterDeliveries } from '../kernel/after-deliveries.js';
import type { ModuleContext } from '../kernel/module.js';
import { ORDER_BOARD_EVENTS, type OrderBoardEvent, OrderBoardState } from './order-board-state.js';

/** A board shows one service: at start it folds the order events of the last hours from the journal. */
const REBUILD_WINDOW_MS = 12 * 3600_000;
const PAGE = 500;

export const orderBoardTopic = (storeId: string) => `store/${storeId}/board/orders`;

/**
 * The order-ready board (`/painel`) as one retained MQTT message, `board/orders`: rebuilt from the
 * journal when the appliance starts (the broker's retained set lives in memory), then folded from
 * each committed order event and published again, so a screen that (re)connects gets the current
 * board at once and every change within one publish.
 */
export class OrderBoard {
  private state = new OrderBoardState();
  private expiryTimer: NodeJS.Timeout | undefined;
  private publishPending = false;
  private stopped = false;

  constructor(private readonly ctx: ModuleContext) {}

  register(): void {
    this.ctx.events.subscribe('order-board', ORDER_BOARD_EVENTS, (event) => {
      if (this.state.apply(event)) this.publishSoon();
    });
  }

  /** Reads synchronously, so no command commits between the fold and the swap; folding an event twice changes nothing. */
  async start(): Promise<void> {
    const state = new OrderBoardState();
    const last = this.ctx.journal.lastSeq();
    let seq = this.firstSeqSince(this.ctx.clock.now().getTime() - REBUILD_WINDOW_MS) - 1;
    for (;;) {
      const page = this.ctx.journal.readMatching(seq, last, ORDER_BOARD_EVENTS, PAGE) as OrderBoardEvent[];
      for (const event of page) state.apply(event);
      if (page.length < PAGE) break;
      seq = page[page.length - 1].seq;
    }
    this.state = state;
    await this.publish();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.expiryTimer);
  }

  /**
   * One publish for every change of a loop turn, after the turn's deliveries: the listener runs in
   * the commit's after-commit path, where the till's answer and the kitchen's tickets are waiting,
   * and one command (or batch) often moves several numbers.
   */
  private publishSoon(): void {
    if (this.publishPending) return;
    this.publishPending = true;
    afterDeliveries(() => {
      this.publishPending = false;
      if (this.stopped) return;
      this.publish().catch((err) => this.ctx.logger.error({ err }, 'order board publish failed'));
    });
  }

  private async publish(): Promise<void> {
    const now = this.ctx.clock.now();
    this.state.expire(now.getTime());
    this.scheduleExpiry(now.getTime());
    await this.ctx.mqtt.publish(orderBoardTopic(this.ctx.config.storeId), this.state.view(now), { retain: true, qos: 1 });
  }

  private scheduleExpiry(nowMs: number): void {
    clearTimeout(this.expiryTimer);
    const next = this.state.nextExpiryMs();
    if (next === null) return;
    this.expiryTimer = setTimeout(() => void this.publish().catch((err) => this.ctx.logger.error({ err }, 'order board publish failed')), Math.max(0, next - nowMs) + 50);
    this.expiryTimer.unref();
  }

  /** The first journal seq at or after `sinceMs`: a binary search on the seq key, the journal has no time index. */
  private firstSeqSince(sinceMs: number): number {
    const at = this.ctx.db.prepare('SELECT occurred_at FROM journal WHERE seq >= ? ORDER BY seq LIMIT 1').pluck();
    let low = 1;
    let high = this.ctx.journal.lastSeq() + 1;
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      const occurredAt = at.get(mid) as string | undefined;
      if (occurredAt !== undefined && Date.parse(occurredAt) < sinceMs) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
