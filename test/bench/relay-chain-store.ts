import crypto from 'node:crypto';
import http from 'node:http';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { SyntheticStore, seededRandom, type SyntheticEvent } from '../../cloud-relay/src/testing/synthetic-store.js';

/**
 * The simulated stores of `relay-chain`: each store's journal and the replicator that ships it to the
 * relay over HTTP, as the appliance does.
 */

const gzipAsync = promisify(gzip);

/** One request over the balancer; keep-alive sockets, like a store's replicator keeps its connection. */
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: any;
}

export function request(port: number, method: string, path: string, options: { token?: string; body?: Buffer; gzip?: boolean } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.body) {
      headers['content-type'] = 'application/json';
      if (options.gzip) headers['content-encoding'] = 'gzip';
    }
    const req = http.request({ host: '127.0.0.1', port, method, path, headers, agent, timeout: 60_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: any = null;
        try {
          body = text ? JSON.parse(text) : null;
        } catch {
          body = text;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
      });
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Closes the keep-alive sockets when a run ends. */
export function closeRequests(): void {
  agent.destroy();
}

/** A generated event with the moment the store committed it, to measure lag from. */
export interface PendingEvent {
  event: SyntheticEvent;
  createdAt: number;
}

/**
 * A store's journal, shaped like docs/events.md: every counter order is created, confirmed, sent to
 * the kitchen (ticket created, bumped), ready, paid, its NFC-e issued and authorized, and completed.
 * The order, payment and status events are the projected ones (SyntheticStore, which keeps totals);
 * kitchen and fiscal events are stored raw, as the relay does with them.
 */
export class ChainStore {
  readonly synthetic: SyntheticStore;
  seq = 0;
  generated = 0;
  /** The relay's high-water mark as last acknowledged to this store. */
  acknowledged = 0;
  private carry = 0;

  constructor(
    readonly index: number,
    readonly storeId: string,
    readonly credential: string,
    seed: number,
  ) {
    this.synthetic = new SyntheticStore(seededRandom(seed));
  }

  private next(event: SyntheticEvent): SyntheticEvent {
    this.seq += 1;
    this.generated += 1;
    return { ...event, seq: this.seq };
  }

  /** One order's nine events, in journal order. */
  order(at: Date): SyntheticEvent[] {
    const businessDate = new Date(at.getTime() - 3 * 3_600_000).toISOString().slice(0, 10);
    const [created, payment, completed] = this.synthetic.paidOrder(businessDate, at);
    const p = created.payload;
    const base = { actor: created.actor, correlationId: null, occurredAt: at.toISOString() };
    const status = (status: string, type: string): SyntheticEvent => ({
      ...base, seq: 0, id: crypto.randomUUID(), type, aggregateType: 'order', aggregateId: p.orderId,
      payload: { orderId: p.orderId, number: p.number, businessDate, status, totalCents: p.totalCents },
    });
    const ticketId = crypto.randomUUID();
    const ticket = { ticketId, orderId: p.orderId, orderNumber: p.number, station: 'CHAPA', items: p.items.map((i) => ({ itemId: i.itemId, name: i.name, quantity: i.quantity })) };
    const kitchen = (type: string): SyntheticEvent => ({
      ...base, seq: 0, id: crypto.randomUUID(), type, aggregateType: 'kitchen_ticket', aggregateId: ticketId, payload: { ticket },
    });
    const documentId = crypto.randomUUID();
    const accessKey = Array.from({ length: 44 }, (_, i) => String((this.seq + i) % 10)).join('');
    const fiscal = (type: string, extra: Record<string, unknown>): SyntheticEvent => ({
      ...base, seq: 0, id: crypto.randomUUID(), type, aggregateType: 'fiscal_document', aggregateId: documentId,
      payload: { documentId, orderId: p.orderId, number: p.number, series: 1, accessKey, totalCents: p.totalCents, ...extra },
    });
    return [
      created,
      status('CONFIRMED', 'order.confirmed'),
      kitchen('kitchen.ticket_created'),
      kitchen('kitchen.ticket_bumped'),
      status('READY', 'order.ready'),
      payment,
      fiscal('fiscal.document_issued', { model: 65 }),
      fiscal('fiscal.document_authorized', { protocol: `1${accessKey.slice(0, 14)}`, cStat: 100 }),
      completed,
    ].map((event) => this.next(event));
  }

  /** Orders due after `seconds` at `eventsPerSecond`: whole orders, the remainder carried on. */
  due(seconds: number, eventsPerSecond: number, at: Date): SyntheticEvent[] {
    this.carry += (seconds * eventsPerSecond) / 9;
    const orders = Math.floor(this.carry);
    this.carry -= orders;
    return Array.from({ length: orders }, () => this.order(at)).flat();
  }
}

/** Lunch (12:30) and dinner (20:00) rushes on a quiet base, averaging 1 over the day. */
export function rush(dayFraction: number): number {
  const bump = (center: number, width: number) => Math.exp(-(((dayFraction - center) / width) ** 2));
  const raw = 0.35 + 1.9 * bump(0.3, 0.08) + 1.9 * bump(0.75, 0.1);
  return raw / 0.98;
}

export interface SenderStats {
  acceptedEvents: number;
  batches: number;
  replayedBatches: number;
  retries: number;
  gaps: number;
  statuses: Map<number | string, number>;
  lagMs: number[];
}

export function emptySenderStats(): SenderStats {
  return { acceptedEvents: 0, batches: 0, replayedBatches: 0, retries: 0, gaps: 0, statuses: new Map(), lagMs: [] };
}

/**
 * Ships a store's pending events the way the appliance's replicator does: one batch in flight, gzip
 * JSON, consecutive seqs, at most `maxBatch` events; a 409 SEQ_GAP asks /sync where HQ stands; a
 * failure (dropped connection of a killed node, 429, 5xx) is retried after a backoff with jitter,
 * Retry-After honoured. Acknowledged events leave the queue.
 */
export async function sendPending(
  port: number,
  store: ChainStore,
  pending: PendingEvent[],
  maxBatch: number,
  stats: SenderStats,
  recordLag: boolean,
  shouldStop: () => boolean,
): Promise<void> {
  let backoff = 250;
  while (pending.length > 0 && !shouldStop()) {
    const batch = pending.slice(0, maxBatch);
    const body = await gzipAsync(
      Buffer.from(JSON.stringify({ events: batch.map((p) => p.event), journalHead: store.seq, oldestUnsentAt: batch[0].event.occurredAt })),
    );
    let answer: Answer;
    try {
      answer = await request(port, 'POST', `/api/v1/stores/${store.storeId}/events`, { token: store.credential, body, gzip: true });
    } catch (error) {
      // A dropped connection (a killed node), a refused one, a timeout: counted by its code, retried.
      const reason = `network:${(error as { code?: string }).code ?? (error as Error).message}`;
      stats.statuses.set(reason, (stats.statuses.get(reason) ?? 0) + 1);
      stats.retries += 1;
      await sleep(backoff / 2 + Math.random() * (backoff / 2));
      backoff = Math.min(backoff * 2, 4000);
      continue;
    }
    stats.statuses.set(answer.status, (stats.statuses.get(answer.status) ?? 0) + 1);
    if (answer.status === 200) {
      const { accepted, highWater, replayed } = answer.body.data as { accepted: number; highWater: number; replayed: boolean };
      store.acknowledged = Math.max(store.acknowledged, highWater);
      const now = Date.now();
      const done = pending.findIndex((p) => p.event.seq > highWater);
      const acknowledged = done === -1 ? pending.length : done;
      if (recordLag && acknowledged > 0) stats.lagMs.push(now - pending[0].createdAt);
      pending.splice(0, acknowledged);
      stats.acceptedEvents += accepted;
      stats.batches += 1;
      if (replayed) stats.replayedBatches += 1;
      backoff = 250;
      continue;
    }
    if (answer.status === 409 && answer.body?.error?.code === 'SEQ_GAP') {
      stats.gaps += 1;
      const sync = await request(port, 'GET', `/api/v1/stores/${store.storeId}/sync`, { token: store.credential }).catch(() => null);
      if (sync?.status === 200) {
        const highWater = sync.body.data.highWater as number;
        store.acknowledged = Math.max(store.acknowledged, highWater);
        const done = pending.findIndex((p) => p.event.seq > highWater);
        pending.splice(0, done === -1 ? pending.length : done);
      }
      continue;
    }
    if (answer.status === 429 || answer.status >= 500) {
      stats.retries += 1;
      const retryAfter = Number(answer.headers['retry-after']);
      await sleep(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : backoff / 2 + Math.random() * (backoff / 2));
      backoff = Math.min(backoff * 2, 4000);
      continue;
    }
    throw new Error(`store ${store.index}: unexpected ${answer.status} ${JSON.stringify(answer.body)}`);
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
