
import type { Page, Request, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplianceProcess } from '../support/appliance-process.js';
import { type DemoStoreInBrowser, useDemoStoreInBrowser } from '../support/demo-store-in-browser.js';
import type { ApiClient } from '../support/http-client.js';
import { watchRequests } from '../support/request-watch.js';
import { until } from '../support/until.js';
import { type Cashier, openTerminalShift, scanCodes } from './pos-steps.js';

/*
 * The till under a hurried cashier and a flaky link: a double tap sends once, an abandoned Pix is
 * withdrawn, a split cash part shows its change, an expired token is rotated once for the page.
 */

/** The demo store's cashier (appliance/src/auth/demo-users.ts). */
const CASHIER: Cashier = { username: 'caixa', password: 'Caixa#2026', pin: '2222' };

/*
 * One demo store for the file (an appliance start is seconds on the test host). Each suite is a till
 * of its own (a terminal in a browser context of its own) run by a cashier of its own, as one
 * operator has one open drawer at a time; the suites run one after the other.
 */
let store: DemoStoreInBrowser;
useDemoStoreInBrowser((started) => {
  store = started;
});

/** A till tab (touch when asked) for one suite, run by `cashier`: the demo store's, or one with a `name` made for the suite. */
function useTillInBrowser(cashier: Cashier & { name?: string }, options: { hasTouch?: boolean } = {}): { appliance: ApplianceProcess; admin: ApiClient; page: Page; cashier: Cashier } {
  const till = { cashier } as { appliance: ApplianceProcess; admin: ApiClient; page: Page; cashier: Cashier };
  beforeAll(async () => {
    ({ appliance: till.appliance, admin: till.admin } = store);
    if (cashier.name) {
      const created = await till.admin.post('/users', { ...cashier, role: 'CASHIER' });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
    }
    till.page = await store.browser.newPage({ viewport: { width: 1366, height: 768 }, ...options });
    till.page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await till.page?.context().close();
  });
  return till;
}

/** A call of the till that creates, sends or confirms an order (`POST /orders…`). */
const postsAnOrder = (request: Request) => request.method() === 'POST' && request.url().includes('/api/v1/orders');

const barcodeOf = async (admin: ApiClient, productId: string) => (await admin.get(`/products/${productId}`)).body.data.barcode as string;

const brl = (cents: number) => `R$\u00a0${Math.floor(cents / 100).toLocaleString('pt-BR')},${String(cents % 100).padStart(2, '0')}`;

/**
 * "Enviar (F8)" tapped twice (a double tap on a touch screen, or a second tap because the first
 * seemed not to take): the cart leaves the screen at the first tap and goes to the kitchen once.
 */
describe('POS: a double tap on "Enviar (F8)" sends one order to the kitchen', () => {
  const till = useTillInBrowser(CASHIER, { hasTouch: true });

  it('two taps on the send button while the first is being stored make one kitchen order', async () => {
    const { appliance, admin, page } = till;
    const barcode = (await admin.get('/products/prod-coke')).body.data.barcode as string;
    await openTerminalShift(page, appliance.baseUrl, till.cashier, '100,00');
    await page.waitForFunction(() => document.activeElement?.id === 'search');
    await scanCodes(page, [barcode]);
    const before = (await admin.get('/orders?size=1')).body.metadata.total as number;

    const send = page.locator('#cart-send');
    expect(await send.textContent()).toBe('Enviar (F8)');
    const orderPosts = watchRequests(page, postsAnOrder);
    const sendAt = (await send.boundingBox())?.y;
    // Two taps: the second lands while the first is still being written to the terminal's queue.
    await send.dblclick();

    await until('the cart sent', async () => ((await page.locator('#pending').count()) === 0 && (await page.locator('.cart .line').count()) === 0 ? true : undefined));
    // Whatever else was sent has arrived: every order call the terminal made was answered. A second
    // order from the second tap would be queued and sent within milliseconds of the first, so a
    // quiet second after the last answer still catches it.
    await orderPosts.settled(1000);
    const after = (await admin.get('/orders?size=10&sort=created_at:desc')).body;
    expect(after.metadata.total - before).toBe(1);
    // The order queued, then listed under "Pedidos de hoje", moved none of the cart's buttons: a
    // second tap lands where the first did, never on "Pagar" (which would open the sent order's payment).
    expect((await send.boundingBox())?.y).toBe(sendAt);
    expect(await page.locator('#payment-form').count()).toBe(0);
  }, 120_000);

  it('F8 then F9 at once: one order, and the payment opens for it', async () => {
    const { admin, page } = till;
    const barcode = (await admin.get('/products/prod-guarana')).body.data.barcode as string;
    await page.locator('#search').focus();
    await scanCodes(page, [barcode]);
    await page.locator('.cart .line').waitFor();
    const before = (await admin.get('/orders?size=1')).body.metadata.total as number;
    const orderPosts = watchRequests(page, postsAnOrder);
    await page.keyboard.press('F8');
    await page.keyboard.press('F9');
    await page.locator('#payment-form').waitFor();
    const [order] = (await admin.get('/orders?size=1&sort=created_at:desc')).body.data as { number: number }[];
    expect(await page.locator('#payment-form h2').textContent()).toContain(String(order.number));
    // Every order call of F8 and F9 answered, and no other within a quiet second (as above).
    await orderPosts.settled(1000);
    expect((await admin.get('/orders?size=1')).body.metadata.total - before).toBe(1);
  }, 60_000);
});

/**
 * A customer asks for Pix, the QR shows, then they pay otherwise: the cashier leaves the payment
 * (Esc) and the Pix charge is withdrawn. The next customer's payment shows no QR and takes cash.
 */
describe('POS: a Pix charge left with Esc is withdrawn and does not follow the cashier into the next sale', () => {
  const till = useTillInBrowser({ username: 'bia.caixa', name: 'Bia Caixa', password: 'Bia#Caixa2026', pin: '2468' });

  it('the next sale after an abandoned Pix shows no QR and takes its cash; the abandoned charge is cancelled', async () => {
    const { appliance, admin, page } = till;
    const [coke, guarana] = [await barcodeOf(admin, 'prod-coke'), await barcodeOf(admin, 'prod-guarana')];
    await openTerminalShift(page, appliance.baseUrl, till.cashier, '100,00');
    await page.waitForFunction(() => document.activeElement?.id === 'search');

    // Customer 1: Pix chosen, the QR is on screen, then the customer changes their mind.
    await scanCodes(page, [coke]);
    await page.keyboard.press('F9');
    await page.locator('#payment-form input[name=amount]:focus').waitFor();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown'); // Pix
    await page.keyboard.press('Enter');
    await page.locator('#pix img').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('#payment-form').waitFor({ state: 'detached' });

    // Customer 2: a guaraná, paid in cash.
    await scanCodes(page, [guarana]);
    await page.keyboard.press('F9');
    await page.locator('#payment-form').waitFor();
    const [order] = (await admin.get('/orders?size=1&sort=created_at:desc')).body.data as { id: string; number: number }[];
    expect(await page.locator('#payment-form h2').textContent()).toContain(String(order.number));
    // The previous customer's QR must not be offered to this customer, nor block the payment.
    expect(await page.locator('#payment-form #pix').count()).toBe(0);
    expect(await page.locator('#payment-form button[type=submit]').isDisabled()).toBe(false);
    await page.locator('#payment-form input[name=amount]').focus();
    await page.keyboard.type('10,00');
    await page.keyboard.press('Enter');
    await page.locator('#paid').waitFor({ timeout: 10_000 });
    const payments = (await admin.get(`/orders/${order.id}/payments`)).body.data.payments as { method: string; status: string }[];
    expect(payments.map((p) => [p.method, p.status])).toEqual([['CASH', 'CAPTURED']]);
    // The first customer's charge was withdrawn at the gateway: nobody can pay that QR any more.
    const [, abandoned] = (await admin.get('/orders?size=2&sort=created_at:desc')).body.data as { id: string }[];
    const charges = (await admin.get(`/orders/${abandoned.id}/payments`)).body.data.payments as { method: string; status: string }[];
    expect(charges.map((p) => [p.method, p.status])).toEqual([['PIX', 'CANCELLED']]);
  }, 120_000);
});

/**
 * The bill split by two people (*Dividir por (pessoas)*); the first pays their part in cash with a
 * R$ 50,00 note: the dialog, still open for the second part, shows the change booked for the first.
 */
describe('POS: the change of a cash part of a bill split by people is shown', () => {
  const till = useTillInBrowser({ username: 'duda.caixa', name: 'Duda Caixa', password: 'Duda#Caixa2026', pin: '4862' });

  it('person 1 pays their half with R$ 50,00: the screen says how much change to give', async () => {
    const { appliance, admin, page } = till;
    await openTerminalShift(page, appliance.baseUrl, till.cashier, '100,00');
    await page.waitForFunction(() => document.activeElement?.id === 'search');
    await scanCodes(page, [await barcodeOf(admin, 'prod-coke'), await barcodeOf(admin, 'prod-guarana')]);
    await page.keyboard.press('F9');
    await page.locator('#payment-form').waitFor();
    const order = await until('the order sent', async () => {
      const [latest] = (await admin.get('/orders?size=1&sort=created_at:desc')).body.data as { id: string; totalCents: number; status: string }[];
      return latest && latest.status !== 'DRAFT' ? latest : undefined;
    });
    const half = Math.ceil(order.totalCents / 2);

    await page.locator('#payment-form input[name=people]').fill('2');
    await page.locator('#payment-form input[name=amount]').fill('50,00');
    await page.locator('#payment-form input[name=amount]').press('Enter');
    await page.locator('#pay-paid').waitFor();
    const payments = (await admin.get(`/orders/${order.id}/payments`)).body.data.payments as { method: string; amountCents: number; changeCents: number }[];
    expect(payments).toEqual([expect.objectContaining({ method: 'CASH', amountCents: half, changeCents: 5000 - half })]);

    // The appliance booked R$ 50,00 − the half as change: the cashier reads that amount on screen.
    expect(await page.locator('body').innerText()).toContain(brl(5000 - half));
  }, 120_000);
});

/**
 * The operator's 30-minute access token runs out in the middle of a sale. The till's calls and its
 * customer-display mirror (its own API client) find it expired at the same moment (a scan, then F9
 * right away): the page rotates it once (one refresh in flight per refresh token) and the sale goes on.
 */
describe('POS: the access token expiring mid-sale does not sign the cashier out', () => {
  const till = useTillInBrowser({ username: 'edu.caixa', name: 'Edu Caixa', password: 'Edu#Caixa2026', pin: '6824' });

  it('a scan and F9 right after the token expired: one rotation, the payment opens, no PIN asked', async () => {
    const { appliance, admin, page } = till;
    const barcode = (await admin.get('/products/prod-coke')).body.data.barcode as string;
    const apiCalls = watchRequests(page, (request) => request.url().includes('/api/v1/'));
    await openTerminalShift(page, appliance.baseUrl, till.cashier, '100,00');
    await page.waitForFunction(() => document.activeElement?.id === 'search');
    // Let the screen's first calls (catalog, mirror, orders) settle with the fresh token: none in
    // flight, and none for a second (the customer-display mirror is sent ~200 ms after a change).
    await apiCalls.settled(1000);

    // From now on the operator's current access token is past its 30 minutes: the appliance answers
    // it with its own 401 TOKEN_INVALID (the request is sent with an unusable token). The two calls
    // that meet it at the same moment are answered together, as on a slow link.
    let expired: string | null = null;
    const held: (() => void)[] = [];
    let releaseTimer: ReturnType<typeof setTimeout> | undefined;
    const release = () => {
      clearTimeout(releaseTimer);
      for (const go of held.splice(0)) go();
    };
    await page.route('**/api/v1/**', async (route: Route) => {
      const request = route.request();
      const auth = (await request.allHeaders()).authorization ?? '';
      if (request.url().includes('/api/v1/auth/') || !auth.startsWith('Bearer ')) return route.continue();
      expired ??= auth;
      if (auth !== expired) return route.continue();
      await new Promise<void>((resolve) => {
        held.push(resolve);
        if (held.length >= 2) release();
        else releaseTimer = setTimeout(release, 1500);
      });
      await route.continue({ headers: { ...(await request.allHeaders()), authorization: 'Bearer expirado' } });
    });

    await page.keyboard.press('Escape');
    await page.keyboard.type(barcode);
    await page.keyboard.press('Enter');
    await page.locator('.cart .line').waitFor();
    await page.keyboard.press('F9');

    // What the cashier sees: the payment of the sale (right), the PIN form, or "sem conexão" while
    // the appliance answers every request (the session was revoked as a stolen refresh token).
    const screen = async () =>
      (await page.locator('#payment-form').count()) > 0 ? 'pagamento' : (await page.locator('#pin-form').count()) > 0 ? 'PIN pedido de novo' : (await page.locator('#offline').count()) > 0 ? 'sem conexão' : 'nada';
    await expect.poll(screen, { timeout: 15_000 }).toBe('pagamento');
  }, 120_000);
});

/**
 * "Fechar caixa" tapped, the Wi-Fi drops the answer after the appliance closed the drawer: the
 * cashier taps again with the same counts and sees the close slip of that close, not "já fechada".
 * Had they corrected a count meanwhile, the slip of the close already made is what they see.
 */
describe('POS: a drawer close whose answer was lost shows its close slip on the next tap', () => {
  const sameCounts = useTillInBrowser({ username: 'caio.caixa', name: 'Caio Caixa', password: 'Caio#Caixa2026', pin: '1357' });
  const correctedCounts = useTillInBrowser({ username: 'dora.caixa', name: 'Dora Caixa', password: 'Dora#Caixa2026', pin: '9753' });

  /** F10, the cash counted, Enter: the appliance closes the drawer and the answer is lost; then the second tap with `recount`. */
  async function closeWithLostAnswer(till: { appliance: ApplianceProcess; page: Page; cashier: Cashier }, recount: string): Promise<string[]> {
    const { appliance, page } = till;
    await openTerminalShift(page, appliance.baseUrl, till.cashier, '100,00');
    const keys: string[] = [];
    await page.route('**/api/v1/cashier-sessions/*/close', async (route: Route) => {
      keys.push((await route.request().allHeaders())['idempotency-key'] ?? '');
      if (keys.length > 1) return route.continue();
      await route.fetch();
      await route.abort('connectionreset');
    });
    await page.keyboard.press('F10');
    await page.locator('#close-form').waitFor();
    await page.keyboard.type('100,00');
    await page.keyboard.press('Enter');
    await page.locator('#close-form [role=alert]').waitFor();
    await page.locator('#close-form input[name=CASH]').fill(recount);
    await page.locator('#close-form button[type=submit]').click();
    await page.locator('#close-slip').waitFor();
    return keys;
  }

  it('the same counts go again with the same key and the slip of the close comes up', async () => {
    const keys = await closeWithLostAnswer(sameCounts, '100,00');
    expect(await sameCounts.page.locator('#close-slip').textContent()).toMatch(/Situação\s+CONFERIDO/);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  }, 60_000);

  it('a count corrected after the lost answer shows the slip of the close already made', async () => {
    const keys = await closeWithLostAnswer(correctedCounts, '90,00');
    expect(keys[1]).not.toBe(keys[0]);
    expect(await correctedCounts.page.locator('#close-slip').textContent()).toMatch(/Situação\s+CONFERIDO/);
  }, 60_000);
});

/**
 * The customer gives up one dish of an order already in the kitchen while paying: "Cancelar item"
 * (F6, or a tap) lists the order's lines, the cashier picks one, gives the reason and the manager's
 * username and PIN, and the payment goes on with the new total.
 */
describe('POS: one dish of a sent order is cancelled from the payment with the manager PIN', () => {
  const till = useTillInBrowser({ username: 'rui.caixa', name: 'Rui Caixa', password: 'Rui#Caixa2026', pin: '8642' }, { hasTouch: true });
  const MANAGER = { username: 'gerente', pin: '1234' };

  it('by keyboard and by touch, each line leaves the bill and the total on screen follows', async () => {
    const { appliance, admin, page } = till;
    const codes = await Promise.all(['prod-coke', 'prod-guarana', 'prod-beer'].map((id) => barcodeOf(admin, id)));
    await openTerminalShift(page, appliance.baseUrl, till.cashier, '100,00');
    await scanCodes(page, codes);
    await page.keyboard.press('F9');
    await page.locator('#payment-form').waitFor();
    const order = (await admin.get('/orders?size=1&sort=created_at:desc')).body.data[0] as { id: string };
    const lineOf = async (productId: string) => ((await admin.get(`/orders/${order.id}`)).body.data.items as { itemId: string; productId: string; status: string; totalCents: number }[]).find((i) => i.productId === productId)!;
    const totalOnScreen = async () => (await admin.get(`/orders/${order.id}`)).body.data.totalCents as number;

    // Keyboard: F6, ↓ to the second line, Tab through reason, manager and PIN, Enter.
    await page.keyboard.press('F6');
    await page.locator('#cancel-line-form input[type=radio]:checked:focus').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.type('cliente desistiu');
    await page.keyboard.press('Tab');
    await page.keyboard.type(MANAGER.username);
    await page.keyboard.press('Tab');
    await page.keyboard.type(MANAGER.pin);
    await page.keyboard.press('Enter');
    await page.locator('#cancel-line-form').waitFor({ state: 'detached' });
    expect((await lineOf('prod-guarana')).status).toBe('CANCELLED');
    await until('the new total on screen', async () => ((await page.locator('#pay-total').textContent()) === brl(await totalOnScreen()) ? true : undefined));

    // Touch: the button, the line, the fields, "Autorizar".
    await page.locator('#pay-cancel-line').tap();
    await page.locator('#cancel-line-form label.option', { hasText: 'Coca-Cola' }).tap();
    await page.locator('#cancel-line-form input[name=reason]').fill('derramou');
    await page.locator('#cancel-line-form input[name=manager]').fill(MANAGER.username);
    await page.locator('#cancel-line-form input[name=pin]').fill(MANAGER.pin);
    await page.locator('#cancel-line-form button[type=submit]').tap();
    await page.locator('#cancel-line-form').waitFor({ state: 'detached' });
    expect((await lineOf('prod-coke')).status).toBe('CANCELLED');
    const beer = await lineOf('prod-beer');
    expect(await totalOnScreen()).toBe(beer.totalCents);
    await until('the beer alone on screen', async () => ((await page.locator('#pay-total').textContent()) === brl(beer.totalCents) ? true : undefined));
  }, 90_000);
});
