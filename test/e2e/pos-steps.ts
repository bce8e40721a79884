import type { Page } from 'playwright-core';
import { until } from '../support/until.js';

export interface Cashier {
  username: string;
  password: string;
  pin: string;
}

/**
 * A cashier's start at the POS terminal, by keyboard as in the store: the terminal set up once
 * with the cashier's password, the PIN sign-in (F12), then the drawer opened with its float.
 */
export async function openTerminalShift(page: Page, baseUrl: string, cashier: Cashier, float: string): Promise<void> {
  await page.goto(`${baseUrl}/pos`);
  await page.locator('#setup-form').waitFor();
  await page.keyboard.type(cashier.username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(cashier.password);
  await page.keyboard.press('Enter');
  await page.locator('#drawer-form').waitFor();
  await page.keyboard.press('F12');
  await page.locator('#pin-form').waitFor();
  await page.keyboard.type(cashier.username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(cashier.pin);
  await page.keyboard.press('Enter');
  await page.locator('#drawer-form').waitFor();
  await page.keyboard.type(float);
  await page.keyboard.press('Enter');
  await page.locator('#search').waitFor();
}

/** Barcodes read by the scanner (a keyboard wedge typing into no field), each added as a line. */
export async function scanCodes(page: Page, codes: string[]): Promise<void> {
  await page.keyboard.press('Escape');
  const before = await page.locator('.cart .line').count();
  for (const code of codes) {
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
  }
  await until('the scanned lines', async () => ((await page.locator('.cart .line').count()) === before + codes.length ? true : undefined));
}

/** F9, the cash handed over, Enter: the sale is paid. */
export async function payCash(page: Page, tendered: string): Promise<void> {
  await page.keyboard.press('F9');
  await page.locator('#payment-form').waitFor();
  await page.keyboard.type(tendered);
  await page.keyboard.press('Enter');
  await page.locator('#paid').waitFor();
}

/** F2, the product's name typed into the search, Enter: the first match is picked (its dialog opens if it has one). */
export async function searchAndPick(page: Page, text: string): Promise<void> {
  await page.keyboard.press('F2');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}
