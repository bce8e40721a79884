import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { VirtualPrinterServer } from '../../appliance/src/devices/printer/virtual/server.js';
import { launchChromium } from '../../appliance/src/kernel/testing/chromium.js';
import { type ApplianceProcess, spawnAppliance } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';

/** What the back-office cases share: one appliance from an empty data dir, its admin API, one Chromium page, the store's virtual printer. */
export interface BackOffice {
  appliance: ApplianceProcess;
  api: ApiClient;
  browser: Browser;
  page: Page;
  /** Replaced when a case unplugs the printer and plugs a new one in on the same port. */
  printer: VirtualPrinterServer;
  printerPort: number;
  printerOut: string;
  /** The KDS screen paired from the back office, left open to receive the first sale. */
  kds: Page;
  fill(form: string, values: Record<string, string>): Promise<void>;
  /** Submits a form and waits for the API's answer to its change; returns the answer's status. */
  send(form: string): Promise<number>;
  /** Submits a form whose change must succeed (the screen's pt-BR error is the failure's message). */
  submit(form: string): Promise<void>;
  /** Opens an area from the navigation. */
  open(area: string): Promise<void>;
  categoryId(name: string): Promise<string>;
}

/** Starts the appliance, the printer and Chromium before the cases of the calling `describe`, and stops them after. */
export function useBackOffice(): BackOffice {
  const bo = { printerOut: mkdtempSync(join(tmpdir(), 'chefia-admin-printer-')) } as BackOffice;
  bo.fill = async (form, values) => {
    for (const [name, value] of Object.entries(values)) {
      const field = bo.page.locator(`${form} [name="${name}"]`);
      if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
      else await field.fill(value);
    }
  };
  bo.send = async (form) => {
    const answer = bo.page.waitForResponse((r) => r.url().includes('/api/v1/') && r.request().method() !== 'GET');
    await bo.page.locator(`${form} button[type=submit]`).click();
    return (await answer).status();
  };
  bo.submit = async (form) => {
    const status = await bo.send(form);
    expect(status, await bo.page.locator('.error[role=alert]').allTextContents().then((t) => t.join(' '))).toBeLessThan(300);
  };
  bo.open = async (area) => {
    await bo.page.locator(`nav a[href="#${area}"]`).click();
    await bo.page.locator(`#page-${area}`).waitFor();
  };
  bo.categoryId = async (name) => {
    const tree = (await bo.api.get('/categories')).body.data as { id: string; name: string }[];
    return tree.find((c) => c.name === name)!.id;
  };

  beforeAll(async () => {
    bo.printer = new VirtualPrinterServer({ outDir: bo.printerOut });
    bo.printerPort = await bo.printer.start();
    bo.appliance = await spawnAppliance({ env: { CHEFIA_DEMO: '0', CHEFIA_LOG_LEVEL: 'warn' }, readyTimeoutMs: 120_000 });
    bo.api = await new ApiClient(bo.appliance.baseUrl).login();
    bo.browser = await launchChromium();
    bo.page = await bo.browser.newPage({ viewport: { width: 1366, height: 768 } });
    bo.page.setDefaultTimeout(15_000);
  }, 180_000);
  afterAll(async () => {
    await bo.browser?.close();
    await bo.appliance?.stop();
    await bo.printer?.stop();
    rmSync(bo.printerOut, { recursive: true, force: true });
  });
  return bo;
}
