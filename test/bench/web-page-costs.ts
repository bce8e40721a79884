import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/**
 * Cold loads of a web app: `count` times a fresh browser context (empty cache) from `openPage`,
 * navigating to `url` until `ready` shows. The web benches time their app and their floor page
 * with it, so both are measured the same way.
 */
export async function coldLoads(openPage: () => Promise<Page>, url: string, ready: string, count: number): Promise<{ median: number; max: number }> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const page = await openPage();
    const started = Date.now();
    await page.goto(url);
    await page.locator(ready).waitFor();
    times.push(Date.now() - started);
    await page.context().close();
  }
  const sorted = times.sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], max: sorted[sorted.length - 1] };
}

/** Every script the app's page loads, gzip -9: what a terminal downloads on a cold start. */
export async function jsGzipBytes(baseUrl: string, pagePath: string): Promise<number> {
  const html = await (await fetch(baseUrl + pagePath)).text();
  let total = 0;
  for (const [, path] of html.matchAll(/(?:src|href)="(\/web\/assets\/[\w.-]+\.js)"/g)) total += gzipSync(Buffer.from(await (await fetch(baseUrl + path)).arrayBuffer()), { level: 9 }).length;
  return total;
}
