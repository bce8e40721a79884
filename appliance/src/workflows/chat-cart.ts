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

/** The number of the customer's message adding lines now: one past the latest in the cart. */
const nextAddition = (cart: readonly CartLine[]): number => Math.max(0, ...cart.map((line) => line.addedIn ?? 0)) + 1;

/** Lines the customer adds now, marked as the latest addition. */
export function addLines(cart: CartLine[], lines: readonly Omit<CartLine, 'addedIn'>[]): void {
  const addedIn = nextAddition(cart);
  cart.push(...lines.map((line) => ({ ...line, addedIn })));
}

/**
 * The parser's reading into the cart: take-backs out, new items in. A product corrected by name
 * ("na verdade são 2 cocas") keeps its place: its new lines stand where its first line was. A
 * correction naming no product ("na verdade são 2") is about the line added last, or asks which
 * when the last message added several. What it could not place becomes the one question to ask:
 * a choice between products when a word names several, else what was not found.
 */
export function applyParsed(menu: MenuIndex, cart: CartLine[], parsed: ParsedMessage): { cart: CartLine[]; question: PendingQuestion | null } {
  if (parsed.correctedQuantity !== null) return correctLastAdded(cart, parsed.correctedQuantity);
  const addedIn = nextAddition(cart);
  const added = parsed.items.map((item) => ({ productId: item.productId, quantity: item.quantity, optionIds: item.optionIds, notes: item.notes, addedIn }));
  const placed = new Set<string>();
  const next = cart.flatMap((line) => {
    if (!parsed.removedProductIds.includes(line.productId)) return [line];
    if (placed.has(line.productId)) return [];
    placed.add(line.productId);
    return added.filter((item) => item.productId === line.productId);
  });
  return { cart: [...next, ...added.filter((item) => !placed.has(item.productId))], question: questionAbout(menu, parsed.unresolved) };
}

/** "na verdade são 2": the line added last becomes that many; when the last message added several, which one is asked. */
function correctLastAdded(cart: CartLine[], quantity: number): { cart: CartLine[]; question: PendingQuestion | null } {
  const latest = Math.max(0, ...cart.map((line) => line.addedIn ?? 0));
  const lines = cart.flatMap((line, at) => ((line.addedIn ?? 0) === latest ? [at] : []));
  if (lines.length > 1) return { cart, question: { kind: 'PICK_LINE', quantity, lines } };
  return { cart: lines.length === 1 ? correctLine(cart, lines[0], quantity) : cart, question: null };
}

/** The cart with the line at `at` made `quantity`, in its place, as the latest the customer changed. */
export function correctLine(cart: CartLine[], at: number, quantity: number): CartLine[] {
  const addedIn = nextAddition(cart);
  return cart.map((line, position) => (position === at ? { ...line, quantity, addedIn } : line));
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
