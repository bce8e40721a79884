import crypto from 'node:crypto';
import { Hono } from 'hono';
import { PlatformSimulator } from '../platform-simulator.js';
import { openDeliverySignature } from './open-delivery-connector.js';

export interface OpenDeliveryEvent {
  eventId: string;
  eventType: string;
  orderId: string;
  merchantId: string;
  orderURL: string;
  createdAt: string;
  sourceAppId: string;
}

const ACTIONS = ['confirm', 'preparing', 'readyForPickup', 'dispatch', 'requestCancellation'];
const money = (value: number) => ({ value, currency: 'BRL' });

/**
 * An ordering app implementing Open Delivery v1 on loopback: OAuth client credentials, event
 * polling (200/204) with acknowledgement batches of at most 100 (more is a 400), orders, the
 * lifecycle actions (202, recorded) and signed `/v1/newEvent` webhook deliveries.
 */
export class OpenDeliverySimulator extends PlatformSimulator {
  private readonly pending = new Map<string, OpenDeliveryEvent>();
  private readonly orders = new Map<string, Record<string, unknown>>();
  private displaySeq = 500;

  placeOrder(): { order: Record<string, any>; event: OpenDeliveryEvent } {
    const id = crypto.randomUUID();
    const order = {
      id,
      type: 'DELIVERY',
      displayId: `OD${(this.displaySeq += 1)}`,
      createdAt: new Date().toISOString(),
      merchant: { id: this.merchantId, name: 'Loja Simulada' },
      customer: { id: crypto.randomUUID(), name: 'João Souza', phone: { number: '11999990000' } },
      items: [
        { id: crypto.randomUUID(), index: 1, name: 'X-Burger', externalCode: 'OD-XBURGER', quantity: 1, unit: 'UN', unitPrice: money(27.5), totalPrice: money(27.5), specialInstructions: 'bem passado', options: [] },
      ],
      otherFees: [{ name: 'Entrega', type: 'DELIVERY_FEE', receivedBy: 'MERCHANT', price: money(6) }],
      discounts: [],
      total: { itemsPrice: money(27.5), otherFees: money(6), discount: money(0), orderAmount: money(33.5) },
      payments: { prepaid: 0, pending: 33.5, methods: [{ value: 33.5, currency: 'BRL', type: 'PENDING', method: 'CASH', changeFor: 50 }] },
      delivery: { deliveredBy: 'MERCHANT', deliveryAddress: { country: 'BR', state: 'SP', city: 'São Paulo', district: 'Pinheiros', street: 'Rua dos Pinheiros', number: '100', complement: null, reference: 'casa amarela', formattedAddress: 'Rua dos Pinheiros, 100', postalCode: '05422000' } },
      extraInfo: null,
    };
    this.orders.set(id, order);
    return { order, event: this.queueEvent(id, 'CREATED') };
  }

  cancelOrder(orderId: string): OpenDeliveryEvent {
    return this.queueEvent(orderId, 'CANCELLED');
  }

  queueEvent(orderId: string, eventType: string): OpenDeliveryEvent {
    const event = { eventId: crypto.randomUUID(), eventType, orderId, merchantId: this.merchantId, orderURL: `${this.baseUrl}/v1/orders/${orderId}`, createdAt: new Date().toISOString(), sourceAppId: 'app-simulado' };
    this.pending.set(event.eventId, event);
    return event;
  }

  unacknowledged(): OpenDeliveryEvent[] {
    return [...this.pending.values()];
  }

  async deliverWebhook(url: string, event: OpenDeliveryEvent, secret = this.clientSecret): Promise<Response> {
    const body = JSON.stringify(event);
    return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-app-signature': openDeliverySignature(body, secret) }, body });
  }

  protected app(): Hono {
    const app = new Hono();
    app.post('/oauth/token', async (c) => {
      const form = new URLSearchParams(await c.req.text());
      const token = form.get('grant_type') === 'client_credentials' ? this.issueToken(form.get('client_id'), form.get('client_secret')) : null;
      if (!token) return c.json({ title: 'invalid_client' }, 401);
      return c.json({ access_token: token, token_type: 'Bearer', expires_in: 3600 });
    });
    app.use('/v1/*', this.requireToken);
    app.get('/v1/events:polling', (c) => {
      const merchants = (c.req.header('x-polling-merchants') ?? this.merchantId).split(',');
      const events = [...this.pending.values()].filter((event) => merchants.includes(event.merchantId));
      return events.length === 0 ? c.body(null, 204) : c.json(events);
    });
    app.post('/v1/events/acknowledgment', async (c) => {
      const ids = (await c.req.json()) as { id: string }[];
      if (ids.length > 100) return c.json({ title: 'at most 100 events per acknowledgment' }, 400);
      for (const { id } of ids) this.pending.delete(id);
      return c.body(null, 202);
    });
    app.get('/v1/orders/:id', (c) => {
      const order = this.orders.get(c.req.param('id'));
      return order ? c.json(order) : c.json({ title: 'order not found' }, 404);
    });
    app.post('/v1/orders/:id/:action', async (c) => {
      const { id, action } = c.req.param();
      if (!this.orders.has(id)) return c.json({ title: 'order not found' }, 404);
      if (!ACTIONS.includes(action)) return c.json({ title: 'unknown action' }, 400);
      await this.record(c, id, action);
      return c.body(null, 202);
    });
    return app;
  }
}
