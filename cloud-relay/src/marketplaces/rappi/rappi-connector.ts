import crypto from 'node:crypto';
import { CANNOT_TELL_IF_DONE, WEBHOOK_ONLY, type AccessToken, type MarketplaceConnector, type OrderAction, type PlatformCredentials, type PlatformEvent, type PlatformSession } from '../connector.js';
import { platformCall, sameHex } from '../http-call.js';
import { toPlatformEvent } from './rappi-order.js';

/** The kitchen time Rappi is told when the store takes an order, in minutes. */
const COOKING_MINUTES = 20;

/** How far a signature's time may be from the relay's clock: a delivery captured and replayed later is refused. */
const SIGNATURE_TOLERANCE_SECONDS = 300;

/** `Rappi-Signature: t={unix seconds},sign={hex HMAC-SHA256 of "{t}.{body}"}` with the webhook secret. */
export function rappiSignature(rawBody: Buffer | string, secret: string, t = Math.floor(Date.now() / 1000)): string {
  const sign = crypto.createHmac('sha256', secret).update(`${t}.`).update(rawBody).digest('hex');
  return `t=${t},sign=${sign}`;
}

function signatureParts(header: string | null): { t: string; sign: string } | null {
  const parts = Object.fromEntries((header ?? '').split(',').map((part) => part.trim().split('=') as [string, string]));
  return parts.t && parts.sign ? { t: parts.t, sign: parts.sign } : null;
}

/**
 * Rappi: token login for integrations, `NEW_ORDER` and cancellation webhooks signed with
 * `Rappi-Signature` (the order comes whole in the webhook, so there is no details call and no
 * polling), take (with the cooking time), ready-for-pickup and reject. Rappi has no call for
 * starting preparation or dispatch (its courier collects): those steps ask nothing of it.
 */
export const rappiConnector: MarketplaceConnector = {
  platform: 'RAPPI',

  verifyWebhook(rawBody: Buffer, headers: Headers, credentials: PlatformCredentials): boolean {
    const parts = signatureParts(headers.get('rappi-signature'));
    if (!parts || !/^\d+$/.test(parts.t)) return false;
    if (Math.abs(Date.now() / 1000 - Number(parts.t)) > SIGNATURE_TOLERANCE_SECONDS) return false;
    const expected = rappiSignature(rawBody, credentials.webhookSecret ?? credentials.clientSecret, Number(parts.t)).split('sign=')[1];
    return sameHex(expected, parts.sign);
  },

  ...WEBHOOK_ONLY,
  ...CANNOT_TELL_IF_DONE,

  parseWebhook(rawBody: Buffer): PlatformEvent[] {
    return [toPlatformEvent(JSON.parse(rawBody.toString('utf8')))];
  },

  async authenticate(apiUrl: string, credentials: PlatformCredentials): Promise<AccessToken> {
    const { body } = await platformCall(`${apiUrl}/restaurants/auth/v1/token/login/integrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ client_id: credentials.clientId, client_secret: credentials.clientSecret, audience: 'https://int-public-api-v2/api', grant_type: 'client_credentials' }),
    });
    const answer = body as { access_token?: string; expires_in?: number };
    if (!answer?.access_token) throw new Error('Rappi login answer without access_token');
    return { token: answer.access_token, expiresAt: new Date(Date.now() + (answer.expires_in ?? 3600) * 1000) };
  },

  async fetchOrder() {
    return null;
  },

  async perform(session: PlatformSession, platformOrderId: string, action: OrderAction): Promise<void> {
    const base = `${session.apiUrl}/restaurants/orders/v1/stores/${encodeURIComponent(session.merchantId)}/orders/${encodeURIComponent(platformOrderId)}`;
    const headers = { 'x-authorization': `bearer ${await session.accessToken()}`, 'content-type': 'application/json' };
    if (action === 'CONFIRM') await platformCall(`${base}/cooking_time/${COOKING_MINUTES}/take`, { method: 'PUT', headers });
    else if (action === 'READY') await platformCall(`${base}/ready-for-pickup`, { method: 'POST', headers });
    else if (action === 'CANCEL') await platformCall(`${base}/reject`, { method: 'PUT', headers, body: JSON.stringify({ reason: 'Pedido cancelado pela loja' }) });
  },
};
