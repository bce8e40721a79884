import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { gtinCheckDigit } from '../../appliance/src/catalog/index.js';
import { launchChromium } from '../../appliance/src/kernel/testing/chromium.js';
import { spawnAppliance } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';
import { round, summarize } from './stats.js';

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
  coldLoadMs: { median: number; max: number };
  /** Every script /pos loads, gzip -9. */
  jsGzipBytes: number;
}

async function throttled(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return page;
}

async function jsGzipBytes(baseUrl: string): Promise<number> {
  const html = await (await fetch(`${baseUrl}/pos`)).text();
  let total = 0;
  for (const [, path] of html.matchAll(/(?:src|href)="(\/web\/assets\/[\w.-]+\.js)"/g)) total += gzipSync(Buffer.from(await (await fetch(baseUrl + path)).arrayBuffer()), { level: 9 }).length;
  return total;
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

async function measure(page: Page, act: (i: number) => Promise<void>): Promise<number[]> {
  await page.evaluate(() => ((window as unknown as { __lat: number[] }).__lat = []));
  for (let i = 0; i < SAMPLES; i++) {
    await act(i);
    await page.waitForFunction((n) => (window as unknown as { __lat: number[] }).__lat.length > n, i).catch(async (error: Error) => {
      throw new Error(`${error.message}\n${await page.evaluate(() => document.querySelector('.app')?.textContent?.slice(0, 600))}`);
    });
    // Keep the cart at a counter's size: clear it every 20 lines.
    if (i % 20 === 19) for (let k = 0; k < 20; k++) await page.keyboard.press('Delete');
  }
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
}

const stats = (values: number[]) => {
  const s = summarize(values);
  return { p50Ms: round(s.p50), p99Ms: round(s.p99), maxMs: round(s.max) };
};

export async function runPosBench(): Promise<PosBenchResult> {
  const appliance = await spawnAppliance({ env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn' }, readyTimeoutMs: 120_000 });
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

    const coldLoads: number[] = [];
    for (let i = 0; i < COLD_LOADS; i++) {
      const page = await throttled(browser);
      const started = Date.now();
      await page.goto(`${appliance.baseUrl}/pos`);
      await page.locator('#setup-form input[name=username]:focus').waitFor();
      coldLoads.push(Date.now() - started);
      await page.context().close();
    }

    const page = await throttled(browser);
    page.setDefaultTimeout(30_000);
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
    await installProbe(page);

    const scans = await measure(page, async (i) => {
      await page.keyboard.type(codes[(i * 37) % PRODUCTS]);
      await page.keyboard.press('Enter');
    });
    // Taps on the test products (no options dialog in between), found through the search.
    await page.keyboard.press('F2');
    await page.keyboard.type('produto de teste');
    const taps = await measure(page, async (i) => {
      await page.locator('.product').nth(i % 24).click();
    });
    if ((await samples(page)) < SAMPLES) throw new Error('missing samples');
    const sorted = [...coldLoads].sort((a, b) => a - b);
    return {
      products: PRODUCTS,
      cpuSlowdown: CPU_SLOWDOWN,
      scanToLine: stats(scans),
      tapToLine: stats(taps),
      coldLoadMs: { median: sorted[Math.floor(sorted.length / 2)], max: sorted[sorted.length - 1] },
      jsGzipBytes: await jsGzipBytes(appliance.baseUrl),
    };
  } finally {
    await browser.close();
    await appliance.stop();
  }
}
