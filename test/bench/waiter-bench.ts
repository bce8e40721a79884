import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../appliance/src/kernel/testing/chromium.js';
import { spawnAppliance } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';
import { openTable, PHONE, WAITER } from '../e2e/waiter-steps.js';
import { round, summarize } from './stats.js';
import { absoluteTarget, type TargetCheck } from './targets.js';
import { coldLoads, jsGzipBytes } from './web-page-costs.js';
import { serveFloorPage } from './web-floor-page.js';

const MENU_PRODUCTS = 150;
const SAMPLES = 200;
const COLD_LOADS = 5;
const CPU_SLOWDOWN = 6;
const LINES_KEPT = 20;

type Latency = { p50Ms: number; p99Ms: number; maxMs: number };

export interface WaiterBenchResult {
  cpuSlowdown: number;
  viewport: typeof PHONE;
  menuProducts: number;
  /** Pointer down on a product in the menu → its line in the round on screen (DOM changed, next frame). */
  tapToLine: Latency;
  /** A paired phone opening /garcom with an empty cache → the PIN login's first field focused. */
  coldLoadMs: { median: number; max: number };
  /** The same, on the floor page (Vite + Preact + signals, nothing else). */
  floor: { tapToLine: Latency; coldLoadMs: { median: number; max: number } };
  /** The app's figures over the floor's (how much the app's own work costs). */
  vsFloor: { tapToLineP99: number; coldLoadMedian: number };
  /** Every script /garcom loads, gzip -9. */
  jsGzipBytes: number;
  targets: TargetCheck[];
}

async function phoneContext(browser: Browser, init?: { key: string; value: string }): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  if (init) await context.addInitScript(({ key, value }) => localStorage.setItem(key, value), init);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  page.setDefaultTimeout(30_000);
  return page;
}

/** Records, in the page, pointer down → the list under `selector` changed → the next frame began. */
async function watchLines(page: Page, selector: string): Promise<void> {
  await page.evaluate((target) => {
    const w = window as unknown as { __taps: number[]; __down: number };
    w.__taps = [];
    w.__down = 0;
    window.addEventListener('pointerdown', () => (w.__down = performance.now()), true);
    new MutationObserver(() => {
      const down = w.__down;
      if (!down) return;
      w.__down = 0;
      requestAnimationFrame(() => w.__taps.push(performance.now() - down));
    }).observe(document.querySelector(target)!, { childList: true, subtree: true, characterData: true });
  }, selector);
}

/** SAMPLES taps; every LINES_KEPT lines `clear` empties the list without a pointer (not measured). */
async function tapLatencies(page: Page, tap: (i: number) => Promise<void>, clear: () => Promise<void>): Promise<Latency> {
  for (let i = 0; i < SAMPLES; i++) {
    await tap(i);
    await page.waitForFunction((n) => (window as unknown as { __taps: number[] }).__taps.length > n, i);
    if (i % LINES_KEPT === LINES_KEPT - 1) await clear();
  }
  const s = summarize(await page.evaluate(() => (window as unknown as { __taps: number[] }).__taps));
  return { p50Ms: round(s.p50), p99Ms: round(s.p99), maxMs: round(s.max) };
}

async function measureFloor(browser: Browser) {
  const floor = await serveFloorPage();
  try {
    const coldLoadMs = await coldLoads(() => phoneContext(browser), floor.url, '.product:focus', COLD_LOADS);
    const page = await phoneContext(browser);
    await page.goto(floor.url);
    await watchLines(page, '.lines');
    const tapToLine = await tapLatencies(
      page,
      (i) => page.locator('.product').nth(i % 24).click(),
      () => page.evaluate(() => (document.querySelector('#clear') as HTMLButtonElement).click()),
    );
    await page.context().close();
    return { tapToLine, coldLoadMs };
  } finally {
    await floor.close();
  }
}

/**
 * The waiter app on a throttled phone: a restaurant menu of MENU_PRODUCTS dishes plus the demo's,
 * taps on the products of one category into the round, and cold loads of a paired phone; then the
 * floor page the same way, after the appliance has stopped.
 */
export async function runWaiterBench(): Promise<WaiterBenchResult> {
  const appliance = await spawnAppliance({ env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn' }, readyTimeoutMs: 120_000 });
  const browser = await launchChromium();
  try {
    let garcom: Omit<WaiterBenchResult, 'floor' | 'vsFloor' | 'targets'>;
    try {
      const admin = await new ApiClient(appliance.baseUrl).login();
      for (let start = 0; start < MENU_PRODUCTS; start += 25) {
        await Promise.all(
          Array.from({ length: Math.min(25, MENU_PRODUCTS - start) }, async (_, k) => {
            const i = start + k;
            const res = await admin.post('/products', { categoryId: 'cat-desserts', sku: `MESA-${i}`, name: `Prato de teste ${i}`, type: 'SIMPLE', priceCents: 1000 + i, sendToKitchen: false });
            if (res.status !== 201) throw new Error(`product ${i}: ${JSON.stringify(res.body)}`);
          }),
        );
      }
      const code = (await admin.post('/devices', { name: 'Celular de bancada', kind: 'WAITER_TABLET' })).body.data.pairingCode as string;
      const device = (await admin.post('/devices/pair', { code })).body.data as { device: { id: string }; deviceToken: string };
      const paired = { key: 'chefia.garcom.device', value: JSON.stringify({ deviceId: device.device.id, token: device.deviceToken }) };
      const coldLoadMs = await coldLoads(() => phoneContext(browser, paired), `${appliance.baseUrl}/garcom`, '#login-form input[name=username]:focus', COLD_LOADS);

      const phone = await phoneContext(browser, paired);
      await phone.goto(`${appliance.baseUrl}/garcom`);
      await phone.locator('#login-form input[name=username]').fill(WAITER.username);
      await phone.locator('#login-form input[name=pin]').fill(WAITER.pin);
      await phone.locator('#login-form button[type=submit]').click();
      await openTable(phone, 'table-4', 2);
      await phone.locator('#add-items').click();
      await phone.locator('#menu .categories button', { hasText: 'Sobremesas' }).click();
      await phone.locator('#menu .product').nth(23).waitFor();
      await watchLines(phone, '#menu #draft');
      const tapToLine = await tapLatencies(
        phone,
        (i) => phone.locator('#menu .product').nth(i % 24).click(),
        () => phone.evaluate(() => document.querySelectorAll<HTMLButtonElement>('#menu #draft .remove').forEach((b) => b.click())),
      );
      garcom = { cpuSlowdown: CPU_SLOWDOWN, viewport: PHONE, menuProducts: MENU_PRODUCTS, tapToLine, coldLoadMs, jsGzipBytes: await jsGzipBytes(appliance.baseUrl, '/garcom') };
    } finally {
      await appliance.stop();
    }
    const floor = await measureFloor(browser);
    return {
      ...garcom,
      floor,
      vsFloor: { tapToLineP99: round(garcom.tapToLine.p99Ms / floor.tapToLine.p99Ms), coldLoadMedian: round(garcom.coldLoadMs.median / floor.coldLoadMs.median) },
      targets: [
        absoluteTarget('tap → line p99', garcom.tapToLine.p99Ms, 'atMost', 50, 'ms'),
        absoluteTarget('cold load of /garcom (median of 5)', garcom.coldLoadMs.median, 'atMost', 2000, 'ms'),
      ],
    };
  } finally {
    await browser.close();
  }
}
