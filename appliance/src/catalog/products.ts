import { AppError, badRequest, businessRule, conflict, notFound } from '../kernel/errors.js';
import { newId } from '../kernel/ids.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { productEventPayload, type Product } from './model.js';
import { getProduct } from './queries.js';
import { unitOfType, type ProductInput, type ProductType } from './schemas.js';
import { barcodeKey } from './barcode.js';
import { MAX_UNIT_PRICE_CENTS } from '../kernel/money.js';

/** Parts are sold as they are: a combo, a weighed or a timed product would need choices or a reading a combo line cannot carry. */
const NOT_COMBO_PARTS: readonly ProductType[] = ['COMBO', 'WEIGHT', 'TIME'];

/** The products a combo is made of: its fixed items and the products its choice options name. */
function comboParts(input: ProductInput): string[] {
  return [
    ...(input.combo?.items.map((i) => i.productId) ?? []),
    ...input.optionGroups.flatMap((g) => g.options.flatMap((o) => (o.productId ? [o.productId] : []))),
  ];
}

function assertComboParts(tx: CommandTx, id: string, input: ProductInput): void {
  for (const productId of comboParts(input)) {
    const part = productId === id ? undefined : (tx.prepare('SELECT name, type FROM products WHERE id = ?').get(productId) as { name: string; type: ProductType } | undefined);
    if (!part) throw businessRule('PRODUCT_COMBO_ITEM_NOT_FOUND', { productId });
    if (NOT_COMBO_PARTS.includes(part.type)) throw businessRule('PRODUCT_COMBO_ITEM_NOT_ALLOWED', { productId, type: part.type }, { product: part.name });
  }
}

/** A product another combo is made of stays one a combo can hold (a combo's parts never change type under it). */
function assertStillComboPart(tx: CommandTx, id: string, input: ProductInput): void {
  if (!NOT_COMBO_PARTS.includes(input.type)) return;
  const combo = tx
    .prepare(
      `SELECT id, name FROM products WHERE id != @id AND (
         EXISTS (SELECT 1 FROM json_each(combo, '$.items') AS item WHERE json_extract(item.value, '$.productId') = @id)
         OR EXISTS (SELECT 1 FROM json_each(option_groups) AS grp, json_each(grp.value, '$.options') AS opt WHERE json_extract(opt.value, '$.productId') = @id))
       ORDER BY name, id LIMIT 1`,
    )
    .get({ id }) as { id: string; name: string } | undefined;
  if (combo) throw businessRule('PRODUCT_IS_COMBO_PART', { comboId: combo.id, type: input.type }, { combo: combo.name });
}

function assertBarcodeFree(tx: CommandTx, id: string, barcode: string): void {
  const owner = tx.prepare('SELECT id FROM products WHERE barcode_key = ?').pluck().get(barcodeKey(barcode)) as string | undefined;
  if (owner && owner !== id) throw new AppError('PRODUCT_BARCODE_TAKEN', 409, 'PRODUCT_BARCODE_TAKEN', { productId: owner }, { barcode });
}

/**
 * The name is what the product's fiscal notes print (xProd), and they write Latin-1 only: a name
 * without one Latin-1 letter or digit (emoji alone, another script) would leave the note without
 * a product name, which SEFAZ and the SAT refuse. Accents count: "ő" prints as "o".
 */
export function assertNamePrintable(name: string): void {
  const printable = [...name.normalize('NFD')].some((char) => char <= '\u00ff' && /[\p{L}\p{N}]/u.test(char));
  if (!printable) throw businessRule('PRODUCT_NAME_NOT_PRINTABLE', { name });
}

function assertReferences(tx: CommandTx, id: string, input: ProductInput): void {
  assertNamePrintable(input.name);
  if (!tx.db.prepare('SELECT 1 FROM categories WHERE id = ?').get(input.categoryId)) {
    throw businessRule('PRODUCT_CATEGORY_NOT_FOUND', { categoryId: input.categoryId });
  }
  const skuOwner = tx.db.prepare('SELECT id FROM products WHERE sku = ?').pluck().get(input.sku) as string | undefined;
  if (skuOwner && skuOwner !== id) throw new AppError('PRODUCT_SKU_TAKEN', 409, 'PRODUCT_SKU_TAKEN', { productId: skuOwner }, { sku: input.sku });
  if (input.barcode) assertBarcodeFree(tx, id, input.barcode);
  assertComboParts(tx, id, input);
  assertStillComboPart(tx, id, input);
}

/**
 * `decidedAt`: when the price or availability it writes was decided, recorded only for the field
 * that changes; now, unless an HQ change carries the moment HQ made it (downstream.ts).
 */
function write(tx: CommandTx, id: string, input: ProductInput, decidedAt: string = tx.nowIso): Product {
  tx.db
    .prepare(
      `INSERT INTO products (id, category_id, sku, name, description, type, unit, price_cents, active, barcode, barcode_key, channels, station,
         prep_seconds, option_groups, composite, combo, time_block_minutes, ncm, cfop, cest, tax_group, stock_policy, send_to_kitchen, aliases, updated_at,
         price_decided_at, active_decided_at)
       VALUES (@id, @categoryId, @sku, @name, @description, @type, @unit, @priceCents, @active, @barcode, @barcodeKey, @channels, @station,
         @prepSeconds, @optionGroups, @composite, @combo, @timeBlockMinutes, @ncm, @cfop, @cest, @taxGroup, @stockPolicy, @sendToKitchen, @aliases, @updatedAt,
         @decidedAt, @decidedAt)
       ON CONFLICT (id) DO UPDATE SET category_id = excluded.category_id, sku = excluded.sku, name = excluded.name,
         description = excluded.description, type = excluded.type, unit = excluded.unit, price_cents = excluded.price_cents,
         active = excluded.active, barcode = excluded.barcode, channels = excluded.channels, station = excluded.station,
         -- An unchanged barcode keeps its key: one left without a key (another product already held its
         -- GTIN when keys came, catalog/005) must not stop a price or availability change.
         barcode_key = CASE WHEN excluded.barcode IS products.barcode THEN products.barcode_key ELSE excluded.barcode_key END,
         prep_seconds = excluded.prep_seconds, option_groups = excluded.option_groups, composite = excluded.composite,
         combo = excluded.combo, time_block_minutes = excluded.time_block_minutes, ncm = excluded.ncm, cfop = excluded.cfop,
         cest = excluded.cest, tax_group = excluded.tax_group, stock_policy = excluded.stock_policy, send_to_kitchen = excluded.send_to_kitchen,
         aliases = excluded.aliases, version = products.version + 1, updated_at = excluded.updated_at,
         price_decided_at = CASE WHEN excluded.price_cents IS products.price_cents THEN products.price_decided_at ELSE excluded.price_decided_at END,
         active_decided_at = CASE WHEN excluded.active IS products.active THEN products.active_decided_at ELSE excluded.active_decided_at END`,
    )
    .run({
      id,
      categoryId: input.categoryId,
      sku: input.sku,
      name: input.name,
      description: input.description ?? null,
      type: input.type,
      unit: unitOfType(input.type),
      priceCents: input.priceCents,
      active: input.active ? 1 : 0,
      barcode: input.barcode ?? null,
      barcodeKey: input.barcode ? barcodeKey(input.barcode) : null,
      channels: JSON.stringify(input.channels),
      station: input.station ?? null,
      prepSeconds: input.prepSeconds ?? null,
      optionGroups: JSON.stringify(input.optionGroups),
      composite: input.composite ? JSON.stringify(input.composite) : null,
      combo: input.combo ? JSON.stringify(input.combo) : null,
      timeBlockMinutes: input.timeBlockMinutes ?? null,
      ncm: input.fiscal.ncm ?? null,
      cfop: input.fiscal.cfop ?? null,
      cest: input.fiscal.cest ?? null,
      taxGroup: input.fiscal.taxGroup ?? null,
      stockPolicy: input.stockPolicy,
      sendToKitchen: input.sendToKitchen ? 1 : 0,
      aliases: JSON.stringify(input.aliases),
      updatedAt: tx.nowIso,
      decidedAt,
    });
  const product = getProduct(tx.db, id)!;
  tx.emit({ type: 'catalog.product_upserted', aggregateType: 'product', aggregateId: id, payload: productEventPayload(product) });
  return product;
}

export function createProduct(tx: CommandTx, input: ProductInput): Product {
  const id = input.id ?? newId();
  if (getProduct(tx.db, id)) throw conflict('PRODUCT_ID_TAKEN', { id });
  assertReferences(tx, id, input);
  return write(tx, id, input);
}

/**
 * A replacement carries the whole product, so one made from a copy read before someone else's
 * change (sold out at the counter, a new price from HQ) would silently undo it: with the version
 * it was read at, a product written since is refused. Without one, the replacement wins.
 */
function assertUnchangedSince(current: Product, version: number | undefined): void {
  if (version !== undefined && version !== current.version) {
    throw new AppError('PRODUCT_CHANGED', 409, 'PRODUCT_CHANGED', { id: current.id, version: current.version, sentVersion: version }, { name: current.name });
  }
}

export function updateProduct(tx: CommandTx, id: string, input: ProductInput): Product {
  const current = getProduct(tx.db, id);
  if (!current) throw notFound('PRODUCT_NOT_FOUND', { id });
  assertUnchangedSince(current, input.version);
  assertReferences(tx, id, input);
  return write(tx, id, input);
}

/** A stored product back as the input that writes it, for edits that change a few of its fields. */
export function toInput(p: Product): ProductInput {
  const { unit: _unit, updatedAt: _updatedAt, photoUrl: _photoUrl, version: _version, ...rest } = p;
  return rest;
}

/**
 * Products are never deleted (past orders and fiscal documents name them); they are deactivated.
 * `decidedAt`: when the change was decided, if not now (an HQ change arriving late).
 */
export function setProductActive(tx: CommandTx, id: string, active: boolean, decidedAt?: string): Product {
  const current = getProduct(tx.db, id);
  if (!current) throw notFound('PRODUCT_NOT_FOUND', { id });
  return write(tx, id, { ...toInput(current), active }, decidedAt);
}

/** `decidedAt`: when the change was decided, if not now (an HQ change arriving late). */
export function setProductPrice(tx: CommandTx, id: string, priceCents: number, decidedAt?: string): Product {
  const current = getProduct(tx.db, id);
  if (!current) throw notFound('PRODUCT_NOT_FOUND', { id });
  if (!Number.isSafeInteger(priceCents) || priceCents < 0 || priceCents > MAX_UNIT_PRICE_CENTS) throw badRequest('VALIDATION_FAILED', [{ path: 'priceCents', message: `centavos inteiros de 0 a ${MAX_UNIT_PRICE_CENTS}` }]);
  return write(tx, id, { ...toInput(current), priceCents }, decidedAt);
}

/** New prices for a COMPOSITE product's flavours (by option id), journaled with the product. */
export function setFlavourPrices(tx: CommandTx, id: string, prices: ReadonlyMap<string, number>): Product {
  const current = getProduct(tx.db, id);
  if (!current) throw notFound('PRODUCT_NOT_FOUND', { id });
  const optionGroups = current.optionGroups.map((g) => (g.kind !== 'FLAVOR' ? g : { ...g, options: g.options.map((o) => ({ ...o, priceCents: prices.get(o.id) ?? o.priceCents })) }));
  return write(tx, id, { ...toInput(current), optionGroups });
}

/** Replaces what customers call the product in chat orders, journaled with the product. */
export function setProductAliases(tx: CommandTx, id: string, aliases: string[]): Product {
  const current = getProduct(tx.db, id);
  if (!current) throw notFound('PRODUCT_NOT_FOUND', { id });
  return write(tx, id, { ...toInput(current), aliases });
}

/** Sets (or with null removes) the product's stored photo, journaled for the apps that show it. */
export function setProductPhoto(tx: CommandTx, id: string, file: string | null): Product {
  if (!getProduct(tx.db, id)) throw notFound('PRODUCT_NOT_FOUND', { id });
  tx.db.prepare('UPDATE products SET photo_file = ?, updated_at = ? WHERE id = ?').run(file, tx.nowIso, id);
  const product = getProduct(tx.db, id)!;
  tx.emit({ type: 'catalog.product_photo_changed', aggregateType: 'product', aggregateId: id, payload: { productId: id, photoUrl: product.photoUrl } });
  return product;
}
