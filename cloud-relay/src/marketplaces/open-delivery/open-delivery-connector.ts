import crypto from 'node:crypto';
import { CANNOT_TELL_IF_DONE, readPolledEvents, type AccessToken, type MarketplaceConnector, type OrderAction, type PlatformCredentials, type PlatformEvent, type PlatformSession, readOrderDetails } from '../connector.js';
import { platformCall, sameHex } from '../http-call.js';
import { toMarketplaceOrder, toPlatformEvent } from './open-delivery-order.js';

const ACTION_PATH: Record<OrderAction, string> = {
  CONFIRM: 'confirm',
  START_PREPARATION: 'preparing',
  READY: 'readyForPickup',
  DISPATCH: 'dispatch',
  CANCEL: 'requestCancellation',
};

/** The spec acknowledges at most this many events per call. */
const ACK_BATCH = 100;

/** `X-App-Signature`: lowercase hex HMAC-SHA256 of the body with the client secret. */
export function openDeliverySignature(rawBody: Buffer | string, clientSecret: string): string {
  return crypto.createHmac('sha256', clientSecret).update(rawBody).digest('hex');
}

async function headers(session: PlatformSession, json = false): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await session.accessToken()}`, ...(json ? { 'content-type': 'application/json' } : {}) };
}

/**
 * Open Delivery (Abrasel) v1: one connector for every ordering app implementing the standard, each
 * at its own base URL (the connection's `apiUrl`). OAuth client credentials, polling with
 * `x-polling-merchants` and acknowledgement in batches of at most 100, or the `/v1/newEvent`
 * webhook with `X-App-Signature`; confirm / preparing / readyForPickup / dispatch /
 * requestCancellation (code `SYSTEMIC_ISSUES`).
 */
export const openDeliveryConnector: MarketplaceConnector = {
  platform: 'OPEN_DELIVERY',
  ...CANNOT_TELL_IF_DONE,

  verifyWebhook(rawBody: Buffer, requestHeaders: Headers, credentials: PlatformCredentials): boolean {
    return sameHex(openDeliverySignature(rawBody, credentials.clientSecret), requestHeaders.get('x-app-signature'));
  },

  parseWebhook(rawBody: Buffer): PlatformEvent[] {
    const parsed = JSON.parse(rawBody.toString('utf8'));
    return (Array.isArray(parsed) ? parsed : [parsed]).map(toPlatformEvent);
  },

  async authenticate(apiUrl: string, credentials: PlatformCredentials): Promise<AccessToken> {
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: credentials.clientId, client_secret: credentials.clientSecret });
    const { body } = await platformCall(`${apiUrl}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() });
    const answer = body as { access_token?: string; expires_in?: number };
    if (!answer?.access_token) throw new Error('Open Delivery token answer without access_token');
    return { token: answer.access_token, expiresAt: new Date(Date.now() + (answer.expires_in ?? 3600) * 1000) };
  },

  async poll(session: PlatformSession): Promise<PlatformEvent[]> {
    const { status, body } = await platformCall(`${session.apiUrl}/v1/events:polling`, {
      headers: { ...(await headers(session)), 'x-polling-merchants': session.merchantId },
    });
    if (status === 204 || !Array.isArray(body)) return [];
    return readPolledEvents(body, toPlatformEvent);
  },

  async acknowledge(session: PlatformSession, events: readonly PlatformEvent[]): Promise<void> {
    for (let start = 0; start < events.length; start += ACK_BATCH) {
      const batch = events.slice(start, start + ACK_BATCH).map((event) => ({ id: event.id, orderId: event.platformOrderId, eventType: event.code }));
      await platformCall(`${session.apiUrl}/v1/events/acknowledgment`, { method: 'POST', headers: await headers(session, true), body: JSON.stringify(batch) });
    }
  },

  async fetchOrder(session: PlatformSession, platformOrderId: string) {
    const { status, body } = await platformCall(`${session.apiUrl}/v1/orders/${encodeURIComponent(platformOrderId)}`, { headers: await headers(session), allowed: [404] });
    return status === 404 ? null : readOrderDetails('OPEN_DELIVERY', body, toMarketplaceOrder);
  },

  async perform(session: PlatformSession, platformOrderId: string, action: OrderAction): Promise<void> {
    const body = action === 'CANCEL' ? { reason: 'Pedido cancelado pela loja', code: 'SYSTEMIC_ISSUES', mode: 'MANUAL' } : { createdAt: new Date().toISOString() };
    await platformCall(`${session.apiUrl}/v1/orders/${encodeURIComponent(platformOrderId)}/${ACTION_PATH[action]}`, {
      method: 'POST',
      headers: await headers(session, true),
      body: JSON.stringify(body),
    });
  },
};
