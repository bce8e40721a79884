import type { Browser, Page } from 'playwright-core';
import { gtinCheckDigit } from '../../appliance/src/catalog/index.js';
import { launchChromium } from '../../appliance/src/kernel/testing/chromium.js';
import { spawnAppliance } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';
import { round, summarize } from './stats.js';
import { absoluteTarget, type TargetCheck } from './targets.js';
import { type ColdLoads, coldLoads, gzipBytesOf, jsGzipBytes } from './web-page-costs.js';
import { serveFloorPage } from './web-floor-page.js';

const PRODUCTS = 2000;
const SAMPLES = 200;
const COLD_LOADS = 5;
const CPU_SLOWDOWN = 4;

export interface PosBenchResult {
  products: number;
  cpuSlowdown: number;
  /** Enter of a scanned code → its cart line changed in the DOM and the next frame began. */
  scanToLine: { p50Ms: number; p99Ms: number; maxMs: number };
  /** Pointer down on a product → its cart line on screen, as above. */
  tapToLine: { p50Ms: number; p99Ms: number; maxMs: number };
  /** Navigation to /pos with an empty cache → the first screen's field focused and usable. */
  coldLoadMs: ColdLoads;
  /** Every script the terminal has loaded once the sale screen is up (first screen + counter), gzip -9. */
  jsGzipBytes: number;
  /** The scripts of the first screen alone (what a cold load waits for), gzip -9. */
  firstScreenJsGzipBytes: number;
  /** The same browser, throttling and probe on the toolchain's emptiest page: what no app can beat here. */
  floor: { tapToLine: { p50Ms: number; p99Ms: number; maxMs: number }; coldLoadMs: ColdLoads };
  /** The POS's figures over the floor's (how much the POS's own work costs). */
  vsFloor: { tapToLineP99: number; coldLoadMedian: number };
  targets: TargetCheck[];
}

async function throttled(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return page;
}

/** Records, in the page, input (Enter or pointer down) → the cart's DOM changed → next frame. */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __t0: number };
    w.__lat = [];
    w.__t0 = 0;
    window.addEventListener('keydown', (e) => e.key === 'Enter' && (w.__t0 = performance.now()), true);
    window.addEventListener('pointerdown', () => (w.__t0 = performance.now()), true);
    new MutationObserver(() => {
      const t0 = w.__t0;
      if (!t0) return;
      w.__t0 = 0;
      requestAnimationFrame(() => w.__lat.push(performance.now() - t0));
    }).observe(document.querySelector('.lines')!, { childList: true, subtree: true, characterData: true });
  });
}

const samples = (page: Page) => page.evaluate(() => (window as unknown as { __lat: number[] }).__lat.length);

/** SAMPLES inputs; every 20 lines `clear` empties the cart (not measured). */
async function measure(page: Page, act: (i: number) => Promise<void>, clear: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => ((window as unknown as { __lat: number[] }).__lat = []));
  for (let i = 0; i < SAMPLES; i++) {
    await act(i);
    await page.waitForFunction((n) => (window as unknown as { __lat: number[] }).__lat.length > n, i).catch(async (error: Error) => {
      throw new Error(`${error.message}\n${await page.evaluate(() => document.querySelector('.app')?.textContent?.slice(0, 600))}`);
    });
    // Keep the cart at a counter's size.
    if (i % 20 === 19) await clear();
  }
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
}

const stats = (values: number[]) => {
  const s = summarize(values);
  return { p50Ms: round(s.p50), p99Ms: round(s.p99), maxMs: round(s.max) };
};

/** The floor page measured exactly like /pos: same viewport, throttling, probe and pacing. */
async function measureFloor(browser: Browser): Promise<PosBenchResult['floor']> {
  const floor = await serveFloorPage();
  try {
    const coldLoadMs = await coldLoads(() => throttled(browser), floor.url, '.product:focus', COLD_LOADS);
    const page = await throttled(browser);
    await page.goto(floor.url);
    await installProbe(page);
    const taps = await measure(
      page,
      (i) => page.locator('.product').nth(i % 24).click(),
      () => page.evaluate(() => (document.querySelector('#clear') as HTMLButtonElement).click()),
    );
    await page.context().close();
    return { tapToLine: stats(taps), coldLoadMs };
  } finally {
    await floor.close();
  }
}

export async function runPosBench(): Promise<PosBenchResult> {
  const appliance = await spawnAppliance({ env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn' }, readyTimeoutMs: 120_000 });
  let stopped: Promise<void> | null = null;
  const stopAppliance = () => (stopped ??= appliance.stop());
  const browser = await launchChromium();
  try {
    const admin = await new ApiClient(appliance.baseUrl).login();
    const codes: string[] = [];
    for (let start = 0; start < PRODUCTS; start += 20) {
      await Promise.all(
        Array.from({ length: 20 }, async (_, k) => {
          const i = start + k;
          const body = `200${String(i).padStart(9, '0')}`;
          codes[i] = body + gtinCheckDigit(body);
          const res = await admin.post('/products', { categoryId: 'cat-desserts', sku: `BENCH-${i}`, name: `Produto de teste ${i}`, type: 'SIMPLE', priceCents: 100 + i, barcode: codes[i], sendToKitchen: false });
          if (res.status !== 201) throw new Error(`product ${i}: ${JSON.stringify(res.body)}`);
        }),
      );
    }

    const coldLoadMs = await coldLoads(() => throttled(browser), `${appliance.baseUrl}/pos`, '#setup-form input[name=username]:focus', COLD_LOADS);

    const page = await throttled(browser);
    page.setDefaultTimeout(30_000);
    // The scripts this terminal fetches from the cold start until the sale screen is up.
    const scripts = new Set<string>();
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (/^\/web\/assets\/[\w.-]+\.js$/.test(path)) scripts.add(path);
    });
    await page.goto(`${appliance.baseUrl}/pos`);
    await page.locator('#setup-form input[name=username]').fill('caixa');
    await page.locator('#setup-form input[name=password]').fill('Caixa#2026');
    await page.keyboard.press('Enter');
    await page.locator('#drawer-form input').fill('100,00');
    await page.keyboard.press('Enter');
    await page.locator('#search').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.product').length > 0);
    await page.waitForFunction(async () => JSON.parse(localStorage.getItem('chefia.pos.catalog') || '{"products":[]}').products.length >= 2000);
    await page.keyboard.press('Escape');
    const saleScripts = [...scripts];
    await installProbe(page);

    const clearCart = async () => {
      for (let k = 0; k < 20; k++) await page.keyboard.press('Delete');
    };
    const scans = await measure(
      page,
      async (i) => {
        await page.keyboard.type(codes[(i * 37) % PRODUCTS]);
        await page.keyboard.press('Enter');
      },
      clearCart,
    );
    // Taps on the test products (no options dialog in between), found through the search.
    await page.keyboard.press('F2');
    await page.keyboard.type('produto de teste');
    const taps = await measure(page, (i) => page.locator('.product').nth(i % 24).click(), clearCart);
    if ((await samples(page)) < SAMPLES) throw new Error('missing samples');
    const pos = {
      scanToLine: stats(scans),
      tapToLine: stats(taps),
      coldLoadMs,
      jsGzipBytes: await gzipBytesOf(appliance.baseUrl, saleScripts),
      firstScreenJsGzipBytes: await jsGzipBytes(appliance.baseUrl, '/pos'),
    };
    await page.context().close();
    // The floor runs after the appliance has stopped, so the two never share the CPU.
    await stopAppliance();
    const floor = await measureFloor(browser);
    return {
      products: PRODUCTS,
      cpuSlowdown: CPU_SLOWDOWN,
      ...pos,
      floor,
      vsFloor: { tapToLineP99: round(pos.tapToLine.p99Ms / floor.tapToLine.p99Ms), coldLoadMedian: round(pos.coldLoadMs.median / floor.coldLoadMs.median) },
      targets: [
        absoluteTarget('scan → line p99', pos.scanToLine.p99Ms, 'atMost', 50, 'ms'),
        absoluteTarget('tap → line p99', pos.tapToLine.p99Ms, 'atMost', 30, 'ms'),
        absoluteTarget('cold load of /pos (median of 5)', pos.coldLoadMs.median, 'atMost', 1500, 'ms'),
        absoluteTarget('JavaScript shipped (through the sale screen)', Math.round(pos.jsGzipBytes / 1024), 'atMost', 120, 'KB gzip'),
      ],
    };
  } finally {
    await browser.close();
    await stopAppliance();
  }
}
