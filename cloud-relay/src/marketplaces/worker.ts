import type { Logger } from 'pino';
import type { RelayDb } from '../db/database.js';
import type { DownstreamChannel } from '../downstream/downstream-service.js';
import type { Connection, ConnectionSessions } from './connections.js';
import { PlatformRejected, UnreadableOrder, type MarketplaceConnector, type MarketplaceOrder, type OrderAction, type PlatformCredentials } from './connector.js';
import { completeJob, failJob, rescheduleJob, type Job } from './job-queue.js';
import { QueueWorker, retryDelay } from './queue-worker.js';
import { cancelOrderFromPlatform, pushOrderToStore, refuseUnreadableOrder } from './marketplace-orders.js';
import { recordPlatformEvents } from './platform-events.js';

/** iFood keeps an order's details back for a while after PLACED: a 404 is retried this long. */
const ORDER_DETAILS_GIVE_UP_MS = 10 * 60_000;
/**
 * A lifecycle call the platform keeps failing (5xx, timeouts) is retried this long after the store
 * made the step, then given up: the platform has moved on by then (iFood cancels an order left
 * unconfirmed for 8 minutes), and the order's later calls no longer wait behind it.
 */
const ACTION_GIVE_UP_MS = 15 * 60_000;
/**
 * Order details the relay cannot read are fetched this many times (with the backoff, some 15 s:
 * a platform mid-deploy may answer a broken body once), then the order is refused at the platform.
 * Refused at once, the customer can order again instead of waiting for the platform's own timeout
 * (iFood's 8 minutes) on an order no kitchen will see.
 */
const UNREADABLE_ORDER_ATTEMPTS = 5;

export interface MarketplaceWorkerOptions {
  pollSeconds: number;
  leaseSeconds: number;
  /** How often an idle node looks for due jobs (other nodes' work, retries coming due). */
  tickMs: number;
  backoff: { baseMs: number; maxMs: number };
}

type Loaded = { connection: Connection; credentials: PlatformCredentials; connector: MarketplaceConnector };

/**
 * Runs the shared marketplace jobs on this relay node: polling each polling connection, fetching
 * placed orders' details, pushing platform cancellations to the store, and the store's lifecycle
 * calls to the platform. Every node runs one; the job queue decides who does what.
 */
export class MarketplaceWorker extends QueueWorker {
  constructor(
    db: RelayDb,
    private readonly connectors: ReadonlyMap<string, MarketplaceConnector>,
    private readonly sessions: ConnectionSessions,
    private readonly downstream: DownstreamChannel,
    private readonly options: MarketplaceWorkerOptions,
    logger: Logger,
  ) {
    super(db, logger, { table: 'relay.marketplace_jobs', leaseSeconds: options.leaseSeconds, tickMs: options.tickMs });
  }

  private retryDelay(attempts: number): number {
    return retryDelay(this.options.backoff, attempts);
  }

  protected async runOne(job: Job): Promise<void> {
    try {
      const loaded = await this.load(job.connectionId);
      if (!loaded) return await failJob(this.db, job, 'connection or connector gone');
      if (job.kind === 'POLL') return await this.poll(job, loaded);
      if (job.kind === 'FETCH_ORDER') return await this.fetchOrder(job, loaded);
      if (job.kind === 'PLATFORM_CANCEL') return await this.platformCancel(job, loaded);
      return await this.action(job, loaded);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn({ jobId: job.id, kind: job.kind, attempts: job.attempts, err: message }, 'marketplace job failed');
      // A refused token (revoked, rotated early) is dropped so the retry logs in again; it says nothing about the call.
      const unauthorized = error instanceof PlatformRejected && error.status === 401;
      if (unauthorized) await this.sessions.forgetToken(job.connectionId);
      const refused = error instanceof PlatformRejected && !unauthorized;
      if (job.kind === 'ACTION' && (refused || Date.now() - job.createdAt.getTime() > ACTION_GIVE_UP_MS)) await failJob(this.db, job, message);
      else await rescheduleJob(this.db, job, job.kind === 'POLL' ? this.options.pollSeconds * 1000 : this.retryDelay(job.attempts), message);
    }
  }

  private async load(connectionId: string): Promise<Loaded | null> {
    const loaded = await this.sessions.load(connectionId);
    const connector = loaded && this.connectors.get(loaded.connection.platform);
    return loaded && connector ? { ...loaded, connector } : null;
  }

  /** Events are acknowledged only after the transaction that stored them committed. */
  private async poll(job: Job, { connection, credentials, connector }: Loaded): Promise<void> {
    if (connection.mode !== 'POLLING') return void (await completeJob(this.db, job, this.nodeId));
    const session = this.sessions.session(connector, connection, credentials);
    const events = await connector.poll(session);
    if (events.length > 0) {
      await this.db.transaction().execute((trx) => recordPlatformEvents(trx, connection, events));
      await connector.acknowledge(session, events);
      this.wake();
    }
    await rescheduleJob(this.db, job, this.options.pollSeconds * 1000, null);
  }

  private async fetchOrder(job: Job, { connection, credentials, connector }: Loaded): Promise<void> {
    let order: MarketplaceOrder | null;
    try {
      order = job.payload.order ?? (await connector.fetchOrder(this.sessions.session(connector, connection, credentials), job.payload.platformOrderId));
    } catch (error) {
      if (!(error instanceof UnreadableOrder) || job.attempts < UNREADABLE_ORDER_ATTEMPTS) throw error;
      return this.refuseUnreadable(job, connection, error.message);
    }
    if (!order) {
      if (Date.now() - job.createdAt.getTime() > ORDER_DETAILS_GIVE_UP_MS) return failJob(this.db, job, 'order details still 404 after 10 minutes');
      return rescheduleJob(this.db, job, this.retryDelay(job.attempts), 'order details not available yet (404)');
    }
    // A chain whose stores share one platform app signs every store's events with one secret: an
    // event of another merchant posted to this store's webhook must not bring that order here.
    if (order.merchantId !== connection.merchantId) return failJob(this.db, job, `the order is merchant ${order.merchantId}'s, not this connection's`);
    const pushed = await this.db.transaction().execute(async (trx) => {
      const queued = await pushOrderToStore(trx, this.downstream, connection, order);
      await completeJob(trx, job, this.nodeId);
      return queued;
    });
    if (pushed) this.downstream.notify(connection.storeId);
  }

  /** The order is cancelled at the platform (the store never gets it) and its job fails with the reason HQ reads. */
  private async refuseUnreadable(job: Job, connection: Connection, reason: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await refuseUnreadableOrder(trx, connection, job.payload.platformOrderId);
      await failJob(trx, job, reason);
    });
    this.logger.warn({ platform: connection.platform, platformOrderId: job.payload.platformOrderId, reason }, 'marketplace order details unreadable: order refused at the platform');
    this.wake();
  }

  private async platformCancel(job: Job, { connection }: Loaded): Promise<void> {
    const pushed = await this.db.transaction().execute(async (trx) => {
      const queued = await cancelOrderFromPlatform(trx, this.downstream, connection, job.payload.platformOrderId, job.payload.eventCode);
      await completeJob(trx, job, this.nodeId);
      return queued;
    });
    if (pushed) this.downstream.notify(connection.storeId);
  }

  private async action(job: Job, { connection, credentials, connector }: Loaded): Promise<void> {
    const action = job.payload.action as OrderAction;
    if (action !== 'CANCEL' && (await this.cancelledMeanwhile(connection.id, job.payload.platformOrderId))) {
      await completeJob(this.db, job, this.nodeId);
      return;
    }
    const session = this.sessions.session(connector, connection, credentials);
    // An earlier attempt may have reached the platform before its node died or lost the lease:
    // the platform's own view of the order decides whether the call is still to be made.
    if (job.attempts > 1 && (await connector.alreadyDone(session, job.payload.platformOrderId, action))) {
      await completeJob(this.db, job, this.nodeId);
      this.logger.info({ platform: connection.platform, platformOrderId: job.payload.platformOrderId, action }, 'marketplace action already done at the platform');
      return;
    }
    await connector.perform(session, job.payload.platformOrderId, action);
    await completeJob(this.db, job, this.nodeId);
    this.logger.info({ platform: connection.platform, platformOrderId: job.payload.platformOrderId, action }, 'marketplace action sent');
  }

  /** The platform cancelled the order after this step was queued: confirming it now would be wrong. */
  private async cancelledMeanwhile(connectionId: string, platformOrderId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('relay.marketplace_orders')
      .select('cancelled_by')
      .where('connection_id', '=', connectionId)
      .where('platform_order_id', '=', platformOrderId)
      .executeTakeFirst();
    return row?.cancelled_by === 'PLATFORM';
  }
}
