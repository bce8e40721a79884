import crypto from 'node:crypto';
import { Hono } from 'hono';
import { PlatformSimulator } from '../platform-simulator.js';
import { uberSignature } from './uber-eats-connector.js';

const ACTIONS = ['accept_pos_order', 'deny_pos_order', 'ready', 'cancel'];
const e5 = (reais: number) => ({ amount_e5: Math.round(reais * 100) * 1000, currency_code: 'BRL' });

/**
 * Uber Eats' order API on loopback: client-credentials token, order details (v2, amounts in
 * `amount_e5`), accept / deny / ready / cancel (recorded in order) and webhooks signed with
 * `X-Uber-Signature`.
 */
export class UberEatsSimulator extends PlatformSimulator {
  private readonly orders = new Map<string, Record<string, unknown>>();

  placeOrder(): { order: Record<string, any>; event: Record<string, any> } {
    const id = crypto.randomUUID();
    const order = {
      id,
      display_id: id.slice(0, 5).toUpperCase(),
      current_state: 'CREATED',
      placed_at: new Date().toISOString(),
      store: { id: this.merchantId },
      eater: { first_name: 'Carla', last_name: 'Dias', phone: '+55 11 97777 6666', delivery: { location: { address: 'Rua Oscar Freire, 200', street: 'Rua Oscar Freire', city: 'São Paulo', postal_code: '01426000', unit_number: null }, notes: null } },
      cart: {
        items: [{ id: 'i1', title: 'X-Burger', external_data: 'UE-XBURGER', quantity: 2, price: { unit_price: e5(26), total_price: e5(52) }, special_instructions: null, selected_modifier_groups: [] }],
        special_instructions: 'Sem talheres',
      },
      payment: { charges: { sub_total: e5(52), delivery_fee: e5(0), total: e5(52) } },
    };
    this.orders.set(id, order);
    return { order, event: this.event(id, 'orders.notification') };
  }

  event(orderId: string, eventType: string): Record<string, any> {
    return { event_id: crypto.randomUUID(), event_type: eventType, event_time: Math.floor(Date.now() / 1000), meta: { resource_id: orderId, user_id: this.merchantId, status: 'pos' }, resource_href: `${this.baseUrl}/v2/eats/order/${orderId}` };
  }

  async deliverWebhook(url: string, event: unknown, secret = this.clientSecret): Promise<Response> {
    const body = JSON.stringify(event);
    return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-uber-signature': uberSignature(body, secret) }, body });
  }

  protected app(): Hono {
    const app = new Hono();
    app.post('/oauth/v2/token', async (c) => {
      const form = new URLSearchParams(await c.req.text());
      const token = form.get('grant_type') === 'client_credentials' ? this.issueToken(form.get('client_id'), form.get('client_secret')) : null;
      return token ? c.json({ access_token: token, token_type: 'Bearer', expires_in: 2_592_000, scope: 'eats.order' }) : c.json({ error: 'invalid_client' }, 401);
    });
    app.use('/v1/*', this.requireToken);
    app.use('/v2/*', this.requireToken);
    app.get('/v2/eats/order/:id', (c) => {
      const order = this.orders.get(c.req.param('id'));
      return order ? c.json(order) : c.json({ code: 'not_found' }, 404);
    });
    app.post('/v1/eats/orders/:id/:action', async (c) => {
      const { id, action } = c.req.param();
      if (!this.orders.has(id)) return c.json({ code: 'not_found' }, 404);
      if (!ACTIONS.includes(action)) return c.json({ code: 'invalid_action' }, 400);
      await this.record(c, id, action);
      return c.body(null, 204);
    });
    return app;
  }
}
