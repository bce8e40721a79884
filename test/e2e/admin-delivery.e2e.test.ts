import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type DemoStoreInBrowser, signInToBackOffice, signOutOfBackOffice, useDemoStoreInBrowser } from '../support/demo-store-in-browser.js';

const NBSP = '\u00a0';

/** The delivery order a WhatsApp or till customer placed, as the API makes it: confirmed, with its address, then ready in the kitchen. */
async function readyDeliveryOrder(store: DemoStoreInBrowser): Promise<{ orderId: string; orderNumber: number; deliveryId: string }> {
  const order = await store.admin.post('/orders', { channel: 'DELIVERY', items: [{ productId: 'prod-fries', quantity: 2 }], confirm: true });
  expect(order.status, JSON.stringify(order.body)).toBe(201);
  const destination = { street: 'Rua dos Pinheiros', number: '500', complement: null, district: 'Pinheiros', city: 'São Paulo', state: 'SP', postalCode: '05422-010', reference: null, recipientName: 'Marina Costa', phone: '(11) 98888-7777' };
  const delivery = await store.admin.post(`/delivery/orders/${order.body.data.id}`, { destination, payment: { prepaid: false, method: 'CASH', changeForCents: 20_000 } });
  expect(delivery.status, JSON.stringify(delivery.body)).toBe(201);
  expect((await store.admin.post(`/orders/${order.body.data.id}/status`, { status: 'READY' })).status).toBe(200);
  return { orderId: order.body.data.id, orderNumber: order.body.data.number, deliveryId: delivery.body.data.id };
}

async function openDeliveries(store: DemoStoreInBrowser): Promise<Page> {
  const page = await signInToBackOffice(store);
  await page.locator('nav a[href="#delivery"]').click();
  await page.locator('#page-delivery #deliveries').waitFor();
  return page;
}

/**
 * Entregas in the back office: the store's own couriers registered on the page, and a delivery
 * order made through the API (as the WhatsApp bot and the till make them) dispatched to a courier
 * from the keyboard and reported delivered with a click; a refusal reads as the API's pt-BR message.
 */
describe('back office deliveries: couriers, dispatch and delivered', () => {
  let store: DemoStoreInBrowser;
  useDemoStoreInBrowser((s) => {
    store = s;
  });

  it('registers a courier, dispatches the day\'s delivery to them and marks it delivered', async () => {
    // The demo store has no delivery zones: its neighbourhood is set up as a manager would.
    const zone = await store.admin.post('/delivery/zones', { name: 'Pinheiros', kind: 'DISTRICT', districts: ['Pinheiros'], feeCents: 700, estimateMinutes: 40 });
    expect(zone.status, JSON.stringify(zone.body)).toBe(201);
    const page = await openDeliveries(store);
    expect(await page.locator('#deliveries tbody').textContent()).toContain('Nenhuma entrega hoje.');

    await page.getByLabel('Nome', { exact: true }).fill('Zé Motoboy');
    await page.getByLabel('Valor por entrega (R$)').fill('5,50');
    await page.getByRole('button', { name: 'Cadastrar entregador' }).click();
    const courierRow = page.locator('#couriers tbody tr', { hasText: 'Zé Motoboy' });
    await courierRow.waitFor();
    expect(await courierRow.textContent()).toContain(`R$${NBSP}5,50`);
    const couriers = (await store.admin.get('/delivery/couriers')).body.data as { id: string; name: string; payPerDeliveryCents: number; active: boolean }[];
    const courier = couriers.find((c) => c.name === 'Zé Motoboy')!;
    expect(courier).toMatchObject({ payPerDeliveryCents: 550, active: true });

    const { orderNumber, deliveryId } = await readyDeliveryOrder(store);
    await page.getByRole('button', { name: 'Atualizar' }).click();
    const row = page.locator(`#deliveries tr[data-delivery-id="${deliveryId}"]`);
    await row.waitFor();
    const cells = await row.locator('td').allTextContents();
    expect(cells[0]).toBe(`Nº ${orderNumber}`);
    expect(cells[1]).toBe('Marina CostaPinheiros');
    expect(cells[2]).toBe('Pinheiros');
    // What the courier collects, how, and the change to take for the customer's note.
    expect(cells[3]).toMatch(new RegExp(`^R\\$${NBSP}\\d+,\\d{2}dinheiro, troco para R\\$${NBSP}200,00$`));
    expect(cells[5]).toBe('Aguardando entregador');

    // The courier went off duty meanwhile (another manager's screen): the API's pt-BR refusal shows.
    expect((await store.admin.call('PUT', `/delivery/couriers/${courier.id}`, { name: courier.name, payPerDeliveryCents: 550, active: false })).status).toBe(200);
    const select = row.getByLabel(`Entregador do pedido nº ${orderNumber}`);
    await select.selectOption({ label: 'Zé Motoboy' });
    await row.getByRole('button', { name: 'Despachar' }).click();
    await page.locator('#deliveries [role=alert]', { hasText: 'Entregador não encontrado ou inativo.' }).waitFor();
    expect(await row.getAttribute('data-status')).toBe('PENDING');

    // Back on duty from the page; then dispatched from the keyboard: the courier, Tab, Enter.
    await page.locator('#couriers tbody tr', { hasText: 'Zé Motoboy' }).getByRole('button', { name: 'Reativar' }).click();
    await page.locator('#couriers tbody tr', { hasText: 'Zé Motoboy' }).getByRole('button', { name: 'Desativar' }).waitFor();
    await select.focus();
    await select.selectOption({ label: 'Zé Motoboy' });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Despachar');
    await page.keyboard.press('Enter');
    await page.locator(`#deliveries tr[data-delivery-id="${deliveryId}"][data-status=OUT_FOR_DELIVERY]`).waitFor();
    await page.locator('#deliveries [role=status]', { hasText: `Pedido nº ${orderNumber} saiu com Zé Motoboy.` }).waitFor();
    expect((await row.locator('td').allTextContents())[4]).toBe('Zé Motoboy');

    await row.getByRole('button', { name: 'Entregue' }).click();
    await page.locator(`#deliveries tr[data-delivery-id="${deliveryId}"][data-status=DELIVERED]`).waitFor();
    expect((await row.locator('td').allTextContents())[5]).toBe('Entregue');

    const delivered = (await store.admin.get(`/delivery/deliveries/${deliveryId}`)).body.data;
    expect(delivered).toMatchObject({ status: 'DELIVERED', courierId: courier.id });
    // Nothing on the page is the API's English or a bare code.
    expect(await page.locator('#page-delivery').textContent()).not.toMatch(/PENDING|OUT_FOR_DELIVERY|DELIVERED|CASH|undefined/);
    await signOutOfBackOffice(page);
  }, 90_000);

  it('asks the dispatcher for a new note when the order outgrew the change asked for, and sends it out with it', async () => {
    if (((await store.admin.get('/delivery/zones')).body.data as unknown[]).length === 0) {
      expect((await store.admin.post('/delivery/zones', { name: 'Pinheiros', kind: 'DISTRICT', districts: ['Pinheiros'], feeCents: 700, estimateMinutes: 40 })).status).toBe(201);
    }
    expect((await store.admin.post('/delivery/couriers', { name: 'Caio Troco', payPerDeliveryCents: 600 })).status).toBe(201);
    const { orderId, orderNumber, deliveryId } = await readyDeliveryOrder(store);
    // The customer called back for twenty more portions: the R$ 200,00 note no longer covers the order.
    expect((await store.admin.post(`/orders/${orderId}/items`, { items: [{ productId: 'prod-fries', quantity: 20 }] })).status).toBe(200);
    const owed = (await store.admin.get(`/orders/${orderId}`)).body.data.totalCents as number;
    expect(owed).toBeGreaterThan(20_000);

    const page = await openDeliveries(store);
    const row = page.locator(`#deliveries tr[data-delivery-id="${deliveryId}"]`);
    await row.waitFor();
    await row.getByLabel(`Entregador do pedido nº ${orderNumber}`).selectOption({ label: 'Caio Troco' });
    const asked = new Promise<string>((resolve) => {
      page.once('dialog', (dialog) => {
        resolve(dialog.message());
        void dialog.accept('500,00');
      });
    });
    await row.getByRole('button', { name: 'Despachar' }).click();
    expect(await asked).toMatch(/troco foi pedido para R\$\s200,00.*Troco para quanto\?/);
    await page.locator(`#deliveries tr[data-delivery-id="${deliveryId}"][data-status=OUT_FOR_DELIVERY]`).waitFor();
    expect((await row.locator('td').allTextContents())[3]).toMatch(new RegExp(`dinheiro, troco para R\\$${NBSP}500,00$`));
    expect((await store.admin.get(`/delivery/deliveries/${deliveryId}`)).body.data).toMatchObject({ status: 'OUT_FOR_DELIVERY', amountDueCents: owed, changeForCents: 50_000 });
    if (process.env.CHEFIA_E2E_SCREENSHOT_DIR) await page.screenshot({ path: join(process.env.CHEFIA_E2E_SCREENSHOT_DIR, 'admin-delivery-change-outgrown.png'), fullPage: true });
    await signOutOfBackOffice(page);
  }, 90_000);

  it('reports a courier back without delivering, with the reason, and sends the order out again', async () => {
    if (((await store.admin.get('/delivery/zones')).body.data as unknown[]).length === 0) {
      expect((await store.admin.post('/delivery/zones', { name: 'Pinheiros', kind: 'DISTRICT', districts: ['Pinheiros'], feeCents: 700, estimateMinutes: 40 })).status).toBe(201);
    }
    const courier = (await store.admin.post('/delivery/couriers', { name: 'Bia Entregas', payPerDeliveryCents: 600 })).body.data as { id: string };
    const { orderId, orderNumber, deliveryId } = await readyDeliveryOrder(store);
    expect((await store.admin.post(`/delivery/deliveries/${deliveryId}/dispatch`, { courierId: courier.id })).status).toBe(200);
    const page = await openDeliveries(store);
    const row = page.locator(`#deliveries tr[data-delivery-id="${deliveryId}"][data-status=OUT_FOR_DELIVERY]`);
    await row.waitFor();
    await row.getByLabel(`Motivo da volta do pedido nº ${orderNumber}`).selectOption({ label: 'Endereço não encontrado' });
    await row.getByRole('button', { name: 'Voltou sem entregar' }).click();
    const waiting = page.locator(`#deliveries tr[data-delivery-id="${deliveryId}"][data-status=PENDING]`);
    await waiting.waitFor();
    await page.locator('#deliveries [role=status]', { hasText: `Pedido nº ${orderNumber} voltou` }).waitFor();
    expect(await waiting.locator('.returned-runs').textContent()).toBe('voltou 1×');
    expect((await store.admin.get(`/orders/${orderId}`)).body.data.status).toBe('READY');
    expect((await store.admin.get(`/delivery/deliveries/${deliveryId}`)).body.data).toMatchObject({ status: 'PENDING', courierId: null, returnedRuns: 1 });

    // Out again with the same courier, from the same row.
    await waiting.getByLabel(`Entregador do pedido nº ${orderNumber}`).selectOption({ label: 'Bia Entregas' });
    await waiting.getByRole('button', { name: 'Despachar' }).click();
    await row.waitFor();
    expect(await page.locator('#page-delivery').textContent()).not.toMatch(/PENDING|OUT_FOR_DELIVERY|ADMIN_|undefined/);
    await signOutOfBackOffice(page);
  }, 90_000);
});
