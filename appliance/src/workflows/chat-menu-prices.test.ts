/**
 * The chat menu quotes what the chat charges. The demo store adds 15 % to delivery orders: an X-Bacon
 * (R$ 34,90 at the counter) costs R$ 40,14 delivered, and the summary before the customer confirms
 * says so. The menu, shown before the customer says how the order is fulfilled, gives both prices;
 * once the customer chose pickup it gives that one only. A product with one price either way, or sold
 * for pickup only, shows that one price.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatInboundContent, } from '../../contract/chat.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { chatCustomers, chatStoreModules } from './chat-test-support.js';
import { apiAs, NOON_MONDAY, } from './test-support.js';

describe('prices in the chat menu', () => {
  let app: TestAppliance;

  beforeAll(async () => {
    app = await startTestAppliance(chatStoreModules(), { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });
    const manager = apiAs(app, ['business_day.manage'], 'MANAGER');
    expect((await manager.post('/delivery/zones', { name: 'Pinheiros', kind: 'DISTRICT', districts: ['Pinheiros'], feeCents: 700, estimateMinutes: 40 })).status).toBe(201);
  });
  afterAll(() => app?.close());

  /** The relay delivers one customer message; answers the bot's replies to it. */
  const { send } = chatCustomers(() => app, { profileName: 'Maria Oliveira' });
  const tap = (replyId: string): ChatInboundContent => ({ kind: 'REPLY', replyId, title: replyId });
  const rowOf = async (contactId: string, categoryId: string, productId: string) => {
    const [list] = await send(contactId, tap(`cat:${categoryId}`));
    return list?.kind === 'LIST' ? list.sections[0].rows.find((r) => r.id === `add:${productId}`) : undefined;
  };

  it('quotes the delivery price with the markup beside the pickup price before the customer chose', async () => {
    await send('c-menu', { kind: 'TEXT', text: 'oi' });
    await send('c-menu', tap('consent:no'));
    expect(await rowOf('c-menu', 'cat-burgers', 'prod-bacon-burger')).toMatchObject({ title: 'X-Bacon', description: 'R$ 40,14 na entrega · R$ 34,90 para retirar' });
    // Beer is sold for pickup only: one price, the one it is sold at.
    expect((await rowOf('c-menu', 'cat-drinks', 'prod-beer'))?.description).toBe('R$ 11,90');
  });

  it('quotes the pickup price only once the customer chose to pick the order up', async () => {
    await send('c-pickup', { kind: 'TEXT', text: 'oi' });
    await send('c-pickup', tap('consent:no'));
    await send('c-pickup', tap('add:prod-coke'));
    await send('c-pickup', tap('fulfilment:PICKUP'));
    expect((await rowOf('c-pickup', 'cat-burgers', 'prod-bacon-burger'))?.description).toBe('R$ 34,90');
  });

  it('quotes the delivered price once the customer chose delivery, the price the summary then charges', async () => {
    await send('c-delivery', { kind: 'TEXT', text: 'oi' });
    await send('c-delivery', tap('consent:no'));
    await send('c-delivery', { kind: 'TEXT', text: '1 batata frita' });
    await send('c-delivery', tap('fulfilment:DELIVERY'));
    await send('c-delivery', { kind: 'TEXT', text: 'Rua Teodoro Sampaio, 50 - Pinheiros' });
    // R$ 12,90 and 15 % for delivery.
    expect((await rowOf('c-delivery', 'cat-sides', 'prod-fries'))?.description).toBe('R$ 14,84');
    const [summary] = await send('c-delivery', tap('pay:PIX'));
    expect(summary?.kind === 'BUTTONS' ? summary.body : summary).toContain('Batata frita — R$ 14,84');
  });
});
