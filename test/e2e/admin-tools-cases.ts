
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot } from '../../appliance/src/kernel/paths.js';
import { until } from '../support/until.js';
import type { BackOffice } from './back-office-session.js';
import { openTerminalShift, payCash, scanCodes } from './pos-steps.js';

/** The first sale by the new cashier, then the menu import, pricing, the floor editor and a print-queue restart. Registered in order by admin.e2e.test.ts on its one start-up. */
export function toolsCases(bo: BackOffice): void {
  it('ends with a sale on /pos by the new cashier: its NFC-e DANFE prints on the new printer and the ticket reaches the paired KDS', async () => {
    const { appliance, api, browser, printer, kds } = bo;
    const pos = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    pos.setDefaultTimeout(15_000);
    await openTerminalShift(pos, appliance.baseUrl, { username: 'maria', password: 'Maria#2026x', pin: '4817' }, '100,00');
    await scanCodes(pos, ['7891000100103']);
    expect(await pos.locator('.cart .line .name').allTextContents()).toEqual(['X-Salada']);
    await payCash(pos, '30,00');
    expect(await pos.locator('#paid-change').textContent()).toBe('Troco: R$\u00a05,10');

    // With the fiscal wizard done the customer's receipt is the DANFE NFC-e of the sale, authorized.
    const order = (await api.get('/orders?size=1&sort=created_at:desc')).body.data[0] as { id: string; number: number };
    const nfce = await until('the sale\'s NFC-e authorized', async () => {
      const [document] = (await api.get(`/fiscal/documents?orderId=${order.id}`)).body.data as { status: string; number: number }[];
      return document?.status === 'AUTHORIZED' ? document : undefined;
    }, 30_000);
    const danfe = await until('the DANFE on the store printer', () => printer.jobs.find((j) => j.text.includes('X-Salada') && j.text.includes(String(nfce.number).padStart(9, '0'))), 30_000);
    expect(danfe.text).toContain('Cantina da Nona Ltda');
    const ticket = kds.locator('.ticket', { hasText: `#${order.number}` });
    await ticket.waitFor();
    await pos.close();
  }, 120_000);

  it('imports the previous POS\'s menu export with its progress shown; a second run changes nothing; the rejected rows are listed', async () => {
    const { api, page, open } = bo;
    await open('menu');
    const sample = join(repoRoot(), 'test', 'fixtures', 'legacy-import', 'produtos-sistema-anterior.csv');
    /** Runs the import on the screen and waits for its summary (the previous run's stays until then). */
    const importOnce = async (summary: string) => {
      await page.locator('#import-form [name=file]').setInputFiles(sample);
      await page.locator('#import-form button[type=submit]').click();
      await page.locator('#import-progress progress').waitFor();
      await expect.poll(() => page.locator('#legacy-import .ok[role=status]').textContent(), { timeout: 15_000 }).toBe(summary);
    };
    const products = async () => ((await api.get('/products?size=100&sort=name:asc')).body.data as { id: string; updatedAt: string }[]).map((p) => `${p.id} ${p.updatedAt}`);

    await importOnce('Importação concluída: 27 criados, 0 atualizados, 0 sem mudança, 3 rejeitados.');
    expect(await page.locator('#import-progress').textContent()).toContain('30/30');
    expect(await page.locator('#import-progress progress').evaluate((bar: HTMLProgressElement) => [bar.value, bar.max])).toEqual([30, 30]);
    const rejectedRows = async () => page.locator('#import-rejected tbody tr').evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll('td'), (td) => td.textContent)));
    const rejected = [
      ['29', 'Linha sem o nome do produto.'],
      ['30', 'Preço "abc" inválido: use o formato 29,90.'],
      ['31', 'NCM "09012" inválido: o NCM tem 8 dígitos.'],
    ];
    expect(await rejectedRows()).toEqual(rejected);
    await page.locator('#products tr', { hasText: 'Feijoada completa' }).waitFor();
    const afterFirst = await products();
    expect(afterFirst.length).toBe(30);

    await importOnce('Importação concluída: 0 criados, 0 atualizados, 27 sem mudança, 3 rejeitados.');
    expect(await rejectedRows()).toEqual(rejected);
    expect(await products()).toEqual(afterFirst);
  }, 60_000);

  it('pricing: a promotion made on the screen, simulated by the engine with its rule trace, then switched off', async () => {
    const { api, page, fill, submit, open, categoryId } = bo;
    await open('pricing');
    await fill('#rule-form', { id: 'lanches-10', kind: 'PERCENT_OFF' });
    await fill('#rule-form', { percent: '10' });
    await page.locator('#rule-form [name=categoryIds]').selectOption(await categoryId('Lanches'));
    await submit('#rule-form');
    expect(await page.locator('#pricing-rules tr[data-rule=lanches-10] td').nth(2).textContent()).toBe('−10\u00a0% em Lanches');

    await page.locator('#simulate-line [name=productId]').selectOption({ label: 'X-Salada' });
    await fill('#simulate-line', { quantity: '2' });
    await page.locator('#simulate-line button[type=submit]').click();
    await fill('#simulate-context', { channel: 'COUNTER' });
    const simulated = page.waitForResponse((r) => r.url().endsWith('/api/v1/pricing/simulate'));
    await page.locator('#simulate-run').click();
    expect((await simulated).status()).toBe(200);
    const step = page.locator('#simulate-result li[data-rule=lanches-10]');
    expect([await step.getAttribute('data-reason'), await step.textContent()]).toEqual(['BEST_DISCOUNT', 'lanches-10 — aplicada: maior desconto da linha, −R$\u00a04,98']);
    expect(await page.locator('#simulate-result tr[data-line="0"] td').allTextContents()).toEqual(['2 × X-Salada', 'R$\u00a049,80', 'R$\u00a049,80', '−R$\u00a04,98', 'R$\u00a044,82']);

    // Switched off, so the sales of the other cases keep their list prices.
    await page.locator('#pricing-rules tr[data-rule=lanches-10] button', { hasText: 'Desativar' }).click();
    await page.locator('#pricing-rules tr[data-rule=lanches-10] .pill', { hasText: 'Desativada' }).waitFor();
    expect((await api.get('/pricing/rules')).body.data.map((r: { rule: { id: string }; active: boolean }) => [r.rule.id, r.active])).toEqual([['lanches-10', false]]);
  }, 60_000);

  it('floor editor: a layout with two tables, one dragged into place with the pointer, one moved with the arrow keys', async () => {
    const { api, page, fill, submit, open } = bo;
    await open('floor');
    await fill('#floor-add-layout', { name: 'Salão', section: 'Interno' });
    await submit('#floor-add-layout');
    for (const label of ['1', '2']) {
      await fill('#floor-add-table', { label, capacity: '4' });
      await submit('#floor-add-table');
      await page.locator(`.floor-table[data-table="${label}"]`).waitFor();
    }
    const one = page.locator('.floor-table[data-table="1"]');
    expect(await one.getAttribute('data-cell')).toBe('0,0');
    const grid = (await page.locator('.floor-grid').boundingBox())!;
    const from = (await one.boundingBox())!;
    const [cellWidth, cellHeight] = [grid.width / 16, grid.height / 10];
    const dropped = page.waitForResponse((r) => r.url().endsWith('/placement'));
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(grid.x + cellWidth * 5.5, grid.y + cellHeight * 3.5, { steps: 6 });
    await page.mouse.up();
    expect((await dropped).status()).toBe(200);
    await page.locator('.floor-table[data-table="1"][data-cell="5,3"]').waitFor();

    await page.locator('.floor-table[data-table="2"]').focus();
    const moved = page.waitForResponse((r) => r.url().endsWith('/placement'));
    await page.keyboard.press('ArrowDown');
    expect((await moved).status()).toBe(200);
    await page.locator('.floor-table[data-table="2"][data-cell="1,1"]').waitFor();
    const tables = (await api.get('/tables')).body.data as { label: string; capacity: number; gridCol: number; gridRow: number }[];
    expect(tables.map((t) => [t.label, t.capacity, t.gridCol, t.gridRow])).toEqual([['1', 4, 5, 3], ['2', 4, 1, 1]]);
  }, 60_000);

  it('service dashboard: the print queue restarted after a confirmation keeps printing, and the audit trail names who did it', async () => {
    const { api, page, printer, open } = bo;
    await open('dashboard');
    await page.locator('#restarts button[data-restart=appliance]').waitFor();
    await page.locator('#restarts button[data-restart=print-queue]').click();
    expect(await page.locator('#restart-confirm-text').textContent()).toContain('nada se perde');
    const restarted = page.waitForResponse((r) => r.url().endsWith('/api/v1/service/restarts') && r.request().method() === 'POST');
    await page.locator('#restart-confirm').click();
    expect((await restarted).status()).toBe(200);
    expect(await page.locator('#restarts .ok').textContent()).toBe('Pronto: a fila de impressão reiniciou e já está funcionando.');
    await api.post('/print-jobs', { printerId: 'caixa-1', kind: 'test_page', payload: { document: { columns: 48, ops: [{ op: 'text', text: 'depois do reinicio' }, { op: 'cut', partial: true }] } } });
    await until('a job printed by the new queue', () => printer.jobs.find((j) => j.text.includes('depois do reinicio')), 15_000);
    const audit = (await api.get('/audit?type=system.restart_requested')).body.data as { aggregateId: string; actor: { id: string } }[];
    const admin = ((await api.get('/users')).body.data as { id: string; username: string }[]).find((u) => u.username === 'admin')!;
    expect(audit.map((e) => [e.aggregateId, e.actor.id])).toEqual([['print-queue', admin.id]]);
  }, 60_000);
}
