/** What the orders side hands the kitchen when an order (or a new round of it) is confirmed. */
export interface KitchenOrderItemInput {
  itemId: string;
  productId: string;
  name: string;
  /** Units, or grams when `unit` is GRAM. */
  quantity: number;
  unit: 'UNIT' | 'GRAM';
  categoryId: string | null;
  /** The product's station (catalog: product's, else category default); null lets the kitchen route by category. */
  station: string | null;
  prepSeconds: number;
  modifiers: string[];
  notes: string | null;
}

export interface KitchenOrderInput {
  orderId: string;
  orderNumber: number;
  channel: string;
  tableLabel: string | null;
  items: KitchenOrderItemInput[];
}

export type TicketStatus = 'OPEN' | 'IN_PROGRESS' | 'BUMPED' | 'VOIDED';
export type TicketItemStatus = 'PENDING' | 'IN_PROGRESS' | 'DONE' | 'VOIDED';
export type TicketKind = 'STATION' | 'EXPO';
export type KitchenAction = 'start' | 'bump' | 'recall' | 'void';

export interface KitchenCommand {
  ticketId: string;
  itemId?: string;
  action: KitchenAction;
}

export interface KitchenStation {
  code: string;
  name: string;
  capacity: number;
  categories: string[];
  hasScreen: boolean;
  isExpo: boolean;
  isDefault: boolean;
  warnAfterSeconds: number;
  lateAfterSeconds: number;
  sortOrder: number;
  active: boolean;
}

export interface KitchenTicketItem {
  itemId: string;
  productId: string;
  name: string;
  quantity: number;
  unit: 'UNIT' | 'GRAM';
  station: string;
  modifiers: string[];
  notes: string | null;
  prepSeconds: number;
  fireAt: string;
  dueAt: string;
  status: TicketItemStatus;
}

/** The JSON a KDS screen receives (retained on `kds/{station}/tickets/{ticketId}`) and the HTTP snapshot returns. */
export interface KitchenTicket {
  ticketId: string;
  kind: TicketKind;
  station: string;
  groupId: string;
  orderId: string;
  orderNumber: number;
  channel: string;
  table: string | null;
  status: TicketStatus;
  fireAt: string;
  dueAt: string;
  items: KitchenTicketItem[];
  timers: {
    createdAt: string;
    startedAt: string | null;
    bumpedAt: string | null;
    voidedAt: string | null;
    warnAfterSeconds: number;
    lateAfterSeconds: number;
  };
  version: number;
}

export interface KitchenCommandResult {
  ticket: KitchenTicket;
  orderId: string;
  /** Every cooking-station ticket of the order is bumped (voided ones aside): the order is ready. */
  orderFullyBumped: boolean;
  /** The kitchen has begun work on the order (a ticket started or bumped). */
  orderStarted: boolean;
  /** False when the command changed nothing (a duplicate bump, a start on a started ticket). */
  changed: boolean;
}
