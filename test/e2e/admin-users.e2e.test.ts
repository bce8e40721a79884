import { describe, expect, it } from 'vitest';
import { TEST_ADMIN_PASSWORD } from '../support/appliance-process.js';
import { type DemoStoreInBrowser, signInToBackOffice, signOutOfBackOffice, useDemoStoreInBrowser } from '../support/demo-store-in-browser.js';

/**
 * Who is signed in, and the users screen's audit trail "Quem mudou o quê": events in pt-BR words,
 * reloaded after each change made on the same screen.
 */
describe('back office users and who is signed in', () => {
  let store: DemoStoreInBrowser;
  useDemoStoreInBrowser((s) => {
    store = s;
  });

  it('names the signed-in manager\'s role in pt-BR (Administrador)', async () => {
    const page = await signInToBackOffice(store);
    const who = (await page.locator('nav .who').textContent()) ?? '';
    expect(who).toContain('Administrador');
    expect(who).not.toMatch(/\bADMIN\b/);
    await signOutOfBackOffice(page);
  }, 60_000);

  it('says in pt-BR what happened in each audit event (Usuário criado, Entrou no sistema…)', async () => {
    await store.admin.post('/users', { username: 'joana', name: 'Joana Caixa', role: 'CASHIER', password: 'Joana#2026xy' });
    const page = await signInToBackOffice(store);
    await page.locator('nav a[href="#users"]').click();
    await page.locator('#audit tbody tr').first().waitFor();
    const what = await page.locator('#audit tbody tr td:nth-child(3)').allTextContents();
    expect(what.length).toBeGreaterThan(0);
    expect(what).toContain('Usuário criado');
    expect(what.filter((text) => /^[a-z_]+\.[a-z_]+$/.test(text))).toEqual([]);
    // Who did it: a person's or a device's name, or "Sistema" for the store's own start-up and seeds.
    const who = await page.locator('#audit tbody tr td:nth-child(2)').allTextContents();
    expect(who.filter((name) => ['demo-seed', 'bootstrap', 'test-user'].includes(name))).toEqual([]);
    expect(who).toContain('sistema');
    await signOutOfBackOffice(page);
  }, 60_000);

  it('shows the audit trail\'s times in the store\'s zone, not the browser\'s (the owner reading it from another zone)', async () => {
    const page = await signInToBackOffice(store, { timezoneId: 'Asia/Tokyo' });
    await page.locator('nav a[href="#users"]').click();
    await page.locator('#audit tbody tr').first().waitFor();
    const newest = (await store.admin.get('/audit?size=1')).body.data[0] as { seq: number; occurredAt: string };
    const hourIn = (timeZone: string) => new Date(newest.occurredAt).toLocaleString('pt-BR', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const shown = page.locator(`#audit tbody tr`).first().locator('td').first();
    await expect.poll(() => shown.textContent(), { timeout: 10_000 }).toContain(hourIn('America/Sao_Paulo'));
    expect(await shown.textContent()).not.toContain(hourIn('Asia/Tokyo'));
    await signOutOfBackOffice(page);
  }, 60_000);

  it('lists a deactivation in the audit trail as soon as the manager makes it on the same screen', async () => {
    const created = await store.admin.post('/users', { username: 'pedro', name: 'Pedro Saiu', role: 'CASHIER', password: 'Pedro#2026xy' });
    expect(created.status).toBe(201);
    const pedroId = created.body.data.id as string;
    const page = await signInToBackOffice(store);
    await page.locator('nav a[href="#users"]').click();
    await page.locator('#audit tbody tr').first().waitFor();
    page.on('dialog', (d) => void d.accept());
    await page.locator('#users tr[data-username=pedro] button.danger').click();
    await page.locator('#users tr[data-username=pedro][data-status=INACTIVE]').waitFor();
    // The API has the event at once…
    const audit = (await store.admin.get(`/audit?subjectId=${pedroId}`)).body.data as { type: string }[];
    expect(audit.map((e) => e.type)).toContain('auth.user_deactivated');
    // …and the trail on the same screen shows it as its newest event, about Pedro.
    const newest = page.locator('#audit tbody tr').first();
    await newest.locator('td', { hasText: 'Usuário desativado' }).waitFor();
    expect(await newest.locator('td').nth(3).textContent()).toBe('Pedro Saiu');
    await signOutOfBackOffice(page);
  }, 60_000);

  it('asks the signed-in manager for their current password before setting their own PIN, and sets it with it', async () => {
    await store.admin.post('/users', { username: 'marta', name: 'Marta Caixa', role: 'CASHIER', password: 'Marta#2026xy' });
    const page = await signInToBackOffice(store);
    await page.locator('nav a[href="#users"]').click();
    await page.locator('#users tr[data-username=admin] button', { hasText: 'Redefinir' }).click();
    const form = page.locator('#credentials-form');
    await form.locator('[name=currentPassword]').waitFor();
    await form.locator('[name=pin]').fill('918273');
    await form.locator('[name=currentPassword]').fill('senha errada');
    await form.locator('button[type=submit]').click();
    await expect.poll(() => form.locator('[role=alert]').allTextContents(), { timeout: 10_000 }).toContainEqual(expect.stringContaining('inválid'));
    await form.locator('[name=currentPassword]').fill(TEST_ADMIN_PASSWORD);
    await form.locator('button[type=submit]').click();
    await page.locator('#users tr[data-username=admin] td:nth-child(4)', { hasText: 'Sim' }).waitFor();
    // Another user's reset asks for no password of theirs.
    await page.locator('#users tr[data-username=marta] button', { hasText: 'Redefinir' }).click();
    await page.locator('#credentials-form h2', { hasText: 'Marta' }).waitFor();
    expect(await page.locator('#credentials-form [name=currentPassword]').count()).toBe(0);
    await signOutOfBackOffice(page);
  }, 60_000);
});
