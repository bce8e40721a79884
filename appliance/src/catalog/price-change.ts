import { z } from 'zod';
import { businessRule, conflict } from '../kernel/errors.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { MAX_UNIT_PRICE_CENTS } from '../kernel/money.js';
import type { Product } from './model.js';
import { getProduct } from './queries.js';
import { setFlavourPrices, setProductPrice } from './products.js';
import { lazySchema } from '../../contract/lazy-schema.js';

/**
 * A price change for every active product of a category (and, by default, its subcategories):
 * a percentage in basis points (1000 = +10 %, -500 = -5 %) or a fixed amount in centavos, the
 * result rounded to the centavo (half away from zero). `apply: false` is the preview; an apply
 * sends the preview's `changes` back as `expected`, and is refused when the menu no longer gives them.
 */
export const priceChangeInput = lazySchema(() => z
  .object({
    categoryId: z.string().min(1).max(64),
    includeSubcategories: z.boolean().default(true),
    percentBp: z.number().int().min(-9000).max(100_000).optional(),
    amountCents: z.number().int().min(-MAX_UNIT_PRICE_CENTS).max(MAX_UNIT_PRICE_CENTS).optional(),
    apply: z.boolean().default(false),
    /** The preview's changes the manager agreed to: applied only while they are still what the change gives. */
    expected: z
      .array(z.object({ productId: z.string().max(64), optionId: z.string().max(64).optional(), fromCents: z.number().int(), toCents: z.number().int() }))
      .max(20_000)
      .optional(),
  })
  .refine((b) => (b.percentBp === undefined) !== (b.amountCents === undefined), 'informe percentBp ou amountCents (um dos dois)'));
export type PriceChangeInput = z.output<typeof priceChangeInput>;

export interface PriceChange {
  productId: string;
  /** A flavour of a COMPOSITE product (half-and-half pizza): its price is what the pizza costs. */
  optionId?: string;
  name: string;
  fromCents: number;
  toCents: number;
}

export interface PriceChangeResult {
  applied: boolean;
  changes: PriceChange[];
}

function categoryIds(tx: CommandTx, root: string, withChildren: boolean): string[] {
  if (!withChildren) return [root];
  return tx.db
    .prepare('WITH RECURSIVE tree(id) AS (SELECT ? UNION SELECT c.id FROM categories c JOIN tree ON c.parent_id = tree.id) SELECT id FROM tree')
    .pluck()
    .all(root) as string[];
}

/** Integer arithmetic only: cents × bp / 10000, rounded half away from zero. */
const percentOf = (cents: number, bp: number) => Math.sign(cents * bp) * Math.floor((Math.abs(cents * bp) + 5000) / 10_000);

export function changeCategoryPrices(tx: CommandTx, input: PriceChangeInput): PriceChangeResult {
  if (!tx.db.prepare('SELECT 1 FROM categories WHERE id = ?').get(input.categoryId)) throw businessRule('PRODUCT_CATEGORY_NOT_FOUND', { categoryId: input.categoryId });
  const ids = categoryIds(tx, input.categoryId, input.includeSubcategories);
  const products = tx.db
    .prepare(`SELECT id FROM products WHERE active = 1 AND category_id IN (${ids.map(() => '?').join(',')}) ORDER BY name, id`)
    .pluck()
    .all(...ids)
    .map((id) => getProduct(tx.db, id as string)!);
  const changed = (cents: number) => cents + (input.percentBp !== undefined ? percentOf(cents, input.percentBp) : input.amountCents!);
  const changes = products.flatMap((p): PriceChange[] => [
    { productId: p.id, name: p.name, fromCents: p.priceCents, toCents: changed(p.priceCents) },
    // A half-and-half pizza is charged from its flavours' prices, not its own "from" price.
    ...(p.type === 'COMPOSITE' ? flavoursOf(p).map((o) => ({ productId: p.id, optionId: o.id, name: `${p.name} · ${o.name}`, fromCents: o.priceCents, toCents: changed(o.priceCents) })) : []),
  ]);
  const invalid = changes.find((c) => c.toCents < 0 || c.toCents > MAX_UNIT_PRICE_CENTS);
  if (invalid) throw businessRule('PRICE_CHANGE_OUT_OF_RANGE', { productId: invalid.productId, toCents: invalid.toCents }, { name: invalid.name });
  if (input.apply && input.expected) assertAsPreviewed(changes, input.expected);
  if (input.apply) for (const product of products) applyTo(tx, product, changes.filter((c) => c.productId === product.id));
  return { applied: input.apply, changes };
}

const changeKey = (c: Pick<PriceChange, 'productId' | 'optionId' | 'fromCents' | 'toCents'>) => JSON.stringify([c.productId, c.optionId ?? null, c.fromCents, c.toCents]);

/**
 * Between the preview and the apply another manager may have applied the same change, the counter
 * repriced a product, or a retried click already went through: applying again would charge prices
 * nobody saw. The apply goes through only when it gives exactly the previewed changes.
 */
function assertAsPreviewed(changes: readonly PriceChange[], expected: NonNullable<PriceChangeInput['expected']>): void {
  const previewed = new Set(expected.map(changeKey));
  if (previewed.size !== expected.length || changes.length !== expected.length || changes.some((c) => !previewed.has(changeKey(c)))) {
    throw conflict('PRICE_CHANGE_PREVIEW_STALE');
  }
}

const flavoursOf = (product: Product) => product.optionGroups.filter((g) => g.kind === 'FLAVOR').flatMap((g) => g.options);

function applyTo(tx: CommandTx, product: Product, changes: PriceChange[]): void {
  const own = changes.find((c) => !c.optionId)!;
  const flavourPrices = new Map(changes.filter((c) => c.optionId).map((c) => [c.optionId!, c.toCents]));
  if (own.toCents !== own.fromCents) setProductPrice(tx, product.id, own.toCents);
  if (changes.some((c) => c.optionId && c.toCents !== c.fromCents)) setFlavourPrices(tx, product.id, flavourPrices);
}
