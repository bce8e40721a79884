import crypto from 'node:crypto';
import { CANNOT_TELL_IF_DONE, WEBHOOK_ONLY, type AccessToken, type MarketplaceConnector, type OrderAction, type PlatformCredentials, type PlatformEvent, type PlatformSession, readOrderDetails } from '../connector.js';
import { platformCall, sameHex } from '../http-call.js';
import { toMarketplaceOrder, toPlatformEvent } from './uber-eats-order.js';

/** `X-Uber-Signature`: lowercase hex HMAC-SHA256 of the body with the client secret. */
export function uberSignature(rawBody: Buffer | string, clientSecret: string): string {
  return crypto.createHmac('sha256', clientSecret).update(rawBody).digest('hex');
}

/**
 * Uber Eats (for stores abroad: Uber Eats left restaurant delivery in Brazil in 2022): OAuth client
 * credentials (scope `eats.order`), `orders.notification` and `orders.cancel` webhooks signed with
 * `X-Uber-Signature`, order details, accept / ready / cancel. Uber's courier collects the order, so
 * starting preparation and dispatch ask nothing of it.
 */
export const uberEatsConnector: MarketplaceConnector = {
  platform: 'UBER_EATS',

  verifyWebhook(rawBody: Buffer, headers: Headers, credentials: PlatformCredentials): boolean {
    return sameHex(uberSignature(rawBody, credentials.clientSecret), headers.get('x-uber-signature'));
  },

  ...WEBHOOK_ONLY,
  ...CANNOT_TELL_IF_DONE,

  parseWebhook(rawBody: Buffer): PlatformEvent[] {
    return [toPlatformEvent(JSON.parse(rawBody.toString('utf8')))];
  },

  async authenticate(apiUrl: string, credentials: PlatformCredentials): Promise<AccessToken> {
    const form = new URLSearchParams({ client_id: credentials.clientId, client_secret: credentials.clientSecret, grant_type: 'client_credentials', scope: 'eats.order' });
    // Uber issues tokens from its own host; a simulator (or a proxy) serves both from one base URL.
    const authUrl = new URL(apiUrl).hostname === 'api.uber.com' ? 'https://auth.uber.com' : apiUrl;
    const { body } = await platformCall(`${authUrl}/oauth/v2/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() });
    const answer = body as { access_token?: string; expires_in?: number };
    if (!answer?.access_token) throw new Error('Uber token answer without access_token');
    return { token: answer.access_token, expiresAt: new Date(Date.now() + (answer.expires_in ?? 2_592_000) * 1000) };
  },

  async fetchOrder(session: PlatformSession, platformOrderId: string) {
    const { status, body } = await platformCall(`${session.apiUrl}/v2/eats/order/${encodeURIComponent(platformOrderId)}`, {
      headers: { authorization: `Bearer ${await session.accessToken()}` },
      allowed: [404],
    });
    return status === 404 ? null : readOrderDetails('UBER_EATS', body, toMarketplaceOrder);
  },

  async perform(session: PlatformSession, platformOrderId: string, action: OrderAction): Promise<void> {
    const path = { CONFIRM: 'accept_pos_order', READY: 'ready', CANCEL: 'cancel' }[action as string];
    if (!path) return;
    const body = action === 'CANCEL' ? { reason: 'OTHER', details: 'Pedido cancelado pela loja' } : { reason: 'accepted' };
    await platformCall(`${session.apiUrl}/v1/eats/orders/${encodeURIComponent(platformOrderId)}/${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await session.accessToken()}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  },
};
