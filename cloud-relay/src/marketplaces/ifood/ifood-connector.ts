import crypto from 'node:crypto';
import { readPolledEvents, type AccessToken, type MarketplaceConnector, type OrderAction, type PlatformCredentials, type PlatformEvent, type PlatformSession, readOrderDetails } from '../connector.js';
import { platformCall, sameHex } from '../http-call.js';
import { toMarketplaceOrder, toPlatformEvent } from './ifood-order.js';

const ACTION_PATH: Record<Exclude<OrderAction, 'CANCEL'>, string> = {
  CONFIRM: 'confirm',
  START_PREPARATION: 'startPreparation',
  READY: 'readyToPickup',
  DISPATCH: 'dispatch',
};

/** iFood's order statuses along the lifecycle: an order at one of them has been through every earlier one. */
const IFOOD_LIFECYCLE_STATUSES: readonly string[] = ['PLACED', 'CONFIRMED', 'PREPARATION_STARTED', 'READY_TO_PICKUP', 'DISPATCHED', 'CONCLUDED'];

/** The status an order's details show once iFood has taken each call. */
const IFOOD_STATUS_AFTER: Record<OrderAction, string> = {
  CONFIRM: 'CONFIRMED',
  START_PREPARATION: 'PREPARATION_STARTED',
  READY: 'READY_TO_PICKUP',
  DISPATCH: 'DISPATCHED',
  CANCEL: 'CANCELLED',
};

/** `X-IFood-Signature`: hex HMAC-SHA256 of the raw request body, keyed with the app's client secret. */
export function ifoodSignature(rawBody: Buffer | string, clientSecret: string): string {
  return crypto.createHmac('sha256', clientSecret).update(rawBody).digest('hex');
}

async function bearer(session: PlatformSession): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await session.accessToken()}` };
}

/** `GET /order/v1.0/orders/{id}`: the body, or null while iFood does not have the order (404). */
async function orderDetails(session: PlatformSession, platformOrderId: string): Promise<unknown> {
  const { status, body } = await platformCall(`${session.apiUrl}/order/v1.0/orders/${encodeURIComponent(platformOrderId)}`, {
    headers: await bearer(session),
    allowed: [404],
  });
  return status === 404 ? null : body;
}

/**
 * iFood Merchant API: OAuth client credentials, event polling (200 with events or 204) with
 * acknowledgement, webhooks signed with `X-IFood-Signature`, order details, and the order lifecycle
 * (confirm, startPreparation, readyToPickup, dispatch, requestCancellation with a reason from
 * `cancellationReasons`).
 */
export const ifoodConnector: MarketplaceConnector = {
  platform: 'IFOOD',

  verifyWebhook(rawBody: Buffer, headers: Headers, credentials: PlatformCredentials): boolean {
    return sameHex(ifoodSignature(rawBody, credentials.clientSecret), headers.get('x-ifood-signature'));
  },

  parseWebhook(rawBody: Buffer): PlatformEvent[] {
    const parsed = JSON.parse(rawBody.toString('utf8'));
    return (Array.isArray(parsed) ? parsed : [parsed]).map(toPlatformEvent);
  },

  async authenticate(apiUrl: string, credentials: PlatformCredentials): Promise<AccessToken> {
    const form = new URLSearchParams({ grantType: 'client_credentials', clientId: credentials.clientId, clientSecret: credentials.clientSecret });
    const { body } = await platformCall(`${apiUrl}/authentication/v1.0/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    const answer = body as { accessToken?: string; expiresIn?: number };
    if (!answer?.accessToken) throw new Error('iFood token answer without accessToken');
    return { token: answer.accessToken, expiresAt: new Date(Date.now() + (answer.expiresIn ?? 21_600) * 1000) };
  },

  async poll(session: PlatformSession): Promise<PlatformEvent[]> {
    const { status, body } = await platformCall(`${session.apiUrl}/events/v1.0/events:polling`, {
      headers: { ...(await bearer(session)), 'x-polling-merchants': session.merchantId },
    });
    if (status === 204 || !Array.isArray(body)) return [];
    // Events arrive out of order: act on them in the order they happened.
    return readPolledEvents(body, toPlatformEvent);
  },

  async acknowledge(session: PlatformSession, events: readonly PlatformEvent[]): Promise<void> {
    if (events.length === 0) return;
    await platformCall(`${session.apiUrl}/events/v1.0/events/acknowledgment`, {
      method: 'POST',
      headers: { ...(await bearer(session)), 'content-type': 'application/json' },
      body: JSON.stringify(events.map((event) => ({ id: event.id }))),
    });
  },

  async fetchOrder(session: PlatformSession, platformOrderId: string) {
    const details = await orderDetails(session, platformOrderId);
    return details === null ? null : readOrderDetails('IFOOD', details, toMarketplaceOrder);
  },

  /** The order details carry its current `status`: done when it is the call's status or one past it. */
  async alreadyDone(session: PlatformSession, platformOrderId: string, action: OrderAction): Promise<boolean> {
    const current = ((await orderDetails(session, platformOrderId)) as { status?: unknown } | null)?.status;
    if (typeof current !== 'string') return false;
    const target = IFOOD_STATUS_AFTER[action];
    // CANCELLED is off the lifecycle line: it answers for a cancellation only.
    if (!IFOOD_LIFECYCLE_STATUSES.includes(current) || !IFOOD_LIFECYCLE_STATUSES.includes(target)) return current === target;
    return IFOOD_LIFECYCLE_STATUSES.indexOf(current) >= IFOOD_LIFECYCLE_STATUSES.indexOf(target);
  },

  async perform(session: PlatformSession, platformOrderId: string, action: OrderAction): Promise<void> {
    const base = `${session.apiUrl}/order/v1.0/orders/${encodeURIComponent(platformOrderId)}`;
    if (action !== 'CANCEL') {
      await platformCall(`${base}/${ACTION_PATH[action]}`, { method: 'POST', headers: await bearer(session) });
      return;
    }
    // iFood accepts only a reason it offers for this order right now, so the list comes first.
    const { body } = await platformCall(`${base}/cancellationReasons`, { headers: await bearer(session), allowed: [204] });
    const reasons = Array.isArray(body) ? (body as { cancelCodeId: string; description: string }[]) : [];
    const reason = reasons.find((r) => r.cancelCodeId === '501') ?? reasons[0];
    if (!reason) throw new Error(`iFood offers no cancellation reason for order ${platformOrderId}`);
    await platformCall(`${base}/requestCancellation`, {
      method: 'POST',
      headers: { ...(await bearer(session)), 'content-type': 'application/json' },
      body: JSON.stringify({ reason: reason.description, cancellationCode: reason.cancelCodeId }),
    });
  },
};
