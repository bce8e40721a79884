import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogModule } from '../catalog/index.js';
import { createChatModule, MenuIndex } from '../chat/index.js';
import { loadLabelledSet, scoreLabelledSet, SLOTS } from '../chat/testing/labelled-set.js';
import { callApi, startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { catalogChatMenu } from './chat-menu.js';

describe('chat order parser over the live demo menu', () => {
  let app: TestAppliance;
  let manager: string;

  beforeAll(async () => {
    app = await startTestAppliance([catalogModule, createChatModule({ menu: catalogChatMenu })], { env: { CHEFIA_DEMO: '1' } });
    manager = app.bearer(['chat.parse', 'catalog.read', 'catalog.write']);
  });
  afterAll(() => app?.close());

  it('reads the labelled set of customer messages with at least 90% exact orders', () => {
    const set = loadLabelledSet();
    expect(set.length).toBeGreaterThanOrEqual(300);
    const score = scoreLabelledSet(new MenuIndex(catalogChatMenu(app.ctx).read()), set);
    const slotLines = SLOTS.map((s) => `${s.padEnd(10)} precision ${score.slots[s].precision.toFixed(3)} recall ${score.slots[s].recall.toFixed(3)}`);
    process.stdout.write(`chat parser: ${score.exactOrders}/${score.messages} exact orders (${score.exactOrderAccuracy})\n${slotLines.join('\n')}\n`);
    for (const miss of score.misses) process.stdout.write(`  miss: ${miss.text}\n    expected ${miss.expected}\n    got      ${miss.got}\n`);
    expect(score.exactOrderAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('answers POST /chat/parse for managers only, and refuses an empty message', async () => {
    const parsed = await callApi(app, manager, 'POST', '/chat/parse', { text: 'quero 2 x-bacon ao ponto sem cebola e uma coca' });
    expect(parsed.status).toBe(200);
    expect(parsed.body.data).toEqual({
      intent: 'ORDER',
      items: [
        { productId: 'prod-bacon-burger', quantity: 2, optionIds: ['medium'], notes: 'sem cebola' },
        { productId: 'prod-coke', quantity: 1, optionIds: [], notes: null },
      ],
      removedProductIds: [],
      correctedQuantity: null,
      unresolved: [],
    });
    expect((await callApi(app, app.bearer(['orders.create', 'catalog.read'], { role: 'CASHIER' }), 'POST', '/chat/parse', { text: 'uma coca' })).status).toBe(403);
    const empty = await callApi(app, manager, 'POST', '/chat/parse', { text: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('reads an alias as soon as the back office saves it on the product', async () => {
    // The menu hears of the change inside the saving transaction: with group-fsync the batches
    // after it (a chat message parsed in its command) run before the save is acknowledged.
    let changedWithinTransaction = 0;
    catalogChatMenu(app.ctx).onChange(() => {
      if (app.ctx.db.inTransaction) changedWithinTransaction += 1;
    });
    const parse = async (text: string) => (await callApi(app, manager, 'POST', '/chat/parse', { text })).body.data;
    expect((await parse('um bolinho de chocolate')).items).toEqual([]);
    const saved = await callApi(app, manager, 'PUT', '/products/prod-brownie/aliases', { aliases: ['bolo de chocolate'] });
    expect(saved.status).toBe(200);
    expect(saved.body.data).toEqual({ id: 'prod-brownie', aliases: ['bolo de chocolate'] });
    expect((await callApi(app, manager, 'GET', '/products/prod-brownie')).body.data.aliases).toEqual(['bolo de chocolate']);
    const event = app.ctx.db.prepare("SELECT payload FROM journal WHERE type = 'catalog.product_upserted' AND aggregate_id = 'prod-brownie' ORDER BY seq DESC").pluck().get() as string;
    expect(JSON.parse(event).product.aliases).toEqual(['bolo de chocolate']);
    expect(changedWithinTransaction).toBe(1);
    expect((await parse('2 bolinhos de chocolate')).items).toEqual([{ productId: 'prod-brownie', quantity: 2, optionIds: [], notes: null }]);
  });
});
