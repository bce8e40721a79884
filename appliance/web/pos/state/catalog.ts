import { computed, signal } from '@preact/signals';
import { topCategories } from '../../shared/category-tree';
import type { OptionGroup } from '../../shared/product-options';
import { whenIdle } from '../../shared/idle';
import { api } from './session';

export type { OptionGroup, ProductOption } from '../../shared/product-options';

export interface Product {
  id: string;
  categoryId: string | null;
  sku: string | null;
  name: string;
  type: 'SIMPLE' | 'COMBO' | 'COMPOSITE' | 'WEIGHT' | 'TIME';
  priceCents: number;
  barcode: string | null;
  active: boolean;
  optionGroups: OptionGroup[];
  composite?: { priceRule: 'HIGHEST' | 'AVERAGE'; maxFractions: number } | null;
}

export interface Category {
  id: string;
  name: string;
  active: boolean;
  children: Category[];
}

/** The categories the counter sells from: a switched-off one leaves with everything below it. */
function sellingCategories(tree: readonly Category[]): Category[] {
  return tree.filter((c) => c.active).map((c) => ({ ...c, children: sellingCategories(c.children) }));
}

const CACHE_KEY = 'chefia.pos.catalog';
const PAGE_SIZE = 100;
/** The catalog's cache write waits for an idle moment, at most this long. */
const CACHE_WRITE_WAIT_MS = 5000;

/** The catalog as last stored, serialized: a reload that finds the same text changes nothing. */
let stored = localStorage.getItem(CACHE_KEY) ?? '';

function cached(): { products: Product[]; categories: Category[] } {
  try {
    return JSON.parse(stored) as { products: Product[]; categories: Category[] };
  } catch {
    return { products: [], categories: [] };
  }
}

const initial = cached();
export const products = signal<Product[]>(initial.products);
export const categories = signal<Category[]>(initial.categories);
export const byBarcode = computed(() => new Map(products.value.filter((p) => p.barcode).map((p) => [p.barcode!, p])));
export const byId = computed(() => new Map(products.value.map((p) => [p.id, p])));

/** The top category of each category id, so a tab shows its sub-categories' products too. */
export const topCategoryOf = computed(() => topCategories(categories.value));

let loading: Promise<void> | null = null;

/**
 * The counter's live catalog; kept in localStorage so a terminal can keep selling through an outage.
 * Login and the MQTT (re)connect both ask for it: one load serves both. An unchanged catalog leaves
 * the signals alone (no grid re-render, no re-indexing of 2,000 products under the cashier's scans),
 * and the cache write waits for an idle moment instead of blocking the next scan.
 */
export function loadCatalog(): Promise<void> {
  loading ??= fetchCatalog().finally(() => {
    loading = null;
  });
  return loading;
}

async function fetchCatalog(): Promise<void> {
  const all: Product[] = [];
  for (let page = 1; ; page++) {
    const batch = await api.get('/api/v1/products', { params: { query: { active: 'true', channel: 'COUNTER', size: PAGE_SIZE, page, sort: 'name:asc' } } });
    all.push(...batch);
    if (batch.length < PAGE_SIZE) break;
  }
  const tree = await api.get('/api/v1/categories');
  const text = JSON.stringify({ products: all, categories: tree });
  if (text === stored) return;
  stored = text;
  categories.value = sellingCategories(tree);
  products.value = all;
  whenIdle(() => localStorage.setItem(CACHE_KEY, text), CACHE_WRITE_WAIT_MS);
}

/** A price or availability change pushed over MQTT (`catalog.product_upserted`). */
export async function refreshProduct(id: string): Promise<void> {
  const product = await api.get('/api/v1/products/{id}', { params: { path: { id } } });
  // The stored text no longer matches what is on screen: the next full load must apply.
  stored = '';
  const rest = products.value.filter((p) => p.id !== id);
  // Its category (or one above it) switched off keeps it off the counter however it is flagged itself.
  const sellable = product.active && (product.categoryId === null || topCategoryOf.value.has(product.categoryId));
  products.value = sellable ? [...rest, product].sort((a, b) => a.name.localeCompare(b.name, 'pt-BR')) : rest;
}

/** Case- and accent-insensitive match on name, SKU or barcode. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Each product's folded name, SKU and barcode, computed once per catalog rather than per keystroke. */
const searchKeys = computed(() => products.value.map((p) => ({ product: p, key: fold(`${p.name}\n${p.sku ?? ''}\n${p.barcode ?? ''}`) })));

export function searchProducts(query: string, categoryId: string | null): Product[] {
  const q = fold(query.trim());
  const top = topCategoryOf.value;
  const found: Product[] = [];
  for (const { product, key } of searchKeys.value) {
    if (categoryId && !(product.categoryId && top.get(product.categoryId) === categoryId)) continue;
    if (!q || key.includes(q)) found.push(product);
  }
  return found;
}
