import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnAppliance, type ApplianceProcess } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';
import { launchChromium } from '../../appliance/src/kernel/testing/chromium.js';

const SESSION_KEY = 'chefia.kds.session';

/** Collects every CSP violation the page reports, from the first script on. */
async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

describe('web pages: security headers and the KDS session', () => {
  let appliance: ApplianceProcess;
  let browser: Browser;

  beforeAll(async () => {
    appliance = await spawnAppliance({ env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn' }, readyTimeoutMs: 90_000 });
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await appliance?.stop();
  });

  it('sends CSP, frame, sniffing and referrer headers with pages, scripts, JSON and errors', async () => {
    const kdsAssets = [...(await (await fetch(`${appliance.baseUrl}/kds`)).text()).matchAll(/"(\/web\/assets\/[\w.-]+)"/g)].map((m) => m[1]);
    expect(kdsAssets.length).toBeGreaterThan(0);
    for (const path of ['/kds', ...kdsAssets, '/pos', '/kds/config.json', '/health', '/api/v1/auth/me', '/nowhere']) {
      const res = await fetch(`${appliance.baseUrl}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("object-src 'none'");
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(res.headers.get('x-request-id'), path).toMatch(/^[\w.:-]+$/);
      expect(res.headers.get('x-correlation-id'), path).toBe(res.headers.get('x-request-id'));
    }
  });

  it('runs the KDS page under its CSP with the token kept out of any field named password, and cannot be framed', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(15_000);
    await recordCspViolations(page);
    await page.goto(`${appliance.baseUrl}/kds`);
    await page.locator('#setup-form input[name=username]').fill('cozinha');
    await page.locator('#setup-form input[name=password]').fill('Cozinha#2026');
    await page.locator('#setup-form select[name=station]').selectOption('GRILL');
    await page.locator('#setup-form button[type=submit]').click();
    await page.locator('#banner').waitFor({ state: 'hidden' });

    // Live over the MQTT WebSocket under connect-src 'self'.
    const pos = await new ApiClient(appliance.baseUrl).login();
    const created = await pos.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-classic-burger', quantity: 1, options: ['medium'] }] });
    const confirmed = await pos.post(`/orders/${created.body.data.id}/confirm`);
    const grill = (confirmed.body.data.kitchenTickets as { ticketId: string; station: string }[]).find((t) => t.station === 'GRILL')!;
    await page.locator(`.ticket[data-ticket-id="${grill.ticketId}"]`).waitFor();

    const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), SESSION_KEY))!);
    expect(Object.keys(saved)).not.toContain('password');
    expect(saved.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);

    // A session stored by an earlier version, token under `password`, is moved and still connects.
    await page.evaluate(([key, token]) => localStorage.setItem(key, JSON.stringify({ mode: 'user', username: 'cozinha', password: token, station: 'GRILL' })), [SESSION_KEY, saved.token]);
    await page.reload();
    await page.locator(`.ticket[data-ticket-id="${grill.ticketId}"]`).waitFor();
    const moved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), SESSION_KEY))!);
    expect(moved).toMatchObject({ token: saved.token });
    expect(Object.keys(moved)).not.toContain('password');
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);

    // Another page cannot frame the KDS (a bump or a login clicked through an invisible frame).
    const framing = await browser.newPage();
    await framing.setContent(`<iframe src="${appliance.baseUrl}/kds"></iframe>`);
    await framing.waitForTimeout(1500);
    const frame = framing.frames().find((f) => f !== framing.mainFrame());
    expect(await frame?.$('#setup-form').catch(() => null)).toBeFalsy();
    await framing.close();
    await page.close();
  }, 120_000);
});
