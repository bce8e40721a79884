import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface ColdLoads {
  /** Bench clock: `goto` until `ready` shows, as Playwright sees it (its `load` wait and probe included). */
  median: number;
  max: number;
  /**
   * The page's own clock: navigation start → the first element focused (every web bench's `ready`
   * is a focused field), without the time Playwright takes to notice. Reported beside, not a target.
   */
  inPageMedian: number;
}

/**
 * Cold loads of a web app: `count` times a fresh browser context (empty cache) from `openPage`,
 * navigating to `url` until `ready` shows. The web benches time their app and their floor page
 * with it, so both are measured the same way.
 */
export async function coldLoads(openPage: () => Promise<Page>, url: string, ready: string, count: number): Promise<ColdLoads> {
  const times: number[] = [];
  const inPage: number[] = [];
  for (let i = 0; i < count; i++) {
    const page = await openPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __firstFocusAt?: number };
      window.addEventListener('focusin', () => (w.__firstFocusAt ??= performance.now()), true);
    });
    const started = Date.now();
    await page.goto(url);
    await page.locator(ready).waitFor();
    times.push(Date.now() - started);
    inPage.push(Math.round(await page.evaluate(() => (window as unknown as { __firstFocusAt?: number }).__firstFocusAt ?? Number.NaN)));
    await page.context().close();
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { median: median(times), max: Math.max(...times), inPageMedian: median(inPage) };
}

/** The given scripts, each gzip -9 (however the server compressed them on the wire). */
export async function gzipBytesOf(baseUrl: string, paths: Iterable<string>): Promise<number> {
  let total = 0;
  for (const path of new Set(paths)) total += gzipSync(Buffer.from(await (await fetch(baseUrl + path)).arrayBuffer()), { level: 9 }).length;
  return total;
}

/** Every script the app's page loads, gzip -9: what a terminal downloads on a cold start. */
export async function jsGzipBytes(baseUrl: string, pagePath: string): Promise<number> {
  const html = await (await fetch(baseUrl + pagePath)).text();
  return gzipBytesOf(
    baseUrl,
    [...html.matchAll(/(?:src|href)="(\/web\/assets\/[\w.-]+\.js)"/g)].map((m) => m[1]),
  );
}
