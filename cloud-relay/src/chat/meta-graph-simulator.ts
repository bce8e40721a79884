import crypto from 'node:crypto';
import { Hono, type Context } from 'hono';
import type { ChatChannel } from '../../../appliance/contract/index.js';
import { LoopbackService } from '../marketplaces/platform-simulator.js';
import { GRAPH_ERRORS, imageTypeOf, MESSENGER_ATTACHMENT_MAX_BYTES, messengerSend, WHATSAPP_IMAGE_MAX_BYTES, whatsappMediaFields, whatsappSend } from './graph-api-checks.js';
import { metaSignature } from './meta-signature.js';
import { messagingWebhook, newWamid, whatsappContent, whatsappWebhook } from './meta-webhook-payloads.js';

const WINDOW_MS = 24 * 60 * 60_000;
/** Messenger and Instagram take a person's reply under HUMAN_AGENT for 7 days. */
const HUMAN_AGENT_WINDOW_MS = 7 * 24 * 60 * 60_000;
const GRAPH_VERSION = 'v21.0';

/** A message the Graph API accepted from the business, in the order received. */
export interface GraphSent {
  /** The message id the Graph API answered (`wamid…`, `m_…`). */
  id: string;
  channel: ChatChannel;
  accountId: string;
  to: string;
  body: any;
  /** The image the customer sees: WhatsApp's uploaded media named by the message, or Messenger's attachment. */
  image?: { type: string; bytes: Buffer };
}

/** A send the Graph API refused, with Meta's error code. */
export interface GraphRefusal {
  channel: ChatChannel;
  to: string;
  code: number;
  body: any;
}

interface Account {
  channel: ChatChannel;
  accountId: string;
  accessToken: string;
}

/**
 * Meta on loopback, both sides of it. As the customer it posts signed webhooks of each kind
 * (WhatsApp text, list and button replies, location, catalog order; Messenger and Instagram text
 * and quick replies) to the relay. As the Graph API it checks the bearer token of the account, the
 * payload's shape and WhatsApp's limits, refuses free-form messages outside the 24-hour window
 * since the customer's last message (131047 on WhatsApp, #10 on Messenger and Instagram) while
 * accepting templates, and records what it accepted. Images: WhatsApp media uploads (multipart, the
 * bytes must be the PNG or JPEG they claim, ≤ 5 MB) named by id in an `image` message; Messenger's
 * multipart attachment upload (`filedata`); recorded with the image the customer would see. Its clock can be moved to play the window.
 */
export class MetaGraphSimulator extends LoopbackService {
  readonly sent: GraphSent[] = [];
  readonly refusals: GraphRefusal[] = [];
  private readonly accounts = new Map<string, Account>();
  private readonly lastInbound = new Map<string, number>();
  /** WhatsApp media uploaded by each phone number: id → the file. */
  private readonly media = new Map<string, { accountId: string; type: string; bytes: Buffer }>();
  private clockOffsetMs = 0;
  private outages = 0;

  constructor(readonly appSecret: string) {
    super();
  }

  /** The Graph base URL the relay is configured with (`RELAY_META_GRAPH_URL`). */
  get graphUrl(): string {
    return `${this.baseUrl}/${GRAPH_VERSION}`;
  }

  now(): number {
    return Date.now() + this.clockOffsetMs;
  }

  /** Moves the simulator's clock (the customer's timestamps and the window check) by `ms`. */
  advanceClock(ms: number): void {
    this.clockOffsetMs += ms;
  }

  /** The next `count` sends answer 503 with Meta's "temporarily unavailable". */
  failNextSends(count: number): void {
    this.outages = count;
  }

  addAccount(channel: ChatChannel, accountId: string, accessToken = `EAAG${crypto.randomBytes(24).toString('hex')}`): Account {
    const account = { channel, accountId, accessToken };
    this.accounts.set(accountId, account);
    return account;
  }

  sentTo(to: string): GraphSent[] {
    return this.sent.filter((s) => s.to === to);
  }

  // --- the customer ---

  /** A WhatsApp message from the customer, sent now or at `sentAtMs` (one delivered late, after hours offline). */
  whatsapp(phoneNumberId: string, from: string, name: string, message: ReturnType<(typeof whatsappContent)[keyof typeof whatsappContent]>, sentAtMs = this.now()) {
    this.lastInbound.set(`${phoneNumberId}:${from}`, Math.max(sentAtMs, this.lastInbound.get(`${phoneNumberId}:${from}`) ?? 0));
    return whatsappWebhook({ phoneNumberId, displayPhoneNumber: '5511999990000', from, name }, sentAtMs, message);
  }

  messaging(channel: 'MESSENGER' | 'INSTAGRAM', accountId: string, senderId: string, text: string, quickReplyPayload?: string) {
    this.lastInbound.set(`${accountId}:${senderId}`, this.now());
    return messagingWebhook(channel === 'MESSENGER' ? 'page' : 'instagram', accountId, senderId, this.now(), { text, quickReplyPayload });
  }

  /** Posts a webhook body as Meta does, signed with the app secret (or `secret`, to forge one). */
  async deliver(url: string, body: unknown, secret = this.appSecret): Promise<{ status: number; body: any }> {
    const raw = Buffer.from(JSON.stringify(body));
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': metaSignature(raw, secret) }, body: raw });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }

  // --- the Graph API ---

  private insideWindow(accountId: string, user: string, windowMs = WINDOW_MS): boolean {
    const last = this.lastInbound.get(`${accountId}:${user}`);
    return last !== undefined && this.now() - last <= windowMs;
  }

  /** The account the bearer token opens (`me` is the token's own page), or null. */
  private accountOf(c: Context): Account | null {
    const token = (c.req.header('authorization') ?? '').replace(/^bearer /i, '');
    const requested = c.req.param('accountId');
    const account = requested === 'me' ? [...this.accounts.values()].find((a) => a.accessToken === token) : this.accounts.get(requested ?? '');
    return account && account.accessToken === token ? account : null;
  }

  private outage(): boolean {
    if (this.outages === 0) return false;
    this.outages -= 1;
    return true;
  }

  /** A multipart body: its fields (JSON text parsed) and its one file, as the Graph API reads them. */
  private async multipart(c: Context, fileField: string): Promise<{ fields: Record<string, unknown>; file: { type: string; bytes: Buffer } | null }> {
    const form = await c.req.parseBody();
    const fields: Record<string, unknown> = {};
    let file: { type: string; bytes: Buffer } | null = null;
    for (const [name, value] of Object.entries(form)) {
      if (typeof value === 'string') {
        try {
          fields[name] = value.startsWith('{') ? JSON.parse(value) : value;
        } catch {
          fields[name] = value;
        }
      } else if (name === fileField && value instanceof File) file = { type: value.type, bytes: Buffer.from(await value.arrayBuffer()) };
    }
    return { fields, file };
  }

  protected app(): Hono {
    const app = new Hono();
    // WhatsApp media upload: the file must be the image type it claims, within the size limit.
    app.post(`/${GRAPH_VERSION}/:accountId/media`, async (c) => {
      const account = this.accountOf(c);
      if (!account) return c.json(GRAPH_ERRORS.invalidToken(), 401);
      if (this.outage()) return c.json(GRAPH_ERRORS.temporary(), 503);
      const { fields, file } = await this.multipart(c, 'file');
      const parsed = whatsappMediaFields.safeParse(fields);
      const problem =
        account.channel !== 'WHATSAPP' ? 'media upload is a WhatsApp endpoint'
        : !parsed.success ? parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
        : !file ? 'file: missing'
        : imageTypeOf(file.bytes) !== parsed.data.type || file.type !== parsed.data.type ? `file: not a ${parsed.data.type}`
        : file.bytes.length > WHATSAPP_IMAGE_MAX_BYTES ? 'file: larger than 5 MB'
        : null;
      if (problem || !file || !parsed.success) {
        this.refusals.push({ channel: account.channel, to: '', code: 131009, body: fields });
        return c.json(GRAPH_ERRORS.invalidParameter(problem ?? ''), 400);
      }
      const id = String(crypto.randomInt(100_000_000_000, 999_999_999_999));
      this.media.set(id, { accountId: account.accountId, type: parsed.data.type, bytes: file.bytes });
      return c.json({ id });
    });
    app.post(`/${GRAPH_VERSION}/:accountId/messages`, async (c) => {
      const account = this.accountOf(c);
      if (!account) return c.json(GRAPH_ERRORS.invalidToken(), 401);
      if (this.outage()) return c.json(GRAPH_ERRORS.temporary(), 503);
      const multipart = (c.req.header('content-type') ?? '').startsWith('multipart/form-data') ? await this.multipart(c, 'filedata') : null;
      const body = multipart ? multipart.fields : await c.req.json().catch(() => null);
      const refuse = (code: number, error: unknown, to: string) => {
        this.refusals.push({ channel: account.channel, to, code, body });
        return c.json(error, 400);
      };
      if (account.channel === 'WHATSAPP') {
        const parsed = whatsappSend.safeParse(body);
        if (multipart || !parsed.success) return refuse(131009, GRAPH_ERRORS.invalidParameter(parsed.success ? 'a message is JSON' : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')), String(body?.to));
        if (parsed.data.type !== 'template' && !this.insideWindow(account.accountId, parsed.data.to)) return refuse(131047, GRAPH_ERRORS.reEngagement(), parsed.data.to);
        let image: GraphSent['image'];
        if (parsed.data.type === 'image' && parsed.data.image.id !== undefined) {
          const media = this.media.get(parsed.data.image.id);
          if (media?.accountId !== account.accountId) return refuse(131053, GRAPH_ERRORS.mediaNotFound(), parsed.data.to);
          image = { type: media.type, bytes: media.bytes };
        }
        const id = newWamid();
        this.sent.push({ id, channel: account.channel, accountId: account.accountId, to: parsed.data.to, body, ...(image ? { image } : {}) });
        return c.json({ messaging_product: 'whatsapp', contacts: [{ input: parsed.data.to, wa_id: parsed.data.to }], messages: [{ id }] });
      }
      const parsed = messengerSend.safeParse(body);
      if (!parsed.success) return refuse(100, GRAPH_ERRORS.messengerInvalidParameter(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')), String(body?.recipient?.id));
      const to = parsed.data.recipient.id;
      let image: GraphSent['image'];
      if ('attachment' in parsed.data.message) {
        // An uploaded attachment is Messenger's; Instagram takes media by URL. The file must be what it says.
        const { attachment } = parsed.data.message;
        const file = multipart?.file ?? null;
        const type = file ? imageTypeOf(file.bytes) : null;
        if (account.channel === 'INSTAGRAM' && file) return refuse(100, GRAPH_ERRORS.messengerInvalidParameter('Instagram takes attachments by URL'), to);
        if (!file && !attachment.payload.url) return refuse(100, GRAPH_ERRORS.messengerInvalidParameter('attachment: no filedata and no url'), to);
        if (file && (attachment.type !== 'image' || !type || file.type !== type || file.bytes.length > MESSENGER_ATTACHMENT_MAX_BYTES)) return refuse(100, GRAPH_ERRORS.messengerInvalidParameter('filedata: not the image it claims'), to);
        if (file && type) image = { type, bytes: file.bytes };
      } else if (multipart?.file) return refuse(100, GRAPH_ERRORS.messengerInvalidParameter('filedata without an attachment'), to);
      // A tag goes with MESSAGE_TAG and only then; Instagram knows only HUMAN_AGENT.
      const { tag } = parsed.data;
      if ((parsed.data.messaging_type === 'MESSAGE_TAG') !== (tag !== undefined)) return refuse(100, GRAPH_ERRORS.messengerInvalidParameter('tag: required with messaging_type MESSAGE_TAG, and only then'), to);
      if (account.channel === 'INSTAGRAM' && tag !== undefined && tag !== 'HUMAN_AGENT') return refuse(100, GRAPH_ERRORS.messengerInvalidParameter(`tag: ${tag} is not an Instagram tag`), to);
      const allowed = this.insideWindow(account.accountId, to) || (tag === 'HUMAN_AGENT' ? this.insideWindow(account.accountId, to, HUMAN_AGENT_WINDOW_MS) : tag !== undefined);
      if (!allowed) return refuse(10, GRAPH_ERRORS.messengerOutsideWindow(), to);
      const id = `m_${crypto.randomBytes(16).toString('base64url')}`;
      this.sent.push({ id, channel: account.channel, accountId: account.accountId, to, body, ...(image ? { image } : {}) });
      return c.json({ recipient_id: to, message_id: id });
    });
    return app;
  }
}
