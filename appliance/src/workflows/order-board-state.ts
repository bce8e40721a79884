import type { OrderBoardView } from '../../contract/screens.js';
import type { JournalEvent } from '../kernel/journal/event.js';

/** The orders a customer collects at the counter; table and delivery orders never reach the board. */
const BOARD_CHANNELS: readonly string[] = ['COUNTER', 'TAKEOUT', 'KIOSK'];

export const ORDER_BOARD_EVENTS = ['order.created', 'order.confirmed', 'order.preparing', 'order.ready', 'order.completed', 'order.cancelled'] as const;
export type OrderBoardEvent = JournalEvent<(typeof ORDER_BOARD_EVENTS)[number]>;

/**
 * How long a number stays under "Pronto" when nobody reports the pickup: with the default hand-over
 * policy (on payment) a paid order completes at the very bump that makes it ready, so the board
 * cannot learn when the customer took the bag and lets the number go after this time.
 */
export const READY_SHOWN_MS = 5 * 60_000;


interface Entry {
  number: number;
  stage: 'PREPARING' | 'READY';
  readyAt: string | null;
  /** `readyAt` parsed once: the board is re-derived on every order event, over every number on it. */
  readyAtMs: number | null;
}

/**
 * The order board folded from order events, so the same code serves live events and the rebuild
 * from the journal after a restart. A number enters "Preparando" when the order is confirmed,
 * moves to "Pronto" when the kitchen bumps its last ticket (back again on a recall), and leaves on
 * pickup: an explicit hand-over or a payment after it was ready, a cancellation, or
 * `READY_SHOWN_MS` after it became ready.
 */
export class OrderBoardState {
  /** Orders of a board channel that were created but are not on the board yet (drafts). */
  private readonly candidates = new Set<string>();
  private readonly entries = new Map<string, Entry>();

  apply(event: OrderBoardEvent): boolean {
    const id = event.payload.orderId;
    const entry = this.entries.get(id);
    switch (event.type) {
      case 'order.created':
        if (BOARD_CHANNELS.includes(event.payload.channel)) this.candidates.add(id);
        return false;
      case 'order.confirmed':
      case 'order.preparing':
        if (!entry && !this.candidates.has(id)) return false;
        this.candidates.delete(id);
        if (entry?.stage === 'PREPARING') return false;
        this.entries.set(id, { number: event.payload.number, stage: 'PREPARING', readyAt: null, readyAtMs: null });
        return true;
      case 'order.ready':
        if (!entry) return false;
        this.entries.set(id, { ...entry, stage: 'READY', readyAt: event.occurredAt, readyAtMs: Date.parse(event.occurredAt) });
        return true;
      case 'order.completed':
        // Completed by the very commit that made it ready (handed over on payment): still to be picked up.
        if (entry?.stage === 'READY' && entry.readyAt === event.occurredAt) return false;
        return this.remove(id);
      case 'order.cancelled':
        return this.remove(id);
    }
  }

  /** Lets numbers ready for longer than `READY_SHOWN_MS` go; true when one went. */
  expire(nowMs: number): boolean {
    let changed = false;
    for (const [id, entry] of this.entries) {
      if (entry.readyAtMs !== null && entry.readyAtMs + READY_SHOWN_MS <= nowMs) changed = this.remove(id) || changed;
    }
    return changed;
  }

  /** When the next ready number is due to leave, or null. */
  nextExpiryMs(): number | null {
    let earliest: number | null = null;
    for (const entry of this.entries.values()) {
      if (entry.readyAtMs !== null && (earliest === null || entry.readyAtMs < earliest)) earliest = entry.readyAtMs;
    }
    return earliest === null ? null : earliest + READY_SHOWN_MS;
  }

  view(now: Date): OrderBoardView {
    const all = [...this.entries.values()];
    return {
      preparing: all.filter((e) => e.stage === 'PREPARING').map((e) => ({ number: e.number })),
      ready: all
        .filter((e) => e.stage === 'READY')
        .sort((a, b) => b.readyAtMs! - a.readyAtMs!)
        .map((e) => ({ number: e.number, readyAt: e.readyAt! })),
      updatedAt: now.toISOString(),
    };
  }

  private remove(id: string): boolean {
    this.candidates.delete(id);
    return this.entries.delete(id);
  }
}
