import { Hono } from 'hono';
import { PlatformSimulator } from '../platform-simulator.js';
import { rappiSignature } from './rappi-connector.js';

/**
 * Rappi's restaurant API on loopback: integration login, the take / ready-for-pickup / reject calls
 * (recorded in order), and the `NEW_ORDER` and cancellation webhooks it signs with
 * `Rappi-Signature` using the webhook secret.
 */
export class RappiSimulator extends PlatformSimulator {
  private orderSeq = 90_000_000;

  constructor(merchantId: string, clientId: string, clientSecret: string, readonly webhookSecret: string) {
    super(merchantId, clientId, clientSecret);
  }

  /** A customer orders: the `NEW_ORDER` webhook body, the whole order in it. */
  placeOrder(): { orderId: string; body: Record<string, any> } {
    const orderId = String((this.orderSeq += 1));
    const body = {
      order_detail: {
        order_id: orderId,
        created_at: new Date().toISOString(),
        delivery_method: 'delivery',
        payment_method: 'cc',
        cooking_time: 15,
        totals: { total_products_with_discount: 41.8, total_products_without_discount: 41.8, total_discounts: 0, total_order: 46.79, charges: { shipping: 4.99, service_fee: 0 } },
        items: [
          { sku: 'RP-XBURGER', id: '1', name: 'X-Burger', comments: 'sem picles', unit_price_with_discount: 28.9, unit_price_without_discount: 28.9, quantity: 1, subitems: [] },
          { sku: 'RP-FRIES', id: '2', name: 'Batata frita', comments: null, unit_price_with_discount: 12.9, unit_price_without_discount: 12.9, quantity: 1, subitems: [] },
        ],
        delivery_information: { city: 'São Paulo', complete_address: 'Av. Paulista, 1000, ap 12', street_number: '1000', neighborhood: 'Bela Vista', complement: 'ap 12', postal_code: '01310100', street_name: 'Av. Paulista' },
      },
      customer: { first_name: 'Ana', last_name: 'Lima', phone_number: '11988887777' },
      store: { internal_id: this.merchantId, external_id: 'loja-chefia', name: 'Loja Simulada' },
    };
    return { orderId, body };
  }

  cancellation(orderId: string): Record<string, unknown> {
    return { order_id: orderId, event: 'ORDER_EVENT_CANCEL', store_id: this.merchantId, created_at: new Date().toISOString() };
  }

  async deliverWebhook(url: string, body: unknown, secret = this.webhookSecret): Promise<Response> {
    const text = JSON.stringify(body);
    return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'rappi-signature': rappiSignature(text, secret) }, body: text });
  }

  protected app(): Hono {
    const app = new Hono();
    app.post('/restaurants/auth/v1/token/login/integrations', async (c) => {
      const login = (await c.req.json()) as { client_id?: string; client_secret?: string };
      const token = this.issueToken(login.client_id, login.client_secret);
      return token ? c.json({ access_token: token, token_type: 'Bearer', expires_in: 604_800 }) : c.json({ message: 'invalid credentials' }, 401);
    });
    app.use('/restaurants/orders/*', this.requireToken);
    const orderPath = '/restaurants/orders/v1/stores/:store/orders/:id';
    app.put(`${orderPath}/cooking_time/:minutes/take`, async (c) => {
      await this.record(c, c.req.param('id'), 'take');
      return c.json({ message: 'ok' });
    });
    app.post(`${orderPath}/ready-for-pickup`, async (c) => {
      await this.record(c, c.req.param('id'), 'ready-for-pickup');
      return c.json({ message: 'ok' });
    });
    app.put(`${orderPath}/reject`, async (c) => {
      await this.record(c, c.req.param('id'), 'reject');
      return c.json({ message: 'ok' });
    });
    return app;
  }
}
