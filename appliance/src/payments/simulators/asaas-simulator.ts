import { randomUUID } from 'node:crypto';
import { centsToDecimal, decimalToCents } from '../decimal.js';
import { brCode, GatewaySimulator, qrPngBase64, today, type SimAnswer, type SimRequest } from './sim-http.js';

interface SimPayment {
  object: 'payment';
  id: string;
  customer: string;
  billingType: string;
  status: string;
  valueCents: number;
  refundedCents: number;
  dueDate: string;
  description: string | null;
  externalReference: string | null;
  paymentDate: string | null;
  deleted: boolean;
  split: unknown[];
  refunds: { id: string; valueCents: number }[];
}

export interface AsaasSimulatorOptions {
  apiKey: string;
  webhookToken: string;
  /** Where "paid" notifications go (the URL registered in the Asaas panel). */
  webhookUrl?: string;
  /** Percentage fee kept by the gateway, in basis points, for net values in settlements. */
  feeBasisPoints?: number;
  /**
   * The gateway's calendar date (Brazil) as `YYYY-MM-DD`, default the host's. With it given, a
   * charge due before that date is refused as Asaas refuses it (without it, any due date is taken:
   * tests on a fixed clock), and payments are received on that date.
   */
  today?: () => string;
}

const notFound: SimAnswer = { status: 404, body: { errors: [{ code: 'invalid_object', description: 'Cobrança não encontrada.' }] } };

/** Asaas v3 on loopback: payments with billingType PIX, pixQrCode, refund, delete, list; webhooks with `asaas-access-token`. */
export class AsaasSimulator extends GatewaySimulator {
  readonly payments = new Map<string, SimPayment>();
  private seq = 0;

  constructor(readonly options: AsaasSimulatorOptions) {
    super(options.webhookUrl);
  }

  private today(): string {
    return this.options.today?.() ?? today();
  }

  private view(p: SimPayment) {
    const fee = Math.floor((p.valueCents * (this.options.feeBasisPoints ?? 99)) / 10_000);
    return {
      object: p.object,
      id: p.id,
      customer: p.customer,
      billingType: p.billingType,
      status: p.status,
      value: Number(centsToDecimal(p.valueCents)),
      netValue: Number(centsToDecimal(p.valueCents - fee)),
      dueDate: p.dueDate,
      description: p.description,
      externalReference: p.externalReference,
      paymentDate: p.paymentDate,
      deleted: p.deleted,
      split: p.split,
      refunds: p.refunds.map((r) => ({ id: r.id, value: Number(centsToDecimal(r.valueCents)) })),
    };
  }

  protected async route(req: SimRequest): Promise<SimAnswer> {
    if (req.headers['access_token'] !== this.options.apiKey) return { status: 401, body: { errors: [{ code: 'invalid_access_token', description: 'Chave de API inválida' }] } };
    const parts = req.url.pathname.split('/').filter(Boolean);
    if (parts[0] !== 'v3' || parts[1] !== 'payments') return notFound;
    const payment = parts[2] ? this.payments.get(parts[2]) : undefined;
    if (req.method === 'POST' && parts.length === 2) return this.create(JSON.parse(req.body));
    if (req.method === 'GET' && parts.length === 2) return this.list(req.url.searchParams);
    if (!payment) return notFound;
    if (req.method === 'GET' && parts[3] === 'pixQrCode') {
      const payload = brCode(payment.id, centsToDecimal(payment.valueCents), 'CHEFIA LOJA');
      return { status: 200, body: { encodedImage: await qrPngBase64(payload), payload, expirationDate: `${payment.dueDate} 23:59:59` } };
    }
    if (req.method === 'GET' && parts.length === 3) return { status: 200, body: this.view(payment) };
    if (req.method === 'DELETE' && parts.length === 3) {
      payment.deleted = true;
      return { status: 200, body: { deleted: true, id: payment.id } };
    }
    if (req.method === 'POST' && parts[3] === 'refund') {
      const body = JSON.parse(req.body || '{}') as { value?: number };
      const cents = body.value === undefined ? payment.valueCents - payment.refundedCents : decimalToCents(body.value);
      if (payment.status !== 'RECEIVED' || cents > payment.valueCents - payment.refundedCents) {
        return { status: 400, body: { errors: [{ code: 'invalid_action', description: 'Estorno não permitido.' }] } };
      }
      payment.refundedCents += cents;
      payment.refunds.push({ id: `ref_${++this.seq}`, valueCents: cents });
      if (payment.refundedCents === payment.valueCents) payment.status = 'REFUNDED';
      return { status: 200, body: this.view(payment) };
    }
    return notFound;
  }

  private create(body: Record<string, unknown>): SimAnswer {
    if (body.billingType !== 'PIX') return { status: 400, body: { errors: [{ code: 'invalid_billingType', description: 'billingType' }] } };
    if (typeof body.customer !== 'string' || typeof body.dueDate !== 'string') {
      return { status: 400, body: { errors: [{ code: 'invalid_object', description: 'customer e dueDate são obrigatórios' }] } };
    }
    if (this.options.today && body.dueDate < this.options.today()) {
      return { status: 400, body: { errors: [{ code: 'invalid_dueDate', description: 'A data de vencimento não pode ser inferior à data atual.' }] } };
    }
    const payment: SimPayment = {
      object: 'payment',
      id: `pay_${randomUUID().replace(/-/g, '').slice(0, 16)}`,
      customer: body.customer,
      billingType: 'PIX',
      status: 'PENDING',
      valueCents: decimalToCents(body.value as number),
      refundedCents: 0,
      dueDate: body.dueDate,
      description: (body.description as string) ?? null,
      externalReference: (body.externalReference as string) ?? null,
      paymentDate: null,
      deleted: false,
      split: (body.split as unknown[]) ?? [],
      refunds: [],
    };
    this.payments.set(payment.id, payment);
    return { status: 200, body: this.view(payment) };
  }

  private list(query: URLSearchParams): SimAnswer {
    const from = query.get('paymentDate[ge]') ?? '0000-00-00';
    const to = query.get('paymentDate[le]') ?? '9999-99-99';
    const status = query.get('status');
    const reference = query.get('externalReference');
    const offset = Number(query.get('offset') ?? 0);
    const limit = Math.min(100, Number(query.get('limit') ?? 10));
    const all = [...this.payments.values()].filter((p) =>
      reference !== null
        ? !p.deleted && p.externalReference === reference
        : !p.deleted && (!status || p.status === status) && p.paymentDate !== null && p.paymentDate >= from && p.paymentDate <= to,
    );
    const page = all.slice(offset, offset + limit);
    return { status: 200, body: { object: 'list', hasMore: offset + limit < all.length, totalCount: all.length, limit, offset, data: page.map((p) => this.view(p)) } };
  }

  /** The customer pays the QR code: status RECEIVED and a PAYMENT_RECEIVED webhook. Returns the delivery for redelivery tests. */
  async pay(id: string): Promise<{ deliver(): Promise<number> }> {
    const payment = this.payments.get(id);
    if (!payment) throw new Error(`no such payment ${id}`);
    payment.status = 'RECEIVED';
    payment.paymentDate = this.today();
    const event = { id: `evt_${randomUUID()}`, event: 'PAYMENT_RECEIVED', dateCreated: new Date().toISOString(), payment: this.view(payment) };
    const deliver = () => this.deliver(event);
    await deliver();
    return { deliver };
  }

  /** Records a settled payment the store never saw (for reconciliation tests). */
  addForeignSettlement(valueCents: number): string {
    const id = `pay_foreign_${++this.seq}`;
    this.payments.set(id, {
      object: 'payment', id, customer: 'cus_x', billingType: 'PIX', status: 'RECEIVED', valueCents, refundedCents: 0, dueDate: this.today(),
      description: null, externalReference: null, paymentDate: this.today(), deleted: false, split: [], refunds: [],
    });
    return id;
  }

  async deliver(event: unknown, token = this.options.webhookToken): Promise<number> {
    if (!this.webhookUrl) throw new Error('webhookUrl not set');
    const res = await fetch(this.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'asaas-access-token': token }, body: JSON.stringify(event) });
    await res.text();
    return res.status;
  }
}
