import mqtt, { type MqttClient } from 'mqtt';
import type { KeepAliveClient } from './keep-alive-client.js';

/**
 * The steps of a full counter order, in order; `ticket`, `nfce` and `receipt` are timed from the
 * request that caused them. `send` is the POS's F8: the order created and confirmed (to the
 * kitchen) in one request (`POST /orders` with `confirm: true`).
 */
export const LIFECYCLE_STEPS = ['send', 'ticket', 'bump', 'pay', 'nfce', 'receipt'] as const;
export type LifecycleStep = (typeof LIFECYCLE_STEPS)[number];
/** What a person at a till waits for: the target's "till action". */
export const TILL_ACTIONS: readonly LifecycleStep[] = ['send', 'pay'];

/** How long a ticket or a bump of an order no till has claimed yet is kept: far longer than a till waits for its answer. */
const UNCLAIMED_TTL_MS = 10_000;

export type Sample = [what: string, finishedAt: number, ms: number];

interface Tracked {
  /** When the till sent it to the kitchen: the lifecycle's start. */
  sentAt: number;
  paySentAt?: number;
  ticketSeen?: boolean;
  bumped?: boolean;
  ready?: () => void;
}

/** What the kitchen did with an order before its till had the answer that names it. */
interface Unclaimed {
  seenAt: number;
  ticketAt?: number;
  bumped?: boolean;
}

/**
 * Follows every counter order of the rush through the store: samples of each step's latency, the
 * completion of each full lifecycle (its receipt printed), and the errors, all stamped with when
 * they finished so the driver can cut them into rate steps.
 */
export class LifecycleLog {
  readonly samples: Sample[] = [];
  readonly completions: number[] = [];
  readonly errors: string[] = [];
  /** Fiscal and printing events seen, for a run that never completes a lifecycle. */
  readonly seen = { issued: 0, authorized: 0, receipts: 0 };
  private readonly orders = new Map<string, Tracked>();
  private readonly orderOfDocument = new Map<string, string>();
  /** Marketplace orders by the label their tickets carry: when their webhook was sent. */
  private readonly marketplaceOrders = new Map<string, number>();
  /**
   * Tickets and bumps of orders not begun here: the ticket of an order placed confirmed can reach
   * the screens (and be bumped) before the till's answer names the order, and marketplace orders
   * and table rounds are never begun. Kept a while, then dropped.
   */
  private readonly unclaimed = new Map<string, Unclaimed>();

  record(what: string, startedAt: number, finishedAt = performance.now()): void {
    this.samples.push([what, finishedAt, finishedAt - startedAt]);
  }

  /** The till's answer named the order it sent at `sentAt`; what the kitchen already did with it counts from there. */
  begin(orderId: string, sentAt: number): void {
    const order: Tracked = { sentAt };
    this.orders.set(orderId, order);
    const early = this.unclaimed.get(orderId);
    if (!early) return;
    this.unclaimed.delete(orderId);
    if (early.ticketAt !== undefined) {
      order.ticketSeen = true;
      this.record('ticket', sentAt, early.ticketAt);
    }
    order.bumped = early.bumped;
  }

  /** Resolves once the kitchen bumped every ticket of the order. */
  ready(orderId: string): Promise<void> {
    return new Promise((resolve) => {
      const order = this.orders.get(orderId);
      if (order?.bumped) resolve();
      else if (order) order.ready = resolve;
    });
  }

  private unclaimedOf(orderId: string): Unclaimed {
    let early = this.unclaimed.get(orderId);
    if (!early) {
      const now = performance.now();
      if (this.unclaimed.size >= 1_000) for (const [id, entry] of this.unclaimed) if (now - entry.seenAt > UNCLAIMED_TTL_MS) this.unclaimed.delete(id);
      this.unclaimed.set(orderId, (early = { seenAt: now }));
    }
    return early;
  }

  paying(orderId: string, at: number): void {
    const order = this.orders.get(orderId);
    if (order) order.paySentAt = at;
  }

  ticketShown(orderId: string): void {
    const order = this.orders.get(orderId);
    if (!order) {
      this.unclaimedOf(orderId).ticketAt ??= performance.now();
      return;
    }
    if (order.ticketSeen) return;
    order.ticketSeen = true;
    this.record('ticket', order.sentAt);
  }

  orderBumped(orderId: string): void {
    const order = this.orders.get(orderId);
    if (!order) {
      this.unclaimedOf(orderId).bumped = true;
      return;
    }
    order.bumped = true;
    order.ready?.();
  }

  documentIssued(documentId: string, orderId: string): void {
    this.seen.issued += 1;
    if (this.orders.has(orderId)) this.orderOfDocument.set(documentId, orderId);
  }

  documentAuthorized(orderId: string): void {
    this.seen.authorized += 1;
    const order = this.orders.get(orderId);
    if (order?.paySentAt !== undefined) this.record('nfce', order.paySentAt);
  }

  receiptPrinted(documentId: string): void {
    this.seen.receipts += 1;
    const orderId = this.orderOfDocument.get(documentId);
    const order = orderId ? this.orders.get(orderId) : undefined;
    if (!orderId || order?.paySentAt === undefined) return;
    this.record('receipt', order.paySentAt);
    this.record('lifecycle', order.sentAt);
    this.completions.push(performance.now());
    this.orders.delete(orderId);
    this.orderOfDocument.delete(documentId);
  }

  get inFlight(): number {
    return this.orders.size;
  }

  /** A marketplace order whose webhook is being sent; `label` is what its tickets will say. */
  marketplaceSent(label: string, sentAt: number): void {
    this.marketplaceOrders.set(label, sentAt);
  }

  /** The first ticket of a marketplace order on a screen: the platform's event reached the kitchen. */
  marketplaceTicketShown(label: string): void {
    const sentAt = this.marketplaceOrders.get(label);
    if (sentAt === undefined) return;
    this.marketplaceOrders.delete(label);
    this.record('marketplace', sentAt);
  }

  /** Marketplace orders sent whose tickets no screen has shown yet. */
  get marketplaceInFlight(): number {
    return this.marketplaceOrders.size;
  }
}

interface TicketMessage {
  ticketId: string;
  orderId: string;
  /** A marketplace order's label (`iFood #1234`), a table's number. */
  table: string | null;
  items: { status: string }[];
}

/**
 * `count` KDS screens over MQTT-over-WebSocket, spread over `stations`; the first screen of each
 * station is its cook, who bumps each new ticket at once through the KDS command route (its answer
 * says whether the order is fully bumped, which lets the till take the payment).
 */
export async function connectKitchen(url: string, storeId: string, token: string, stations: readonly string[], count: number, cook: KeepAliveClient, log: LifecycleLog): Promise<MqttClient[]> {
  const screens: MqttClient[] = [];
  for (let s = 0; s < count; s++) {
    const station = stations[s % stations.length];
    const isCook = s < stations.length;
    const seen = new Set<string>();
    const client = await mqtt.connectAsync(url, { username: 'admin', password: token, reconnectPeriod: 0, keepalive: 30 });
    client.on('message', (_topic, payload) => {
      if (payload.length === 0) return;
      const ticket = JSON.parse(payload.toString()) as TicketMessage;
      if (seen.has(ticket.ticketId)) return;
      seen.add(ticket.ticketId);
      log.ticketShown(ticket.orderId);
      if (ticket.table) log.marketplaceTicketShown(ticket.table);
      if (!isCook) return;
      const bumpSentAt = performance.now();
      cook.post(`/kds/${station}/commands`, JSON.stringify({ ticketId: ticket.ticketId, action: 'bump' })).then(
        (res) => {
          if (res.status !== 200) return void log.errors.push(`bump ${res.status} ${res.body.slice(0, 200)}`);
          log.record('bump', bumpSentAt);
          if ((JSON.parse(res.body) as { data: { orderFullyBumped: boolean } }).data.orderFullyBumped) log.orderBumped(ticket.orderId);
        },
        (error: unknown) => log.errors.push(`bump ${String(error)}`),
      );
    });
    await client.subscribeAsync(`store/${storeId}/kds/${station}/tickets/+`, { qos: 1 });
    screens.push(client);
  }
  return screens;
}

/**
 * The expediter's screen: an expo ticket is bumped (the order handed out) once every station
 * finished its items, as a store with an expo station does; left open, expo tickets would pile up
 * through the rush as no store's do.
 */
export async function connectExpediter(url: string, storeId: string, token: string, station: string, cook: KeepAliveClient, log: LifecycleLog): Promise<MqttClient> {
  const bumped = new Set<string>();
  const client = await mqtt.connectAsync(url, { username: 'admin', password: token, reconnectPeriod: 0, keepalive: 30 });
  client.on('message', (_topic, payload) => {
    if (payload.length === 0) return;
    const ticket = JSON.parse(payload.toString()) as TicketMessage;
    if (bumped.has(ticket.ticketId) || !ticket.items.every((item) => item.status === 'DONE' || item.status === 'VOIDED')) return;
    bumped.add(ticket.ticketId);
    const sentAt = performance.now();
    cook.post(`/kds/${station}/commands`, JSON.stringify({ ticketId: ticket.ticketId, action: 'bump' })).then(
      (res) => {
        if (res.status !== 200) return void log.errors.push(`expo bump ${res.status} ${res.body.slice(0, 200)}`);
        log.record('expo', sentAt);
        // Its retained message is cleared by this bump: the set only has to outlive the messages in flight.
        setTimeout(() => bumped.delete(ticket.ticketId), 10_000).unref();
      },
      (error: unknown) => log.errors.push(`expo bump ${String(error)}`),
    );
  });
  await client.subscribeAsync(`store/${storeId}/kds/${station}/tickets/+`, { qos: 1 });
  return client;
}

interface EventEnvelope {
  type: string;
  payload: { documentId?: string; orderId?: string; kind?: string; source?: { type: string; id: string } | null };
}

/** The back office's view of the journal: NFC-e issued and authorized, print jobs acknowledged by the printer. */
export async function watchFiscalAndPrinting(url: string, storeId: string, token: string, log: LifecycleLog): Promise<MqttClient> {
  const client = await mqtt.connectAsync(url, { username: 'admin', password: token, reconnectPeriod: 0, keepalive: 30 });
  client.on('message', (_topic, raw) => {
    const event = JSON.parse(raw.toString()) as EventEnvelope;
    const { payload } = event;
    if (event.type === 'fiscal.document_issued' && payload.documentId && payload.orderId) log.documentIssued(payload.documentId, payload.orderId);
    else if (event.type === 'fiscal.document_authorized' && payload.orderId) log.documentAuthorized(payload.orderId);
    else if (event.type === 'print_job.done' && payload.kind === 'danfe_nfce' && payload.source?.id) log.receiptPrinted(payload.source.id);
  });
  const topics = ['fiscal.document_issued', 'fiscal.document_authorized', 'print_job.done'].map((type) => `store/${storeId}/events/${type}`);
  await client.subscribeAsync(topics, { qos: 1 });
  return client;
}
