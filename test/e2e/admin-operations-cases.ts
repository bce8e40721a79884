import { readFileSync, } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { VirtualPrinterServer } from '../../appliance/src/devices/printer/virtual/server.js';
import { referencePaths } from '../../appliance/src/fiscal/index.js';
import { until } from '../support/until.js';
import type { BackOffice } from './back-office-session.js';

/** Running the store: a restore from a backup, the day's reports, the fiscal wizard, the service dashboard and on-demand backups. Registered in order by admin.e2e.test.ts on its one start-up. */
export function operationsCases(bo: BackOffice): void {
  it('restore from the dashboard: sell, back up, sell more, restore; the data equals the backup and the pre-restore backup exists', async () => {
    const { api, page, open } = bo;
    await api.post('/business-days/open', {});
    const drawer = (await api.post('/cashier-sessions', { terminalId: 'RETAGUARDA', openingFloatCents: 0 })).body.data as { id: string };
    const product = (await api.get('/products?q=XS-1')).body.data[0] as { id: string };
    const sell = async () => {
      const order = (await api.post('/orders', { channel: 'COUNTER', items: [{ productId: product.id, quantity: 1 }] })).body.data as { id: string };
      expect((await api.post(`/orders/${order.id}/confirm`)).status).toBe(200);
      expect((await api.post(`/orders/${order.id}/payments`, { method: 'CASH', cashierSessionId: drawer.id })).status).toBe(201);
      // Handed over: the day's report counts what was sold and delivered.
      for (const status of ['READY', 'COMPLETED']) expect((await api.post(`/orders/${order.id}/status`, { status })).status).toBe(200);
      return order.id;
    };
    const orderIds = async () => ((await api.get('/orders?size=100&sort=created_at:asc')).body.data as { id: string }[]).map((o) => o.id);
    const before = await sell();

    await open('dashboard');
    const made = page.waitForResponse((r) => r.url().endsWith('/api/v1/backups') && r.request().method() === 'POST');
    await page.locator('#backup-now').click();
    const backup = (await (await made).json()).data.name as string;
    const atBackup = await orderIds();
    expect(atBackup).toContain(before);
    const after = await sell();
    expect(await orderIds()).toContain(after);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator(`#backups tr[data-backup="${backup}"] button.restore`).click();
    await page.locator('#backups .ok', { hasText: 'restaurada' }).waitFor({ timeout: 120_000 });
    expect(await orderIds()).toEqual(atBackup);
    expect((await api.get(`/orders/${after}`)).status).toBe(404);
    const names = ((await api.get('/backups')).body.data as { name: string }[]).map((b) => b.name);
    expect(names).toContain(backup);
    const preRestore = names.find((n) => n.startsWith('store-pre-restore-'));
    expect(preRestore).toBeTruthy();
    await page.locator(`#backups tr[data-backup="${preRestore}"]`).waitFor();
    const restored = ((await api.get('/journal?afterSeq=0&limit=1000')).body.data as { type: string; payload: { name: string } }[]).filter((e) => e.type === 'backup.restored');
    expect(restored.map((e) => e.payload.name)).toEqual([backup]);
  }, 180_000);

  it('reports: the open day by payment and product, exported as a CSV a pt-BR spreadsheet reads', async () => {
    const { page, open } = bo;
    await open('reports');
    const products = page.locator('#report-products');
    await products.locator('td', { hasText: 'X-Salada' }).waitFor();
    expect(await page.locator('#report-methods tbody tr').first().textContent()).toContain('Dinheiro');
    // The day's shape as bars: the one category sold, at its amount.
    const bars = await page.locator('#chart-categories .bar-row').allTextContents();
    expect(bars.map((text) => text.replace(/\s/g, ' '))).toEqual(['LanchesR$ 24,90']);
    const [download] = await Promise.all([page.waitForEvent('download'), products.locator('button.csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^vendas-produtos-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toBe('\ufeffNome;Quantidade;Valor (R$)\r\nX-Salada;1;24,90\r\n');
  }, 60_000);

  it('fiscal wizard: the A1 test certificate, CSC, series, training environment, and a test emission the SEFAZ simulator authorizes', async () => {
    const { page, fill, send, submit, open } = bo;
    await open('fiscal');
    await page.locator('#fiscal-status[data-active=false]').waitFor();
    // What the store screen already knows is offered, so the manager types only the fiscal data.
    expect(await page.locator('#fiscal-form [name=cnpj]').inputValue()).toBe('06157250000116');
    await fill('#fiscal-form', { crt: '1', cityCode: '3550308', environment: 'simulator', series: '1', nextNumber: '1', cscId: '000001', cscToken: 'A1B2C3D4E5F6A1B2C3D4E5F6A1B2C3D4', certificatePassword: 'errada' });
    await page.locator('#fiscal-form [name=certificate]').setInputFiles(join(referencePaths.certsDir(), 'cert_cnpj_06157250000116_senha_minhasenha.pfx'));
    expect(await send('#fiscal-form')).toBe(422);
    expect(await page.locator('#fiscal-form .error').textContent()).toBe('Senha do certificado digital A1 incorreta.');
    await fill('#fiscal-form', { certificatePassword: 'minhasenha' });
    await submit('#fiscal-form');
    await page.locator('#fiscal-status[data-active=true]').waitFor();
    expect(await page.locator('#certificate-expiry').textContent()).toContain('05/06/2034');

    const emitted = page.waitForResponse((r) => r.url().endsWith('/api/v1/fiscal/test-emission'));
    await page.locator('#test-emission').click();
    expect((await emitted).status()).toBe(201);
    expect(await page.locator('#fiscal-test .ok').textContent()).toMatch(/^Nota nº 1: autorizada \(cStat 100\)/);
  }, 90_000);

  it('service dashboard: every subsystem, and the printer unplugged within 5 s and back with its queue drained', async () => {
    const { api, page, printerPort, printerOut, open } = bo;
    await open('dashboard');
    for (const check of ['database', 'broker', 'disk', 'memory', 'printing']) await page.locator(`.tile[data-check=${check}]`).waitFor();
    const row = page.locator('#dashboard-printers tr[data-printer-id=caixa-1]');
    await row.locator('[data-state=ready]').waitFor();

    await bo.printer.stop();
    const unplugged = Date.now();
    await row.locator('[data-state=unreachable]').waitFor({ timeout: 5_000 });
    expect(Date.now() - unplugged).toBeLessThan(5_000);
    for (const n of [1, 2]) await api.post('/print-jobs', { printerId: 'caixa-1', kind: 'test_page', payload: { document: { columns: 48, ops: [{ op: 'text', text: `fila ${n}` }, { op: 'cut', partial: true }] } } });
    await until('the queue shown', async () => (Number(await row.locator('.queue').textContent()) >= 1 ? true : undefined), 5_000);

    bo.printer = new VirtualPrinterServer({ port: printerPort, outDir: printerOut });
    await bo.printer.start();
    // Only the unplugging has a deadline (5 s); coming back is seen at a later probe, slower on a loaded machine.
    await row.locator('[data-state=ready]').waitFor({ timeout: 30_000 });
    await until('the queue drained', async () => ((await row.locator('.queue').textContent()) === '0' ? true : undefined), 60_000);
    // The failed attempts while it was unplugged are in the live log tail, as the appliance logged them.
    await page.locator('#log-tail .log li.warn', { hasText: 'caixa-1' }).first().waitFor();
    expect(bo.printer.jobs.map((j) => j.text.split('\n')[0]).filter((line) => line.startsWith('fila')).sort()).toEqual(['fila 1', 'fila 2']);
  }, 90_000);

  it('backups on the dashboard: one made now is listed and downloads as a SQLite database', async () => {
    const { page, printerOut, open } = bo;
    await open('dashboard');
    const made = page.waitForResponse((r) => r.url().endsWith('/api/v1/backups') && r.request().method() === 'POST');
    await page.locator('#backup-now').click();
    const name = (await (await made).json()).data.name as string;
    const row = page.locator(`#backups tr[data-backup="${name}"]`);
    const [download] = await Promise.all([page.waitForEvent('download'), row.locator('button.download').click()]);
    expect(download.suggestedFilename()).toBe(name);
    const file = join(printerOut, name);
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 15).toString()).toBe('SQLite format 3');
  }, 60_000);
}
