import { rmSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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
 * One Chromium for all the suites of a test file (each file runs in its own worker): launching and
 * closing it cost seconds a suite on the loaded 2-core test host. The suites of a file run one
 * after the other and stay apart all the same: every page a test opens is a context of its own, and
 * a suite closes the contexts it opened.
 */
let sharedChromium: { launched: Promise<Browser> | null; suites: number } = { launched: null, suites: 0 };

/**
 * A demo store of its own (a built appliance process) and the file's headless Chromium for one
 * suite of a web app's end-to-end tests: started before its tests, handed to `ready`, stopped
 * after them with its data dir removed (and Chromium closed after the file's last suite).
 */
export function useDemoStoreInBrowser(ready: (store: DemoStoreInBrowser) => void): void {
  // Counted when the file's suites are collected, before any runs: the last suite's teardown closes Chromium.
  sharedChromium.suites += 1;
  let store: Partial<DemoStoreInBrowser> = {};
  let contextsBefore = new Set<BrowserContext>();
  beforeAll(async () => {
    // Chromium starts while the appliance boots: two processes that do not wait on each other.
    sharedChromium.launched ??= launchChromium();
    const launched = sharedChromium.launched;
    const appliance = await spawnAppliance({ env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn' }, readyTimeoutMs: 120_000 });
    store = { appliance };
    store.admin = await new ApiClient(appliance.baseUrl).login();
    store.browser = await launched;
    contextsBefore = new Set(store.browser.contexts());
    ready(store as DemoStoreInBrowser);
  }, 180_000);
  afterAll(async () => {
    const browser = store.browser;
    const closeBrowserSide = async () => {
      if (browser) await Promise.all(browser.contexts().filter((c) => !contextsBefore.has(c)).map((c) => c.close()));
      sharedChromium.suites -= 1;
      if (sharedChromium.suites === 0 && sharedChromium.launched) {
        const last = sharedChromium.launched;
        sharedChromium = { launched: null, suites: 0 };
        await (await last).close();
      }
    };
    await Promise.all([closeBrowserSide(), store.appliance?.stop()]);
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

/**
 * "Sair" and the tab closed, so the administrator's sessions stay under the cap of live sessions
 * (past it the oldest, the test's API client's, is revoked).
 */
export async function signOutOfBackOffice(page: Page): Promise<void> {
  const ended = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/logout'));
  await page.locator('nav button', { hasText: 'Sair' }).click();
  await ended;
  await page.close();
}
