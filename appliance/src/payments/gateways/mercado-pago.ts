import { AppError } from '../../kernel/errors.js';
import { DecimalLiteral, decimalToCents, stringifyWithDecimals } from '../decimal.js';
import { gatewayFetch } from './http.js';
import type { GatewayChargeStatus, PixCharge, PixChargeRequest, PixGateway, Settlement, WebhookNotice, WebhookRequest } from './pix-gateway.js';
import { hmacSha256Hex, safeEqual } from './secrets.js';

export interface MercadoPagoConfig {
  /** https://api.mercadopago.com */
  baseUrl: string;
  accessToken: string;
  /** The secret signature of the webhook (Your integrations → Webhooks). */
  webhookSecret: string;
  /** Payer e-mail required by the API for PIX; a store address for walk-in customers. */
  payerEmail: string;
  notificationUrl?: string;
  timeoutMs?: number;
}

interface MpPayment {
  id: number | string;
  status: string;
  transaction_amount: number;
  external_reference?: string | null;
  date_approved?: string | null;
  transaction_details?: { net_received_amount?: number } | null;
  point_of_interaction?: { transaction_data?: { qr_code?: string; qr_code_base64?: string } };
  date_of_expiration?: string | null;
}

function statusOf(status: string): GatewayChargeStatus {
  if (status === 'approved') return 'PAID';
  if (status === 'refunded' || status === 'charged_back') return 'REFUNDED';
  if (status === 'cancelled' || status === 'rejected') return 'CANCELLED';
  return 'PENDING';
}

/** `ts=1704908010,v1=618c85...` → { ts, v1 } */
function parseSignature(header: string): { ts: string; v1: string } | null {
  const parts = Object.fromEntries(
    header.split(',').map((part) => {
      const [k, ...v] = part.split('=');
      return [k.trim(), v.join('=').trim()];
    }),
  );
  return parts.ts && parts.v1 ? { ts: parts.ts, v1: parts.v1 } : null;
}

/** Mercado Pago Payments API: `POST /v1/payments` with payment_method_id `pix` and `X-Idempotency-Key`. */
export class MercadoPagoGateway implements PixGateway {
  readonly name = 'MERCADO_PAGO' as const;

  constructor(private readonly config: MercadoPagoConfig) {}

  private call<T>(method: string, path: string, body?: unknown, extra: Record<string, string> = {}, signal?: AbortSignal): Promise<T> {
    return gatewayFetch<T>({
      gateway: this.name,
      method,
      url: `${this.config.baseUrl.replace(/\/$/, '')}${path}`,
      headers: { authorization: `Bearer ${this.config.accessToken}`, ...extra },
      body: body === undefined ? undefined : stringifyWithDecimals(body),
      signal,
      timeoutMs: this.config.timeoutMs ?? 8_000,
    });
  }

  async createPixCharge(request: PixChargeRequest, signal?: AbortSignal): Promise<PixCharge> {
    const split = request.splitRules.reduce((s, r) => s + r.amountCents, 0);
    const payment = await this.call<MpPayment>(
      'POST',
      '/v1/payments',
      {
        transaction_amount: DecimalLiteral.ofCents(request.amountCents),
        description: request.description,
        payment_method_id: 'pix',
        external_reference: request.paymentId,
        payer: { email: this.config.payerEmail },
        ...(this.config.notificationUrl ? { notification_url: this.config.notificationUrl } : {}),
        // Mercado Pago's marketplace model carries one share for another account: the application fee.
        ...(split > 0 ? { application_fee: DecimalLiteral.ofCents(split) } : {}),
      },
      { 'x-idempotency-key': request.paymentId },
      signal,
    );
    const data = payment.point_of_interaction?.transaction_data;
    if (!data?.qr_code) throw new AppError('PAYMENT_GATEWAY_REFUSED', 502, 'PAYMENT_GATEWAY_REFUSED', { gateway: this.name }, { message: 'sem QR code' });
    return {
      gateway: this.name,
      gatewayPaymentId: String(payment.id),
      qrPayload: data.qr_code,
      qrImageBase64: data.qr_code_base64 ?? null,
      expiresAt: payment.date_of_expiration ?? null,
    };
  }

  async getChargeStatus(gatewayPaymentId: string) {
    const payment = await this.call<MpPayment>('GET', `/v1/payments/${encodeURIComponent(gatewayPaymentId)}`);
    return { status: statusOf(payment.status), amountCents: decimalToCents(payment.transaction_amount) };
  }

  async cancelCharge(gatewayPaymentId: string): Promise<void> {
    await this.call('PUT', `/v1/payments/${encodeURIComponent(gatewayPaymentId)}`, { status: 'cancelled' });
  }

  async refund(gatewayPaymentId: string, amountCents: number) {
    const refund = await this.call<{ id: number | string }>(
      'POST',
      `/v1/payments/${encodeURIComponent(gatewayPaymentId)}/refunds`,
      { amount: DecimalLiteral.ofCents(amountCents) },
      { 'x-idempotency-key': `refund-${gatewayPaymentId}-${amountCents}-${Date.now()}` },
    );
    return { refundRef: String(refund.id) };
  }

  async cancelByReference(paymentId: string): Promise<number> {
    const page = await this.call<{ results: MpPayment[] }>('GET', `/v1/payments/search?${new URLSearchParams({ external_reference: paymentId })}`);
    const pending = page.results.filter((p) => statusOf(p.status) === 'PENDING');
    for (const p of pending) await this.cancelCharge(String(p.id));
    return pending.length;
  }

  /**
   * Verifies `x-signature` (`ts=…,v1=…`): HMAC-SHA256 with the webhook secret over the manifest
   * `id:{data.id};request-id:{x-request-id};ts:{ts};`, data.id taken from the query string
   * (lower-cased when alphanumeric). The notification carries no status nor amount: the caller asks the API.
   */
  verifyWebhook(request: WebhookRequest): WebhookNotice | null {
    const signature = parseSignature(request.headers['x-signature'] ?? '');
    const requestId = request.headers['x-request-id'] ?? '';
    const body = JSON.parse(request.rawBody || '{}') as { id?: number | string; type?: string; action?: string; data?: { id?: string | number } };
    const rawId = request.query['data.id'] ?? (body.data?.id === undefined ? '' : String(body.data.id));
    const dataId = /^[a-z0-9]+$/i.test(rawId) ? rawId.toLowerCase() : rawId;
    // An empty secret signs for anyone: without one configured no notice is taken.
    if (this.config.webhookSecret === '' || !signature || !dataId) throw new AppError('WEBHOOK_SIGNATURE_INVALID', 401);
    const manifest = `id:${dataId};request-id:${requestId};ts:${signature.ts};`;
    if (!safeEqual(hmacSha256Hex(this.config.webhookSecret, manifest), signature.v1)) throw new AppError('WEBHOOK_SIGNATURE_INVALID', 401);
    const type = body.type ?? request.query.type;
    if (type !== 'payment') return null;
    return { deliveryKey: String(body.id ?? requestId), gatewayPaymentId: rawId, status: null, amountCents: null };
  }

  async listSettlements(fromDate: string, toDate: string): Promise<Settlement[]> {
    const settlements: Settlement[] = [];
    for (let offset = 0; ; offset += 100) {
      const query = new URLSearchParams({
        status: 'approved',
        range: 'date_approved',
        begin_date: `${fromDate}T00:00:00.000-03:00`,
        end_date: `${toDate}T23:59:59.999-03:00`,
        limit: '100',
        offset: String(offset),
      });
      const page = await this.call<{ paging: { total: number }; results: MpPayment[] }>('GET', `/v1/payments/search?${query}`);
      for (const p of page.results) {
        const net = p.transaction_details?.net_received_amount;
        settlements.push({
          gatewayPaymentId: String(p.id),
          externalReference: p.external_reference ?? null,
          amountCents: decimalToCents(p.transaction_amount),
          netAmountCents: net === undefined ? null : decimalToCents(net),
          settledOn: (p.date_approved ?? fromDate).slice(0, 10),
        });
      }
      if (offset + 100 >= page.paging.total) return settlements;
    }
  }
}
