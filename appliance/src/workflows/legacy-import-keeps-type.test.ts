import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, startDemoStore, type Api } from './test-support.js';

describe('re-importing the previous POS export keeps a half-and-half pizza and a combo what they are', () => {
  let app: TestAppliance;
  let manager: Api;
  let cashier: Api;
  beforeAll(async () => {
    app = await startDemoStore();
    manager = apiAs(app, ['catalog.read', 'catalog.write'], 'MANAGER');
    cashier = apiAs(app, ['orders.create', 'orders.read'], 'CASHIER');
  });
  afterAll(() => app.close());

  const importFile = async (content: string) => {
    const started = await manager.post('/catalog/imports', { fileName: 'produtos.csv', content });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    for (;;) {
      const job = (await manager.get(`/catalog/imports/${started.body.data.id}`)).body.data;
      if (job.status !== 'RUNNING') return job;
    }
  };

  it('a row with unit UN, same name, category and price for the COMPOSITE pizza and the COMBO leaves them as they are', async () => {
    const csv = [
      'codigo;descricao;categoria;preco;unidade;codigo_barras;ncm',
      'PIZ-001;Pizza grande meio a meio;Pizzas;45,90;UN;;21069090',
      'CMB-001;Combo X-Burger + porção + bebida;Combos;39,90;UN;;21069090',
    ].join('\n');
    const job = await importFile(csv);
    expect(job.status).toBe('DONE');

    const pizza = (await manager.get('/products/prod-pizza-half')).body.data;
    const combo = (await manager.get('/products/prod-combo-classic')).body.data;
    expect([pizza.type, pizza.unit, combo.type]).toEqual(['COMPOSITE', 'UNIT', 'COMBO']);

    // What the cashier sees: a Quatro queijos pizza is charged by its flavour (R$ 54,90), and the combo still sends its parts to the kitchen.
    const order = await cashier.post('/orders', {
      channel: 'COUNTER',
      items: [
        { productId: 'prod-pizza-half', quantity: 1, options: ['four-cheese'] },
        { productId: 'prod-combo-classic', quantity: 1, options: ['medium', 'side-fries', 'drink-coke'] },
      ],
    });
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    expect(order.body.data.items[0].totalCents).toBe(5490);
    expect(order.body.data.items[1].components.map((c: { productId: string }) => c.productId)).toEqual(['prod-classic-burger', 'prod-fries', 'prod-coke']);
    expect(job.counts).toMatchObject({ UPDATED: 0, UNCHANGED: 2 });
  });
});
