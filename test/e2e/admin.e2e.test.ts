import { describe } from 'vitest';
import { operationsCases } from './admin-operations-cases.js';
import { setupCases } from './admin-setup-cases.js';
import { toolsCases } from './admin-tools-cases.js';
import { useBackOffice } from './back-office-session.js';

/**
 * One appliance start-up for every case (CI time): the cases run in this order and build on each
 * other, from the first sign-in to a sale on the printer, the KDS screen and by the cashier set up here.
 */
describe('back office at /admin in headless Chromium, a new store from an empty data dir', () => {
  const bo = useBackOffice();
  setupCases(bo);
  operationsCases(bo);
  toolsCases(bo);
});
