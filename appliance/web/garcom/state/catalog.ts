import { computed, signal } from '@preact/signals';
import type { OptionGroup } from '../../shared/product-options';
import { api } from './session';

export interface Product {
  id: string;
  categoryId: string | null;
  name: string;
  type: string;
  priceCents: number;
  optionGroups: OptionGroup[];
}

interface Category {
  id: string;
  name: string;
  children: Category[];
}

const CACHE_KEY = 'chefia.garcom.catalog';
const PAGE_SIZE = 100;
/** A waiter cannot weigh or time at the table: those lines are rung up at the till. */
const TABLE_TYPES = new Set(['SIMPLE', 'COMBO', 'COMPOSITE']);

function cached(): { products: Product[]; categories: Category[] } {
  try {
    return JSON.parse(localStorage.getItem(CACHE_KEY) || 'null') ?? { products: [], categories: [] };
  } catch {
    return { products: [], categories: [] };
  }
}

const initial = cached();
export const products = signal<Product[]>(initial.products);
const categoryTree = signal<Category[]>(initial.categories);

/** Top categories that hold something a waiter can sell, with each product's top category. */
export const menu = computed(() => {
  const topOf = new Map<string, string>();
  const walk = (category: Category, root: string) => {
    topOf.set(category.id, root);
    for (const child of category.children) walk(child, root);
  };
  for (const category of categoryTree.value) walk(category, category.id);
  const used = new Set(products.value.map((p) => (p.categoryId ? topOf.get(p.categoryId) : undefined)));
  return { topOf, categories: categoryTree.value.filter((c) => used.has(c.id)) };
});

/** The table menu (channel TABLE), kept in localStorage so rounds can be taken through a Wi-Fi drop. */
export async function loadCatalog(): Promise<void> {
  const all: Product[] = [];
  for (let page = 1; ; page++) {
    const batch = (await api.get('/api/v1/products', { params: { query: { active: 'true', channel: 'TABLE', size: PAGE_SIZE, page, sort: 'name:asc' } } })) as Product[];
    all.push(...batch);
    if (batch.length < PAGE_SIZE) break;
  }
  const tree = (await api.get('/api/v1/categories')) as Category[];
  products.value = all.filter((p) => TABLE_TYPES.has(p.type));
  categoryTree.value = tree;
  localStorage.setItem(CACHE_KEY, JSON.stringify({ products: products.value, categories: tree }));
}
