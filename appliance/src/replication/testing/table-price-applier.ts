import { productChangedMessageSchema } from '../../../contract/index.js';
import type { ApplianceModule } from '../../kernel/module.js';
import type { DownstreamApplier } from '../downstream-applier.js';

interface ProductRow {
  id: string;
  name: string;
  price_cents: number;
  active: number;
}

/**
 * Stand-in for the catalog module in tests: a real SQLite products table and an applier that
 * updates it and journals `catalog.product_upserted`, exactly as the catalog port will.
 */
export const tablePriceApplier: DownstreamApplier = {
  types: ['catalog.product_changed'],
  apply(tx, message) {
    const change = productChangedMessageSchema.parse(message.payload);
    const current = tx.db.prepare('SELECT * FROM test_products WHERE id = ?').get(change.productId) as ProductRow | undefined;
    if (!current) return 'ignored';
    const priceCents = change.priceCents ?? current.price_cents;
    const active = change.active ?? current.active === 1;
    tx.db.prepare('UPDATE test_products SET price_cents = ?, active = ? WHERE id = ?').run(priceCents, active ? 1 : 0, change.productId);
    tx.emit({
      type: 'catalog.product_upserted',
      aggregateType: 'product',
      aggregateId: current.id,
      payload: { product: { id: current.id, categoryId: null, sku: null, name: current.name, type: 'SIMPLE', priceCents, unit: 'UNIT', active, barcode: null } },
    });
    return 'applied';
  },
};

export const testProductsModule: ApplianceModule = {
  name: 'test-products',
  migrations: [
    {
      id: 'test-products/001_init',
      up(db) {
        db.exec('CREATE TABLE test_products (id TEXT PRIMARY KEY, name TEXT NOT NULL, price_cents INTEGER NOT NULL, active INTEGER NOT NULL) STRICT');
      },
    },
  ],
  async start(ctx) {
    const exists = ctx.db.prepare("SELECT 1 FROM test_products WHERE id = 'prod-xburger'").get();
    if (exists) return;
    await ctx.commands.run('test.seed_products', (tx) => {
      tx.db.prepare("INSERT INTO test_products VALUES ('prod-xburger', 'X-Burger', 2890, 1)").run();
      tx.emit({
        type: 'catalog.product_upserted',
        aggregateType: 'product',
        aggregateId: 'prod-xburger',
        payload: { product: { id: 'prod-xburger', categoryId: null, sku: 'XB', name: 'X-Burger', type: 'SIMPLE', priceCents: 2890, unit: 'UNIT', active: true, barcode: null } },
      });
    });
  },
};
