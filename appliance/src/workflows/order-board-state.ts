import type { OrderBoardView } from '../../contract/screens.js';
import type { JournalEvent } from '../kernel/journal/event.js';

/** The orders a customer collects at the counter; table and delivery orders never reach the board. */
const BOARD_CHANNELS: readonly string[] = ['COUNTER', 'TAKEOUT', 'KIOSK'];

export const ORDER_BOARD_EVENTS = ['order.created', 'order.confirmed', 'order.preparing', 'order.ready', 'order.completed', 'order.cancelled', 'business_day.closed'] as const;
export type OrderBoardEvent = JournalEvent<(typeof ORDER_BOARD_EVENTS)[number]>;

/**
 * How long a number stays under "Pronto" when nobody reports the pickup: with the default hand-over
 * policy (on payment) a paid order completes at the very bump that makes it ready, so the board
 * cannot learn when the customer took the bag and lets the number go after this time.
 */
export const READY_SHOWN_MS = 5 * 60_000;


/**
 * The most numbers the board sends per column. At 1920×1080 a column shows about 18 numbers under
 * *Preparando* and 10 under *Pronto* and hides the rest, so more would only cost: the board is
 * published on every order change, and at a rush's pace (or in a store that never reports pickups)
 * hundreds of numbers wait under *Pronto* for their `READY_SHOWN_MS`.
 */
export const BOARD_COLUMN_LIMIT = 40;

interface Preparing {
  number: number;
  /** Confirmation order: a recalled number goes back to its place under *Preparando*. */
  place: number;
}

interface Ready extends Preparing {
  readyAt: string;
  /** `readyAt` parsed once, for the expiry. */
  readyAtMs: number;
}

/**
 * The order board folded from order events, so the same code serves live events and the rebuild
 * from the journal after a restart. A number enters "Preparando" when the order is confirmed,
 * moves to "Pronto" when the kitchen bumps its last ticket (back again on a recall), and leaves on
 * pickup: an explicit hand-over or a payment after it was ready, a cancellation, or
 * `READY_SHOWN_MS` after it became ready; the day close empties the board. Each column is a map in its display order (confirmation
 * under *Preparando*, readiness under *Pronto*), so the view and the expiry read only the numbers
 * they need, however many wait.
 */
export class OrderBoardState {
  /** Orders of a board channel that were created but are not on the board yet (drafts). */
  private readonly candidates = new Set<string>();
  private preparing = new Map<string, Preparing>();
  /** In the order they became ready, which is the order of their `readyAt` (commit times). */
  private readonly ready = new Map<string, Ready>();
  private nextPlace = 0;

  apply(event: OrderBoardEvent): boolean {
    // Every order of the day is over once it closes (the close settles or cancels what was open),
    // and the orders the close itself handed over were never waiting at the counter: none stays.
    if (event.type === 'business_day.closed') return this.clear();
    const id = event.payload.orderId;
    switch (event.type) {
      case 'order.confirmed':
      case 'order.preparing': {
        if (this.preparing.has(id)) return false;
        const recalled = this.ready.get(id);
        if (recalled) {
          this.ready.delete(id);
          this.putBackInPlace(id, { number: recalled.number, place: recalled.place });
          return true;
        }
        if (!this.candidates.delete(id)) return false;
        this.preparing.set(id, { number: event.payload.number, place: this.nextPlace++ });
        return true;
      }
      case 'order.created':
        if (BOARD_CHANNELS.includes(event.payload.channel)) this.candidates.add(id);
        return false;
      case 'order.ready': {
        const entry = this.preparing.get(id) ?? this.ready.get(id);
        if (!entry) return false;
        this.preparing.delete(id);
        // Deleted first, so that a number made ready again moves to the newest end.
        this.ready.delete(id);
        this.ready.set(id, { number: entry.number, place: entry.place, readyAt: event.occurredAt, readyAtMs: Date.parse(event.occurredAt) });
        return true;
      }
      case 'order.completed':
        // Completed by the very commit that made it ready (handed over on payment): still to be picked up.
        if (this.ready.get(id)?.readyAt === event.occurredAt) return false;
        return this.remove(id);
      case 'order.cancelled':
        return this.remove(id);
    }
  }

  /**
   * Lets numbers ready for longer than `READY_SHOWN_MS` go; true when one went. Only the oldest are
   * looked at: readiness order is commit order, so the first one still shown ends the walk.
   */
  expire(nowMs: number): boolean {
    let changed = false;
    for (const [id, entry] of this.ready) {
      if (entry.readyAtMs + READY_SHOWN_MS > nowMs) break;
      this.ready.delete(id);
      changed = true;
    }
    return changed;
  }

  /** When the next ready number is due to leave, or null. */
  nextExpiryMs(): number | null {
    for (const entry of this.ready.values()) return entry.readyAtMs + READY_SHOWN_MS;
    return null;
  }

  /** The oldest numbers in preparation and the newest ready ones, `BOARD_COLUMN_LIMIT` of each at most. */
  view(now: Date): OrderBoardView {
    const preparing: OrderBoardView['preparing'] = [];
    for (const entry of this.preparing.values()) {
      if (preparing.length === BOARD_COLUMN_LIMIT) break;
      preparing.push({ number: entry.number });
    }
    const skip = this.ready.size - BOARD_COLUMN_LIMIT;
    const ready: OrderBoardView['ready'] = [];
    let index = 0;
    for (const entry of this.ready.values()) {
      if (index++ >= skip) ready.push({ number: entry.number, readyAt: entry.readyAt });
    }
    return { preparing, ready: ready.reverse(), updatedAt: now.toISOString() };
  }

  /** A recall is rare: the column is rebuilt with the number back at its confirmation place. */
  private putBackInPlace(id: string, entry: Preparing): void {
    const column = [...this.preparing, [id, entry] as const].sort((a, b) => a[1].place - b[1].place);
    this.preparing = new Map(column);
  }

  private clear(): boolean {
    const shown = this.preparing.size + this.ready.size > 0;
    this.candidates.clear();
    this.preparing.clear();
    this.ready.clear();
    return shown;
  }

  private remove(id: string): boolean {
    this.candidates.delete(id);
    const left = this.preparing.delete(id);
    return this.ready.delete(id) || left;
  }
}
