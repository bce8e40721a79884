import { randomUUID } from 'node:crypto';
import { centsToDecimal, decimalToCents } from '../decimal.js';
import { hmacSha256Hex } from '../gateways/secrets.js';
import { brCode, GatewaySimulator, qrPngBase64, today, type SimAnswer, type SimRequest } from './sim-http.js';

interface SimPayment {
  id: number;
  status: string;
  amountCents: number;
  refundedCents: number;
  description: string | null;
  externalReference: string | null;
  applicationFeeCents: number;
  notificationUrl: string | null;
  dateApproved: string | null;
  qrCode: string;
  qrImage: string;
}

export interface MercadoPagoSimulatorOptions {
  accessToken: string;
  webhookSecret: string;
  webhookUrl?: string;
  feeBasisPoints?: number;
}

const notFound: SimAnswer = { status: 404, body: { message: 'Payment not found', error: 'not_found', status: 404, cause: [] } };

/** Mercado Pago Payments API on loopback: PIX payments with X-Idempotency-Key, search, refunds; signed webhooks. */
export class MercadoPagoSimulator extends GatewaySimulator {
  readonly payments = new Map<number, SimPayment>();
  private readonly idempotency = new Map<string, number>();
  private nextId = 1_300_000_000;

  constructor(readonly options: MercadoPagoSimulatorOptions) {
    super(options.webhookUrl);
  }

  private view(p: SimPayment) {
    const fee = Math.floor((p.amountCents * (this.options.feeBasisPoints ?? 99)) / 10_000);
    return {
      id: p.id,
      status: p.status,
      status_detail: p.status === 'approved' ? 'accredited' : 'pending_waiting_transfer',
      payment_method_id: 'pix',
      transaction_amount: Number(centsToDecimal(p.amountCents)),
      transaction_amount_refunded: Number(centsToDecimal(p.refundedCents)),
      description: p.description,
      external_reference: p.externalReference,
      date_approved: p.dateApproved,
      application_fee: p.applicationFeeCents ? Number(centsToDecimal(p.applicationFeeCents)) : null,
      transaction_details: { net_received_amount: Number(centsToDecimal(p.amountCents - fee)), total_paid_amount: Number(centsToDecimal(p.amountCents)) },
      point_of_interaction: { type: 'OPENPLATFORM', transaction_data: { qr_code: p.qrCode, qr_code_base64: p.qrImage, ticket_url: `https://sim.mp.local/payments/${p.id}/ticket` } },
    };
  }

  protected async route(req: SimRequest): Promise<SimAnswer> {
    if (req.headers.authorization !== `Bearer ${this.options.accessToken}`) return { status: 401, body: { message: 'invalid access token', error: 'unauthorized', status: 401 } };
    const parts = req.url.pathname.split('/').filter(Boolean);
    if (parts[0] !== 'v1' || parts[1] !== 'payments') return notFound;
    if (req.method === 'POST' && parts.length === 2) return this.create(req);
    if (req.method === 'GET' && parts[2] === 'search') return this.search(req.url.searchParams);
    const payment = this.payments.get(Number(parts[2]));
    if (!payment) return notFound;
    if (req.method === 'GET' && parts.length === 3) return { status: 200, body: this.view(payment) };
    if (req.method === 'PUT' && parts.length === 3) {
      const body = JSON.parse(req.body || '{}') as { status?: string };
      if (body.status === 'cancelled' && payment.status === 'pending') payment.status = 'cancelled';
      return { status: 200, body: this.view(payment) };
    }
    if (req.method === 'POST' && parts[3] === 'refunds') {
      const body = JSON.parse(req.body || '{}') as { amount?: number };
      const cents = body.amount === undefined ? payment.amountCents - payment.refundedCents : decimalToCents(body.amount);
      if (payment.status !== 'approved' || cents > payment.amountCents - payment.refundedCents) {
        return { status: 400, body: { message: 'invalid refund', error: 'bad_request', status: 400 } };
      }
      payment.refundedCents += cents;
      if (payment.refundedCents === payment.amountCents) payment.status = 'refunded';
      return { status: 201, body: { id: this.nextId++, payment_id: payment.id, amount: Number(centsToDecimal(cents)), status: 'approved' } };
    }
    return notFound;
  }

  private async create(req: SimRequest): Promise<SimAnswer> {
    const key = req.headers['x-idempotency-key'];
    if (typeof key !== 'string' || key.length === 0) return { status: 400, body: { message: 'X-Idempotency-Key header is required', error: 'bad_request', status: 400 } };
    const existing = this.idempotency.get(key);
    if (existing !== undefined) return { status: 201, body: this.view(this.payments.get(existing)!) };
    const body = JSON.parse(req.body) as Record<string, any>;
    if (body.payment_method_id !== 'pix' || !body.payer?.email) return { status: 400, body: { message: 'payment_method_id pix and payer.email are required', error: 'bad_request', status: 400 } };
    const id = this.nextId++;
    const amountCents = decimalToCents(body.transaction_amount);
    const qrCode = brCode(String(id), centsToDecimal(amountCents), 'CHEFIA LOJA');
    const payment: SimPayment = {
      id,
      status: 'pending',
      amountCents,
      refundedCents: 0,
      description: body.description ?? null,
      externalReference: body.external_reference ?? null,
      applicationFeeCents: body.application_fee === undefined ? 0 : decimalToCents(body.application_fee),
      notificationUrl: body.notification_url ?? null,
      dateApproved: null,
      qrCode,
      qrImage: await qrPngBase64(qrCode),
    };
    this.payments.set(id, payment);
    this.idempotency.set(key, id);
    return { status: 201, body: this.view(payment) };
  }

  private search(query: URLSearchParams): SimAnswer {
    const status = query.get('status');
    const begin = (query.get('begin_date') ?? '0000').slice(0, 10);
    const end = (query.get('end_date') ?? '9999').slice(0, 10);
    const offset = Number(query.get('offset') ?? 0);
    const limit = Math.min(100, Number(query.get('limit') ?? 30));
    const reference = query.get('external_reference');
    const all = [...this.payments.values()].filter((p) =>
      reference !== null
        ? p.externalReference === reference
        : (!status || p.status === status) && p.dateApproved !== null && p.dateApproved.slice(0, 10) >= begin && p.dateApproved.slice(0, 10) <= end,
    );
    return { status: 200, body: { paging: { total: all.length, limit, offset }, results: all.slice(offset, offset + limit).map((p) => this.view(p)) } };
  }

  /** The customer pays: status approved and a signed `payment.updated` notification. */
  async pay(id: number | string): Promise<{ deliver(): Promise<number> }> {
    const payment = this.payments.get(Number(id));
    if (!payment) throw new Error(`no such payment ${id}`);
    payment.status = 'approved';
    payment.dateApproved = `${today()}T12:00:00.000-03:00`;
    const notification = { id: this.nextId++, live_mode: false, type: 'payment', date_created: new Date().toISOString(), user_id: 1, api_version: 'v1', action: 'payment.updated', data: { id: String(payment.id) } };
    const requestId = randomUUID();
    const deliver = () => this.deliver(payment.notificationUrl ?? this.webhookUrl, notification, requestId);
    await deliver();
    return { deliver };
  }

  /** Posts a notification signed like Mercado Pago does: HMAC-SHA256 over `id:…;request-id:…;ts:…;`. */
  async deliver(url: string | undefined, notification: { data: { id: string } }, requestId: string, secret = this.options.webhookSecret): Promise<number> {
    if (!url) throw new Error('webhookUrl not set');
    const ts = String(Math.floor(Date.now() / 1000));
    const v1 = hmacSha256Hex(secret, `id:${notification.data.id.toLowerCase()};request-id:${requestId};ts:${ts};`);
    const target = new URL(url);
    target.searchParams.set('data.id', notification.data.id);
    target.searchParams.set('type', 'payment');
    const res = await fetch(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-signature': `ts=${ts},v1=${v1}`, 'x-request-id': requestId },
      body: JSON.stringify(notification),
    });
    await res.text();
    return res.status;
  }
}
