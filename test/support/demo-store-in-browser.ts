import { rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../appliance/src/kernel/testing/chromium.js';
import { spawnAppliance, TEST_ADMIN_PASSWORD, type ApplianceProcess } from './appliance-process.js';
import { ApiClient } from './http-client.js';

export interface DemoStoreInBrowser {
  appliance: ApplianceProcess;
  /** The store's administrator, signed in over the API. */
  admin: ApiClient;
  browser: Browser;
}

/**
 * A demo store of its own (a built appliance process) and a headless Chromium for one suite of a
 * web app's end-to-end tests: started before its tests, handed to `ready`, stopped after them with
 * its data dir removed.
 */
export function useDemoStoreInBrowser(ready: (store: DemoStoreInBrowser) => void): void {
  let store: Partial<DemoStoreInBrowser> = {};
  beforeAll(async () => {
    const appliance = await spawnAppliance({ env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn' }, readyTimeoutMs: 120_000 });
    store = { appliance };
    store.admin = await new ApiClient(appliance.baseUrl).login();
    store.browser = await launchChromium();
    ready(store as DemoStoreInBrowser);
  }, 180_000);
  afterAll(async () => {
    await store.browser?.close();
    await store.appliance?.stop();
    if (store.appliance) rmSync(store.appliance.dataDir, { recursive: true, force: true });
  });
}

/** A new tab of the store's back office, signed in as its administrator, on the dashboard; `timezoneId` is the browser's zone. */
export async function signInToBackOffice(store: DemoStoreInBrowser, browserZone?: { timezoneId: string }): Promise<Page> {
  const page = await store.browser.newPage({ viewport: { width: 1366, height: 768 }, ...browserZone });
  page.setDefaultTimeout(15_000);
  await page.goto(`${store.appliance.baseUrl}/admin`);
  await page.locator('#login-form [name=username]').fill('admin');
  await page.locator('#login-form [name=password]').fill(TEST_ADMIN_PASSWORD);
  await page.keyboard.press('Enter');
  await page.locator('#page-dashboard').waitFor();
  return page;
}
