import { AppError } from '../../kernel/errors.js';
import { DecimalLiteral, decimalToCents, stringifyWithDecimals } from '../decimal.js';
import { gatewayFetch } from './http.js';
import type { GatewayChargeStatus, PixCharge, PixChargeRequest, PixGateway, Settlement, WebhookNotice, WebhookRequest } from './pix-gateway.js';
import { safeEqual } from './secrets.js';

export interface AsaasConfig {
  /** e.g. https://api.asaas.com (production) or https://api-sandbox.asaas.com; paths add /v3. */
  baseUrl: string;
  apiKey: string;
  /** The token set on the webhook in the Asaas panel; Asaas sends it as `asaas-access-token`. */
  webhookToken: string;
  /** The Asaas customer the store's counter charges are billed to (walk-in consumer). */
  customerId: string;
  timeoutMs?: number;
}

interface AsaasPayment {
  id: string;
  status: string;
  value: number;
  netValue?: number;
  externalReference?: string | null;
  paymentDate?: string | null;
  deleted?: boolean;
  refunds?: { id?: string }[] | null;
}

const PAID = new Set(['RECEIVED', 'CONFIRMED', 'RECEIVED_IN_CASH']);

function statusOf(payment: AsaasPayment): GatewayChargeStatus {
  if (payment.deleted) return 'CANCELLED';
  if (PAID.has(payment.status)) return 'PAID';
  if (payment.status === 'REFUNDED' || payment.status === 'REFUND_REQUESTED') return 'REFUNDED';
  return 'PENDING';
}

const WEBHOOK_STATUS: Record<string, GatewayChargeStatus> = {
  PAYMENT_RECEIVED: 'PAID',
  PAYMENT_CONFIRMED: 'PAID',
  PAYMENT_DELETED: 'CANCELLED',
  PAYMENT_REFUNDED: 'REFUNDED',
};

/** Asaas API v3: `POST /v3/payments` (billingType PIX) then `GET /v3/payments/{id}/pixQrCode`. */
export class AsaasGateway implements PixGateway {
  readonly name = 'ASAAS' as const;

  constructor(private readonly config: AsaasConfig) {}

  private call<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    return gatewayFetch<T>({
      gateway: this.name,
      method,
      url: `${this.config.baseUrl.replace(/\/$/, '')}/v3${path}`,
      headers: { access_token: this.config.apiKey, 'user-agent': 'chefia-pos-appliance' },
      body: body === undefined ? undefined : stringifyWithDecimals(body),
      signal,
      timeoutMs: this.config.timeoutMs ?? 8_000,
    });
  }

  async createPixCharge(request: PixChargeRequest, signal?: AbortSignal): Promise<PixCharge> {
    const created = await this.call<AsaasPayment>(
      'POST',
      '/payments',
      {
        customer: this.config.customerId,
        billingType: 'PIX',
        value: DecimalLiteral.ofCents(request.amountCents),
        dueDate: request.dueDate,
        description: request.description,
        externalReference: request.paymentId,
        ...(request.splitRules.length > 0
          ? { split: request.splitRules.map((r) => ({ walletId: r.accountId, fixedValue: DecimalLiteral.ofCents(r.amountCents) })) }
          : {}),
      },
      signal,
    );
    const qr = await this.call<{ encodedImage: string; payload: string; expirationDate: string | null }>('GET', `/payments/${encodeURIComponent(created.id)}/pixQrCode`, undefined, signal);
    return { gateway: this.name, gatewayPaymentId: created.id, qrPayload: qr.payload, qrImageBase64: qr.encodedImage, expiresAt: qr.expirationDate };
  }

  async getChargeStatus(gatewayPaymentId: string) {
    const payment = await this.call<AsaasPayment>('GET', `/payments/${encodeURIComponent(gatewayPaymentId)}`);
    return { status: statusOf(payment), amountCents: decimalToCents(payment.value) };
  }

  async cancelCharge(gatewayPaymentId: string): Promise<void> {
    await this.call('DELETE', `/payments/${encodeURIComponent(gatewayPaymentId)}`);
  }

  async refund(gatewayPaymentId: string, amountCents: number) {
    const payment = await this.call<AsaasPayment>('POST', `/payments/${encodeURIComponent(gatewayPaymentId)}/refund`, {
      value: DecimalLiteral.ofCents(amountCents),
      description: 'Estorno Chefia POS',
    });
    const last = payment.refunds?.[payment.refunds.length - 1]?.id;
    return { refundRef: last ?? `${payment.id}:refund` };
  }

  async cancelByReference(paymentId: string): Promise<number> {
    const page = await this.call<{ data: AsaasPayment[] }>('GET', `/payments?${new URLSearchParams({ externalReference: paymentId })}`);
    const pending = page.data.filter((p) => statusOf(p) === 'PENDING');
    for (const p of pending) await this.cancelCharge(p.id);
    return pending.length;
  }

  verifyWebhook(request: WebhookRequest): WebhookNotice | null {
    const token = request.headers['asaas-access-token'] ?? '';
    // Without a configured token every unsigned request would match it: no notice is taken then.
    if (this.config.webhookToken === '' || !safeEqual(token, this.config.webhookToken)) throw new AppError('WEBHOOK_SIGNATURE_INVALID', 401);
    const body = JSON.parse(request.rawBody) as { id?: string; event?: string; payment?: AsaasPayment };
    if (!body.payment?.id || !body.event) return null;
    const status = WEBHOOK_STATUS[body.event] ?? 'PENDING';
    // The charge's value may have been edited in the panel: the notice says what was actually paid.
    const amountCents = body.payment.value === undefined ? null : decimalToCents(body.payment.value);
    return { deliveryKey: body.id ?? `${body.event}:${body.payment.id}`, gatewayPaymentId: body.payment.id, status, amountCents };
  }

  async listSettlements(fromDate: string, toDate: string): Promise<Settlement[]> {
    const settlements: Settlement[] = [];
    for (let offset = 0; ; offset += 100) {
      const query = new URLSearchParams({ status: 'RECEIVED', 'paymentDate[ge]': fromDate, 'paymentDate[le]': toDate, offset: String(offset), limit: '100' });
      const page = await this.call<{ hasMore: boolean; data: AsaasPayment[] }>('GET', `/payments?${query}`);
      for (const p of page.data) {
        settlements.push({
          gatewayPaymentId: p.id,
          externalReference: p.externalReference ?? null,
          amountCents: decimalToCents(p.value),
          netAmountCents: p.netValue === undefined ? null : decimalToCents(p.netValue),
          settledOn: p.paymentDate ?? fromDate,
        });
      }
      if (!page.hasMore) return settlements;
    }
  }
}
