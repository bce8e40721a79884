/** What the KDS page gets from `/kds/config.json` and the retained `kds/{station}/…` topics. */
export interface KdsStation {
  code: string;
  name: string;
  isExpo: boolean;
  warnAfterSeconds?: number;
  lateAfterSeconds?: number;
}

export interface KdsConfig {
  storeId: string;
  storeName: string;
  serverTime: string;
  /** The store's zone: the clock shows store time (a cheap TV box is often left on UTC). */
  timeZone: string;
  recallWindowSeconds: number;
  stations: KdsStation[];
  texts: Record<string, string>;
}

export interface KdsItem {
  itemId: string;
  name: string;
  quantity: number;
  unit: string;
  status: string;
  station: string;
  modifiers: string[];
  notes: string | null;
  /** When prep-sync fires this dish; later than its ticket's when the dish cooks faster than the rest. */
  fireAt: string;
}

export interface KdsTicket {
  ticketId: string;
  orderNumber: number;
  channel: string;
  table: string | null;
  kind: string;
  status: string;
  fireAt: string;
  timers: { createdAt: string; warnAfterSeconds: number; lateAfterSeconds: number };
  items: KdsItem[];
}

export interface KdsRecent {
  ticketId: string;
  orderNumber: number;
  channel: string;
  table: string | null;
  bumpedAt: string;
  items: string[];
}

export interface KdsAllday {
  items: { name: string; quantity: number; unit: string }[];
}

export type KdsAction = 'start' | 'bump' | 'recall';

/** What a ticket card needs from the page: texts, the server-aligned clock, selection and actions. */
export interface KdsView {
  t(key: string, params?: Record<string, string | number>): string;
  now(): number;
  send(ticketId: string, action: KdsAction, itemId?: string): void;
  select(ticketId: string): void;
  readonly selectedId: string | null;
}
