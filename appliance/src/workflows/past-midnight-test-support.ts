import { afterAll, beforeAll, expect } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import { cashierModule } from '../cashier/index.js';
import { localDate } from '../kernel/clock.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { AsaasGateway, createPaymentsModule } from '../payments/index.js';
import { AsaasSimulator } from '../payments/simulators/asaas-simulator.js';
import { workflowsModule } from './index.js';
import { apiAs, type Api, orderModules } from './test-support.js';

export interface BarPastMidnight {
  app: TestAppliance;
  /** The PIX gateway, whose calendar is São Paulo's date of the store's clock. */
  asaas: AsaasSimulator;
  /** A cashier whose drawer is open (POS-N, no float). */
  cashier: Api;
  manager: Api;
  /** Moves the store's clock (and the gateway's calendar) to that instant. */
  at(instant: string): void;
}

/**
 * A bar whose business day opened on Monday 23/11 at 19:00 in São Paulo, with the Asaas PIX
 * gateway simulated on the same clock, for days that run past midnight. Hooks registered in the
 * calling `describe`.
 */
export function useBarPastMidnight(): BarPastMidnight {
  let now = new Date('2026-11-23T22:00:00.000Z'); // Monday 19:00 in São Paulo
  const bar = {
    at: (instant: string) => {
      now = new Date(instant);
    },
  } as BarPastMidnight;
  beforeAll(async () => {
    bar.asaas = await new AsaasSimulator({ apiKey: 'k', webhookToken: 'hook', today: () => localDate(now, 'America/Sao_Paulo') }).start();
    const payments = createPaymentsModule({ pixGateways: [new AsaasGateway({ baseUrl: bar.asaas.baseUrl, apiKey: 'k', webhookToken: 'hook', customerId: 'cus_1', timeoutMs: 2000 })] });
    bar.app = await startTestAppliance([...orderModules().filter((m) => m !== workflowsModule), cashierModule, payments, workflowsModule], {
      clock: { now: () => now },
      env: { CHEFIA_DEMO: '1' },
    });
    bar.asaas.webhookUrl = `${bar.app.baseUrl}/api/v1/payments/webhooks/asaas`;
    bar.cashier = apiAs(bar.app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
    bar.manager = apiAs(bar.app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER', 'user-manager');
    expect((await bar.cashier.post('/cashier-sessions', { terminalId: 'POS-N', openingFloatCents: 0 })).status).toBe(201);
  });
  afterAll(async () => {
    await bar.app?.close();
    await bar.asaas?.close();
  });
  return bar;
}
