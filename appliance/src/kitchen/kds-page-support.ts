import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../kernel/testing/chromium.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createKitchenModule } from './index.js';
import { kitchenCommandsOnly, seedStations } from './test-support.js';

export interface KdsPage {
  app: TestAppliance;
  page: Page;
}

/**
 * An in-process kitchen with the demo stations and the KDS page open in headless Chromium, signed
 * in as the grill's screen (test device credentials). Hooks registered in the calling `describe`.
 */
export function useGrillKdsPage(): KdsPage {
  const kds = {} as KdsPage;
  let browser: Browser | undefined;
  beforeAll(async () => {
    kds.app = await startTestAppliance([createKitchenModule(), kitchenCommandsOnly]);
    await seedStations(kds.app);
    browser = await launchChromium();
    kds.page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    kds.page.setDefaultTimeout(5000);
    await kds.page.goto(`${kds.app.baseUrl}/kds`);
    await kds.page.evaluate(() =>
      localStorage.setItem('chefia.kds.session', JSON.stringify({ mode: 'device', username: 'device:KDS:GRILL:EXPO', password: 'test', station: 'GRILL' })),
    );
    await kds.page.reload();
  });
  afterAll(async () => {
    await browser?.close();
    await kds.app?.close().catch(() => undefined);
  });
  return kds;
}
