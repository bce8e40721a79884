import { z } from 'zod';
import { isValidGtin } from './barcode.js';
import { MAX_UNIT_PRICE_CENTS } from '../kernel/money.js';
import { safeText } from '../kernel/safe-text.js';
import { lazySchema } from '../../contract/lazy-schema.js';
import { SALE_CHANNELS, type SaleChannel } from '../../contract/sale-channels.js';

/** The contract's list: pricing rules name the same channels (contract/events/pricing.ts). */
export { SALE_CHANNELS, type SaleChannel };
export const PRODUCT_TYPES = ['SIMPLE', 'COMBO', 'COMPOSITE', 'WEIGHT', 'TIME'] as const;
export type ProductType = (typeof PRODUCT_TYPES)[number];

export const catalogId = lazySchema(() => z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'letters, digits, _ and -'));
export const stationCode = lazySchema(() => z.string().regex(/^[A-Z][A-Z0-9_]{0,31}$/, 'upper-case station code, e.g. GRILL'));
const prepSeconds = lazySchema(() => z.number().int().min(0).max(4 * 3600));

export const categoryInput = lazySchema(() => z.object({
  id: catalogId.optional(),
  parentId: catalogId.nullish(),
  name: safeText(80),
  sortOrder: z.number().int().min(0).max(100_000).default(0),
  active: z.boolean().default(true),
  /** Default kitchen station and prep time for the category's products (and sub-categories). */
  station: stationCode.nullish(),
  prepSeconds: prepSeconds.nullish(),
}));
export type CategoryInput = z.infer<typeof categoryInput>;

const option = lazySchema(() => z.object({
  id: catalogId,
  name: safeText(80),
  /** MODIFIER/CHOICE: added to the unit price; FLAVOR: the flavour's full price. */
  priceCents: z.number().int().min(0).max(MAX_UNIT_PRICE_CENTS).default(0),
  /** CHOICE options of a combo name the product that goes to the kitchen. */
  productId: catalogId.optional(),
}));

export const optionGroup = lazySchema(() => z
  .object({
    id: catalogId,
    name: safeText(80),
    kind: z.enum(['MODIFIER', 'FLAVOR', 'CHOICE']).default('MODIFIER'),
    minChoices: z.number().int().min(0).max(20),
    maxChoices: z.number().int().min(1).max(20),
    options: z.array(option).min(1).max(100),
  })
  .refine((g) => g.minChoices <= g.maxChoices, { message: 'minChoices não pode passar de maxChoices', path: ['minChoices'] }));
export type OptionGroup = z.infer<typeof optionGroup>;

/** Other names customers use for a product in chat orders ("coca", "refri", "x bacon"). */
export const productAliases = lazySchema(() => z.array(safeText(60)).max(20));

const barcode = lazySchema(() => z.string().refine(isValidGtin, 'EAN-8/UPC-A/EAN-13/GTIN-14 com dígito verificador válido'));

export const productInput = lazySchema(() => z
  .object({
    id: catalogId.optional(),
    categoryId: catalogId,
    sku: safeText(40),
    name: safeText(120),
    description: safeText(500, 0).nullish(),
    type: z.enum(PRODUCT_TYPES),
    /** SIMPLE/COMBO/COMPOSITE: per unit (COMPOSITE: shown price); WEIGHT: per kg; TIME: per block. */
    priceCents: z.number().int().min(0).max(MAX_UNIT_PRICE_CENTS),
    active: z.boolean().default(true),
    barcode: barcode.nullish(),
    channels: z.array(z.enum(SALE_CHANNELS)).min(1).default([...SALE_CHANNELS]),
    station: stationCode.nullish(),
    prepSeconds: prepSeconds.nullish(),
    optionGroups: z.array(optionGroup).max(20).default([]),
    composite: z.object({ priceRule: z.enum(['HIGHEST', 'AVERAGE']), maxFractions: z.union([z.literal(2), z.literal(3), z.literal(4)]) }).nullish(),
    combo: z.object({ items: z.array(z.object({ productId: catalogId, quantity: z.number().int().min(1).max(20) })).min(1).max(20) }).nullish(),
    timeBlockMinutes: z.number().int().min(1).max(24 * 60).nullish(),
    fiscal: z
      .object({
        ncm: z.string().regex(/^\d{8}$/).nullish(),
        /** What every NFC-e of its sales declares: the NFC-e takes sales inside the state only (fiscal validateSale). */
        cfop: z.string().regex(/^5\d{3}$/, 'a NFC-e só aceita CFOP de venda dentro do estado (5xxx), como 5102 ou 5405').nullish(),
        cest: z.string().regex(/^\d{7}$/).nullish(),
        taxGroup: z.string().trim().min(1).max(20).nullish(),
      })
      .default({}),
    stockPolicy: z.enum(['NONE', 'TRACK']).default('NONE'),
    sendToKitchen: z.boolean().default(true),
    /** Other names customers use for it in chat orders ("coca", "refri", "x bacon"). */
    aliases: productAliases.default([]),
    /** On a replacement, the version the product was read at: changed since, the replacement is refused. */
    version: z.number().int().min(1).optional(),
  })
  .superRefine((p, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const flavourGroups = p.optionGroups.filter((g) => g.kind === 'FLAVOR');
    const optionIds = p.optionGroups.flatMap((g) => g.options.map((o) => o.id));
    if (new Set(optionIds).size !== optionIds.length) issue('optionGroups', 'os códigos das opções não podem se repetir no produto');
    p.optionGroups.forEach((g) => {
      if (g.maxChoices > g.options.length) issue('optionGroups', `grupo "${g.name}": o máximo de escolhas passa do número de opções`);
      if (g.kind === 'CHOICE' && g.options.some((o) => !o.productId)) issue('optionGroups', `grupo "${g.name}": cada escolha do combo precisa apontar um produto`);
    });
    if (p.type !== 'COMPOSITE' && (flavourGroups.length > 0 || p.composite)) issue('type', 'só produtos meio a meio têm sabores');
    if (p.type !== 'COMBO' && (p.optionGroups.some((g) => g.kind === 'CHOICE') || p.combo)) issue('type', 'só combos têm itens e escolhas de combo');
    if (p.type !== 'TIME' && p.timeBlockMinutes) issue('timeBlockMinutes', 'só produtos por tempo são cobrados por período');
    if (p.type === 'COMPOSITE') {
      if (!p.composite) issue('composite', 'o meio a meio precisa da regra de preço e do número de sabores');
      if (flavourGroups.length !== 1) issue('optionGroups', 'o meio a meio precisa de exatamente um grupo de sabores');
      else if (p.composite && (flavourGroups[0].minChoices < 1 || flavourGroups[0].maxChoices > p.composite.maxFractions)) {
        issue('optionGroups', 'o grupo de sabores deve pedir de 1 até o número máximo de sabores');
      }
    }
    if (p.type === 'COMBO' && !p.combo) issue('combo', 'o combo precisa de ao menos um item fixo');
    if (p.type === 'TIME' && !p.timeBlockMinutes) issue('timeBlockMinutes', 'o produto por tempo precisa da duração do período');
    if (p.type === 'WEIGHT' && p.optionGroups.length > 0) issue('optionGroups', 'produtos por peso não têm opções');
  }));
export type ProductInput = z.infer<typeof productInput>;

export function unitOfType(type: ProductType): 'UNIT' | 'KG' | 'TIME_BLOCK' {
  return type === 'WEIGHT' ? 'KG' : type === 'TIME' ? 'TIME_BLOCK' : 'UNIT';
}
