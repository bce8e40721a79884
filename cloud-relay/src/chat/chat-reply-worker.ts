import type { Logger } from 'pino';
import type { ChatOutboundMessage } from '../../../appliance/contract/index.js';
import type { RelayDb } from '../db/database.js';
import type { DownstreamChannel } from '../downstream/downstream-service.js';
import type { CredentialVault } from '../marketplaces/credential-vault.js';
import { completeJob, failJob, rescheduleJob, type Job } from '../marketplaces/job-queue.js';
import { QueueWorker, retryDelay } from '../marketplaces/queue-worker.js';
import { loadChatAccountToken } from './chat-accounts.js';
import { queueReplyFailed, recordAcceptedReply } from './chat-sent.js';
import type { ChatChannel } from '../../../appliance/contract/index.js';
import { graphRequests, UnsendableReply, whatsappMediaUpload, type GraphRequest } from './graph-requests.js';
import { GraphRefused, GraphUnauthorized, sendGraphRequest, uploadGraphMedia } from './graph-send.js';
import { qrPng } from './qr-image.js';

const TABLE = 'relay.chat_jobs';
/** Past this a reply is stale (and outside any customer-service window): the store is told it failed. */
const GIVE_UP_MS = 24 * 60 * 60_000;

export interface ChatReplyWorkerOptions {
  graphUrl: string;
  leaseSeconds: number;
  tickMs: number;
  backoff: { baseMs: number; maxMs: number };
}

interface ReplyPayload {
  replyId: string;
  contactId: string;
  message: ChatOutboundMessage;
}

/**
 * Sends the stores' chat replies through the Graph API on this relay node, one contact's replies
 * in order. A refusal (outside the 24-hour window, a shape the platform rejects) stops the job and
 * goes down to the store as `chat.reply_failed`; throttling, outages and a refused token are retried
 * with backoff.
 */
export class ChatReplyWorker extends QueueWorker {
  constructor(
    db: RelayDb,
    private readonly vault: CredentialVault,
    private readonly downstream: DownstreamChannel,
    private readonly options: ChatReplyWorkerOptions,
    logger: Logger,
  ) {
    super(db, logger, { table: TABLE, leaseSeconds: options.leaseSeconds, tickMs: options.tickMs });
  }

  protected async runOne(job: Job): Promise<void> {
    const reply = job.payload as ReplyPayload;
    try {
      await this.send(job, reply);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof GraphRefused) return this.refused(job, reply, error.code, error.detail);
      if (error instanceof UnsendableReply) return this.refused(job, reply, error.code, error.message);
      if (Date.now() - job.createdAt.getTime() > GIVE_UP_MS) return this.refused(job, reply, 'SEND_TIMEOUT', message.slice(0, 512));
      if (error instanceof GraphUnauthorized) this.logger.error({ jobId: job.id, accountId: job.connectionId, err: message }, 'chat account token refused by Meta');
      else this.logger.warn({ jobId: job.id, attempts: job.attempts, err: message }, 'chat reply failed; retrying');
      await rescheduleJob(this.db, job, retryDelay(this.options.backoff, job.attempts), message, TABLE);
    }
  }

  private async send(job: Job, reply: ReplyPayload): Promise<void> {
    const loaded = await loadChatAccountToken(this.db, this.vault, job.connectionId);
    const contact = await this.db.selectFrom('relay.chat_contacts').select('user_id').where('id', '=', reply.contactId).executeTakeFirst();
    if (!loaded || !contact) throw new UnsendableReply('CONTACT_NOT_FOUND', 'the chat account or contact no longer exists');
    // Silent past the retention, the customer's number was forgotten (chat-customer-retention.ts).
    if (contact.user_id === null) throw new UnsendableReply('CONTACT_FORGOTTEN', 'the customer was forgotten after the retention period');
    const { account, accessToken } = loaded;
    const requests = await this.requestsFor(account, accessToken, contact.user_id, reply.message);
    // A long text goes in parts; each accepted part is remembered, for a failure reported later.
    // A retry after a later part failed sends the earlier ones again: the job keeps no progress.
    const platformMessageIds: string[] = [];
    for (const request of requests) {
      const platformMessageId = await sendGraphRequest(this.options.graphUrl, accessToken, request);
      if (platformMessageId) platformMessageIds.push(platformMessageId);
    }
    await this.db.transaction().execute(async (trx) => {
      for (const platformMessageId of platformMessageIds) {
        await recordAcceptedReply(trx, { channel: account.channel, platformMessageId, storeId: account.storeId, replyId: reply.replyId, contactId: reply.contactId });
      }
      await completeJob(trx, job, this.nodeId, TABLE);
    });
    this.logger.info({ channel: account.channel, replyId: reply.replyId, platformMessageIds }, 'chat reply sent');
  }

  /**
   * The Graph calls of one reply. A QR image is drawn here; WhatsApp wants it uploaded first (a retry
   * uploads again: an unused media id simply expires), Messenger takes it in the send itself.
   */
  private async requestsFor(account: { channel: ChatChannel; platformAccountId: string }, accessToken: string, recipient: string, message: ChatOutboundMessage): Promise<GraphRequest[]> {
    if (message.kind !== 'QR_IMAGE') return graphRequests(account.channel, account.platformAccountId, recipient, message);
    if (account.channel === 'INSTAGRAM') return graphRequests(account.channel, account.platformAccountId, recipient, message);
    const png = await qrPng(message.data);
    if (account.channel === 'MESSENGER') return graphRequests(account.channel, account.platformAccountId, recipient, message, { png });
    const whatsappMediaId = await uploadGraphMedia(this.options.graphUrl, accessToken, whatsappMediaUpload(account.platformAccountId, png));
    return graphRequests(account.channel, account.platformAccountId, recipient, message, { whatsappMediaId });
  }

  /** The job stops and the store hears why, in one transaction. */
  private async refused(job: Job, reply: ReplyPayload, code: string, detail: string): Promise<void> {
    const storeId = await this.db.transaction().execute(async (trx) => {
      const account = await trx.selectFrom('relay.chat_accounts').select('store_id').where('id', '=', job.connectionId).executeTakeFirst();
      if (account) await queueReplyFailed(trx, this.downstream, account.store_id, { replyId: reply.replyId, contactId: reply.contactId, code, detail: detail || null });
      await failJob(trx, job, `${code}: ${detail}`, TABLE);
      return account?.store_id ?? null;
    });
    if (storeId) this.downstream.notify(storeId);
    this.logger.warn({ replyId: reply.replyId, code, detail }, 'chat reply refused by the platform');
  }
}
