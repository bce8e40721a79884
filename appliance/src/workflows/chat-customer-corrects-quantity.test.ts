/**
 * A customer who corrects a quantity ("na verdade são 2 cocas", "corrigindo: 3 x-bacon") gets the
 * quantity they wrote, not that many more: the summary, the total and the order placed count 2
 * cocas, never 3, and the corrected line stays where it was in the order. "na verdade são 2" with
 * no product named is about the line the customer added last; when their last message added
 * several, the bot asks which. "na verdade quero mais uma coca" still adds one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatOutboundMessage } from '../../contract/chat.js';
import { catalogModule } from '../catalog/index.js';
import { createChatModule, MenuIndex, parseChatMessage } from '../chat/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { catalogChatMenu } from './chat-menu.js';
import { chatCustomers, chatStoreModules } from './chat-test-support.js';
import { apiAs, NOON_MONDAY, type Api } from './test-support.js';

const bodies = (messages: ChatOutboundMessage[]) => messages.map((m) => (m.kind === 'TEXT' ? m.text : m.kind === 'BUTTONS' || m.kind === 'LIST' ? m.body : m.kind));

describe('a correction read from a chat message', () => {
  let app: TestAppliance;
  let menu: MenuIndex;

  beforeAll(async () => {
    app = await startTestAppliance([catalogModule, createChatModule({ menu: catalogChatMenu })], { env: { CHEFIA_DEMO: '1' } });
    menu = new MenuIndex(catalogChatMenu(app.ctx).read());
  });
  afterAll(() => app?.close());

  it('replaces the cart lines of the products it names; "mais" and "outra" still add', () => {
    const read = (text: string) => {
      const parsed = parseChatMessage(menu, text);
      return { items: parsed.items.map((i) => `${i.quantity} ${i.productId}`), removed: parsed.removedProductIds };
    };
    expect(read('na verdade são 2 cocas')).toEqual({ items: ['2 prod-coke'], removed: ['prod-coke'] });
    expect(read('corrigindo: 3 cocas e 1 guaraná')).toEqual({ items: ['3 prod-coke', '1 prod-guarana'], removed: ['prod-coke', 'prod-guarana'] });
    expect(read('muda pra 2 guaranás')).toEqual({ items: ['2 prod-guarana'], removed: ['prod-guarana'] });
    expect(read('na verdade quero mais 1 coca')).toEqual({ items: ['1 prod-coke'], removed: [] });
    expect(read('são mais 2 cocas')).toEqual({ items: ['2 prod-coke'], removed: [] });
    expect(read('quero 2 cocas')).toEqual({ items: ['2 prod-coke'], removed: [] });
  });

  it('reads a correction naming no product as the new quantity of the line added last', () => {
    const corrected = (text: string) => parseChatMessage(menu, text).correctedQuantity;
    expect(corrected('na verdade são 2')).toBe(2);
    expect(corrected('corrigindo: três')).toBe(3);
    expect(corrected('muda pra 2 por favor')).toBe(2);
    expect(corrected('na verdade são 2 cocas')).toBeNull();
    expect(corrected('na verdade são 2 esfihas')).toBeNull();
    expect(corrected('quero 2')).toBeNull();
  });
});

describe('a chat customer correcting a quantity', () => {
  let app: TestAppliance;
  let staff: Api;

  beforeAll(async () => {
    app = await startTestAppliance(chatStoreModules(), { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });
    staff = apiAs(app, ['orders.read'], 'MANAGER');
  });
  afterAll(() => app?.close());

  const { send } = chatCustomers(() => app, { profileName: 'Ana' });
  const text = (contactId: string, value: string) => send(contactId, { kind: 'TEXT', text: value });
  const tap = (contactId: string, replyId: string) => send(contactId, { kind: 'REPLY', replyId, title: replyId });

  it('is charged for the 2 cocas written after "na verdade", not for 3', async () => {
    await text('c-fix', 'quero 1 coca e 1 guaraná');
    await tap('c-fix', 'consent:yes');
    // The corrected line keeps its place: the cocas were asked for first.
    expect(bodies(await text('c-fix', 'na verdade são 2 cocas'))).toEqual(['Seu pedido até agora:\n2x Coca-Cola lata 350 ml\n1x Guaraná lata 350 ml\nÉ para entrega ou retirada na loja?']);
    await tap('c-fix', 'fulfilment:PICKUP');
    const [summary] = bodies(await tap('c-fix', 'pay:CARD'));
    expect(summary).toContain('2x Coca-Cola lata 350 ml — R$ 13,80');
    expect(summary).toContain('Total: R$ 20,70');
    await tap('c-fix', 'confirm:yes');
    const orderId = app.ctx.db.prepare('SELECT order_id FROM chat_orders ORDER BY created_at DESC, rowid DESC').pluck().get() as string;
    const order = (await staff.get(`/orders/${orderId}`)).body.data;
    expect(order.totalCents).toBe(2070);
    expect(order.items.map((i: { quantity: number; productId: string }) => `${i.quantity} ${i.productId}`).sort()).toEqual(['1 prod-guarana', '2 prod-coke']);
  });

  it('"na verdade são 2" with no product named corrects the one product just ordered', async () => {
    await text('c-bare', 'quero 1 coca');
    await tap('c-bare', 'consent:yes');
    expect(bodies(await text('c-bare', 'na verdade são 2'))).toEqual(['Seu pedido até agora:\n2x Coca-Cola lata 350 ml\nÉ para entrega ou retirada na loja?']);
  });

  it('with no product named, corrects the line added last and keeps it in its place', async () => {
    await text('c-last', 'quero 1 coca');
    await tap('c-last', 'consent:yes');
    await text('c-last', 'e 1 guaraná');
    expect(bodies(await text('c-last', 'corrigindo: 3'))).toEqual(['Seu pedido até agora:\n1x Coca-Cola lata 350 ml\n3x Guaraná lata 350 ml\nÉ para entrega ou retirada na loja?']);
  });

  it('asks which line when the last message added several, and corrects the one picked', async () => {
    await text('c-which', 'quero 1 coca e 1 guaraná');
    await tap('c-which', 'consent:yes');
    const [question] = await text('c-which', 'na verdade são 2');
    expect(question).toMatchObject({ kind: 'LIST', body: 'Qual item passa a ser 2?' });
    const rows = question.kind === 'LIST' ? question.sections[0].rows : [];
    expect(rows.map((r) => r.title)).toEqual(['1x Coca-Cola lata 350 ml', '1x Guaraná lata 350 ml']);
    expect(bodies(await tap('c-which', rows[1].id))).toEqual(['Seu pedido até agora:\n1x Coca-Cola lata 350 ml\n2x Guaraná lata 350 ml\nÉ para entrega ou retirada na loja?']);
  });

  it('takes the product named as the answer to which line', async () => {
    await text('c-named', 'quero 1 coca e 1 guaraná');
    await tap('c-named', 'consent:yes');
    await text('c-named', 'na verdade são 3');
    expect(bodies(await text('c-named', 'o guaraná'))).toEqual(['Seu pedido até agora:\n1x Coca-Cola lata 350 ml\n3x Guaraná lata 350 ml\nÉ para entrega ou retirada na loja?']);
  });

  it('adds one more when the customer asks for "mais uma"', async () => {
    await text('c-more', 'quero 1 coca');
    await tap('c-more', 'consent:yes');
    expect(bodies(await text('c-more', 'na verdade quero mais uma coca'))).toEqual(['Seu pedido até agora:\n1x Coca-Cola lata 350 ml\n1x Coca-Cola lata 350 ml\nÉ para entrega ou retirada na loja?']);
  });
});
