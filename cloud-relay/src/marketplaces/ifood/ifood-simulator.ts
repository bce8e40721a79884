import crypto from 'node:crypto';
import { Hono } from 'hono';
import { PlatformSimulator } from '../platform-simulator.js';
import { ifoodSignature } from './ifood-connector.js';

export interface SimulatedEvent {
  id: string;
  code: string;
  fullCode: string;
  orderId: string;
  merchantId: string;
  createdAt: string;
  metadata?: Record<string, unknown>;
}

const FULL_CODE: Record<string, string> = { PLC: 'PLACED', CFM: 'CONFIRMED', CAN: 'CANCELLED', RTP: 'READY_TO_PICKUP', DSP: 'DISPATCHED' };
/** Each lifecycle action and the order status iFood shows once it took it. */
const STATUS_AFTER_ACTION: Record<string, string> = {
  confirm: 'CONFIRMED',
  startPreparation: 'PREPARATION_STARTED',
  readyToPickup: 'READY_TO_PICKUP',
  dispatch: 'DISPATCHED',
  requestCancellation: 'CANCELLED',
};
const CANCELLATION_REASONS = [
  { cancelCodeId: '501', description: 'PROBLEMAS DE SISTEMA' },
  { cancelCodeId: '503', description: 'ITEM INDISPONÍVEL' },
];

/**
 * The iFood Merchant API on loopback, speaking its protocol: OAuth client credentials, event
 * polling (200/204) until acknowledged, order details (answering 404 for the first
 * `detailsMissingFor` calls per order, as iFood does right after PLACED) with the order's current
 * `status`, the lifecycle actions (202, recorded in order, moving that status), cancellation
 * reasons, and signed webhook deliveries.
 */
export class IfoodSimulator extends PlatformSimulator {
  /** Calls to the order details endpoint, per order. */
  readonly detailCalls = new Map<string, number>();
  detailsMissingFor = 0;
  private readonly pending = new Map<string, SimulatedEvent>();
  private readonly orders = new Map<string, Record<string, unknown>>();
  private readonly statuses = new Map<string, string>();
  private displaySeq = 1000;

  /** A customer orders on the app: the order exists and a PLC event waits for the integrator. */
  placeOrder(overrides: Record<string, unknown> = {}): { order: Record<string, any>; event: SimulatedEvent } {
    const id = crypto.randomUUID();
    const createdAt = new Date().toISOString();
    const order = {
      id,
      displayId: String((this.displaySeq += 1)),
      orderType: 'DELIVERY',
      orderTiming: 'IMMEDIATE',
      salesChannel: 'IFOOD',
      createdAt,
      merchant: { id: this.merchantId, name: 'Loja Simulada' },
      customer: { id: crypto.randomUUID(), name: 'Maria Oliveira', phone: { number: '0800 123 4567', localizer: '12345678' } },
      items: [
        { index: 1, id: crypto.randomUUID(), name: 'X-Burger', externalCode: 'IF-XBURGER', quantity: 2, unit: 'UN', unitPrice: 24.9, optionsPrice: 0, totalPrice: 49.8, price: 49.8, observations: 'sem cebola', options: [] },
        { index: 2, id: crypto.randomUUID(), name: 'Batata frita', externalCode: 'IF-FRIES', quantity: 1, unit: 'UN', unitPrice: 12.9, optionsPrice: 0, totalPrice: 12.9, price: 12.9, options: [] },
      ],
      total: { subTotal: 62.7, deliveryFee: 7.99, benefits: 5, additionalFees: 0, orderAmount: 65.69 },
      benefits: [{ value: 5, target: 'CART', sponsorshipValues: [{ name: 'IFOOD', value: 3 }, { name: 'MERCHANT', value: 2 }] }],
      payments: { prepaid: 65.69, pending: 0, methods: [{ value: 65.69, currency: 'BRL', method: 'CREDIT', type: 'ONLINE', prepaid: true }] },
      delivery: {
        mode: 'DEFAULT',
        deliveredBy: 'IFOOD',
        deliveryAddress: {
          streetName: 'Rua Augusta', streetNumber: '1500', complement: 'apto 42', neighborhood: 'Consolação', city: 'São Paulo', state: 'SP',
          postalCode: '01304001', reference: 'portão azul', formattedAddress: 'Rua Augusta, 1500, apto 42',
        },
      },
      extraInfo: 'Entregar na portaria',
      ...overrides,
    };
    this.orders.set(id, order);
    this.statuses.set(id, 'PLACED');
    return { order, event: this.queueEvent(id, 'PLC') };
  }

  /** The customer or iFood cancels: a CAN event waits for the integrator. */
  cancelOrder(orderId: string): SimulatedEvent {
    return this.queueEvent(orderId, 'CAN');
  }

  queueEvent(orderId: string, code: string): SimulatedEvent {
    const merchantId = (this.orders.get(orderId)?.merchant as { id?: string } | undefined)?.id ?? this.merchantId;
    const event: SimulatedEvent = { id: crypto.randomUUID(), code, fullCode: FULL_CODE[code] ?? code, orderId, merchantId, createdAt: new Date().toISOString() };
    this.pending.set(event.id, event);
    return event;
  }

  /** Events not yet acknowledged. */
  unacknowledged(): SimulatedEvent[] {
    return [...this.pending.values()];
  }

  /** POSTs an event to a webhook URL as iFood does; `secret` other than the client secret makes a bad signature. */
  async deliverWebhook(url: string, event: SimulatedEvent, secret = this.clientSecret): Promise<Response> {
    const body = JSON.stringify(event);
    return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-ifood-signature': ifoodSignature(body, secret) }, body });
  }

  protected app(): Hono {
    const app = new Hono();
    app.post('/authentication/v1.0/oauth/token', async (c) => {
      const form = new URLSearchParams(await c.req.text());
      const token = form.get('grantType') === 'client_credentials' ? this.issueToken(form.get('clientId'), form.get('clientSecret')) : null;
      if (!token) return c.json({ error: { code: 'Unauthorized', message: 'invalid client credentials' } }, 401);
      return c.json({ accessToken: token, type: 'bearer', expiresIn: 21_600 });
    });
    app.use('/events/*', this.requireToken);
    app.use('/order/*', this.requireToken);
    app.get('/events/v1.0/events:polling', (c) => {
      const merchants = (c.req.header('x-polling-merchants') ?? this.merchantId).split(',');
      const events = [...this.pending.values()].filter((event) => merchants.includes(event.merchantId));
      return events.length === 0 ? c.body(null, 204) : c.json(events);
    });
    app.post('/events/v1.0/events/acknowledgment', async (c) => {
      const ids = (await c.req.json()) as { id: string }[];
      for (const { id } of ids) this.pending.delete(id);
      return c.body(null, 202);
    });
    app.get('/order/v1.0/orders/:id', (c) => {
      const id = c.req.param('id');
      const calls = (this.detailCalls.get(id) ?? 0) + 1;
      this.detailCalls.set(id, calls);
      const order = this.orders.get(id);
      if (!order || calls <= this.detailsMissingFor) return c.json({ code: 'NotFound', message: 'order not found' }, 404);
      return c.json({ ...order, status: this.statuses.get(id) });
    });
    app.get('/order/v1.0/orders/:id/cancellationReasons', (c) => (this.orders.has(c.req.param('id')) ? c.json(CANCELLATION_REASONS) : c.body(null, 404)));
    app.post('/order/v1.0/orders/:id/:action', async (c) => {
      const { id, action } = c.req.param();
      if (!this.orders.has(id)) return c.json({ code: 'NotFound' }, 404);
      const status = STATUS_AFTER_ACTION[action];
      if (!status) return c.json({ code: 'BadRequest' }, 400);
      await this.record(c, id, action);
      this.statuses.set(id, status);
      return c.body(null, 202);
    });
    return app;
  }
}
