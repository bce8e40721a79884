import type { ChatInboundContent } from '../../contract/chat.js';
import { foldText, isOrderableQuantity, orderableQuantityOf, type CartLine, type MenuIndex, type ParsedMessage, type PendingQuestion } from '../chat/index.js';

type CartContent = Extract<ChatInboundContent, { kind: 'CART' }>;

/** Lower case, no accents, words separated by single spaces: how names are compared. */
export const plainWords = (text: string): string => foldText(text).replace(/[^a-z0-9]+/g, ' ').trim();

/** The products an unclear word could be: those whose name or alias it contains ("refri": Coca-Cola and Guaraná). */
export function candidatesFor(menu: MenuIndex, text: string): string[] {
  const written = ` ${plainWords(text)} `;
  return [...menu.products.values()]
    .filter((p) => [p.name, ...p.aliases].some((name) => written.includes(` ${plainWords(name)} `)))
    .map((p) => p.id);
}

/**
 * The parser's reading into the cart: take-backs out, new items in. What it could not place becomes
 * the one question to ask: a choice between products when a word names several, else what was
 * not found.
 */
export function applyParsed(menu: MenuIndex, cart: CartLine[], parsed: ParsedMessage): { cart: CartLine[]; question: PendingQuestion | null } {
  const kept = cart.filter((line) => !parsed.removedProductIds.includes(line.productId));
  const next = [...kept, ...parsed.items.map((item) => ({ productId: item.productId, quantity: item.quantity, optionIds: item.optionIds, notes: item.notes }))];
  return { cart: next, question: questionAbout(menu, parsed.unresolved) };
}

/**
 * The question about words the menu could not place: a choice between products for the first that
 * names several, keeping the others for after the pick; else what was not found; null for none.
 */
export function questionAbout(menu: MenuIndex, unresolved: readonly string[]): PendingQuestion | null {
  for (const [at, word] of unresolved.entries()) {
    const productIds = candidatesFor(menu, word);
    // "100 dúzias de refri" names several products, but no pick could order it as written: it is
    // asked about with what was not found.
    if (productIds.length > 1 && orderableQuantityOf(word) !== null) return { kind: 'PICK_PRODUCT', word, productIds, later: unresolved.filter((_, other) => other !== at) };
  }
  return unresolved.length > 0 ? { kind: 'UNRESOLVED', words: [...unresolved] } : null;
}

/**
 * A WhatsApp catalog order: the catalog's retailer ids are the store's SKUs. Unknown ones, and a
 * line in a quantity no chat order takes (the catalog's cart lets the customer type 2,000,000,000),
 * are left for the question, as a typed "100 dúzias de coca" is.
 */
export function cartFromCatalog(menu: MenuIndex, content: CartContent): { lines: CartLine[]; unknown: string[] } {
  const bySku = new Map([...menu.products.values()].map((p) => [p.sku, p.id]));
  const lines: CartLine[] = [];
  const unknown: string[] = [];
  for (const item of content.items) {
    const productId = bySku.get(item.retailerId);
    if (productId && isOrderableQuantity(item.quantity)) lines.push({ productId, quantity: item.quantity, optionIds: [], notes: null });
    else unknown.push(productId ? `${item.quantity}x ${menu.products.get(productId)!.name}` : item.retailerId);
  }
  return { lines, unknown };
}

/** The first line still missing a required choice (the doneness of a burger), and that group. */
export function missingChoice(menu: MenuIndex, cart: CartLine[]): { line: number; groupId: string } | null {
  for (const [line, item] of cart.entries()) {
    const product = menu.products.get(item.productId);
    const group = product?.optionGroups.find((g) => g.options.filter((o) => item.optionIds.includes(o.id)).length < g.minChoices);
    if (group) return { line, groupId: group.id };
  }
  return null;
}

/** "2x X-Bacon (Ao ponto, sem cebola)": one cart line as the customer reads it. */
export function describeLine(menu: MenuIndex, line: CartLine): string {
  const product = menu.products.get(line.productId);
  const options = product?.optionGroups.flatMap((g) => g.options.filter((o) => line.optionIds.includes(o.id)).map((o) => o.name)) ?? [];
  const extras = [...options, ...(line.notes ? [line.notes] : [])];
  return `${line.quantity}x ${product?.name ?? line.productId}${extras.length > 0 ? ` (${extras.join(', ')})` : ''}`;
}
