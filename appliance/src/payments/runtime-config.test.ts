import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TefDialProvider } from '../devices/tef/tef-dial-provider.js';
import { VirtualCardProvider } from '../devices/tef/virtual-provider.js';
import { ConfigError, loadConfig } from '../kernel/config.js';
import { AsaasGateway } from './gateways/asaas.js';
import { MercadoPagoGateway } from './gateways/mercado-pago.js';
import { cardProviderFromConfig, pixGatewaysFromConfig } from './runtime.js';
import { reconciliationScheduleFromConfig } from './reconciliation-schedule.js';

describe('payment strategies from the validated configuration', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-payments-config-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('builds the PIX gateways in the configured order, primary first', () => {
    const config = loadConfig({ CHEFIA_DATA_DIR: dataDir, CHEFIA_PIX_GATEWAYS: 'MERCADO_PAGO, ASAAS', CHEFIA_ASAAS_API_KEY: 'key' });
    const gateways = pixGatewaysFromConfig(config.pix);
    expect(gateways.map((gateway) => gateway.name)).toEqual(['MERCADO_PAGO', 'ASAAS']);
    expect(gateways[0]).toBeInstanceOf(MercadoPagoGateway);
    expect(gateways[1]).toBeInstanceOf(AsaasGateway);
    expect(pixGatewaysFromConfig(loadConfig({ CHEFIA_DATA_DIR: dataDir }).pix)).toEqual([]);
  });

  it('refuses an unknown gateway or a bad timeout at start, naming the variable', () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig({ CHEFIA_DATA_DIR: dataDir, ...env });
      } catch (error) {
        return (error as ConfigError).problems.map((problem) => problem.variable);
      }
      return [];
    };
    expect(problems({ CHEFIA_PIX_GATEWAYS: 'ASAAS,PAGSEGURO' })).toEqual(['CHEFIA_PIX_GATEWAYS']);
    expect(problems({ CHEFIA_PIX_TIMEOUT_MS: 'soon' })).toEqual(['CHEFIA_PIX_TIMEOUT_MS']);
    expect(problems({ CHEFIA_RECONCILIATION_AT: '25:00' })).toEqual(['CHEFIA_RECONCILIATION_AT']);
  });

  it('takes cards through TEF Dial only when both exchange folders are configured; the simulated terminal only in the demo', () => {
    const reqDir = join(dataDir, 'req');
    const respDir = join(dataDir, 'resp');
    expect(cardProviderFromConfig(loadConfig({ CHEFIA_DATA_DIR: dataDir, CHEFIA_TEF_DIAL_REQ_DIR: reqDir, CHEFIA_TEF_DIAL_RESP_DIR: respDir }))).toBeInstanceOf(TefDialProvider);
    expect(cardProviderFromConfig(loadConfig({ CHEFIA_DATA_DIR: dataDir, CHEFIA_TEF_DIAL_REQ_DIR: reqDir, CHEFIA_DEMO: '1' }))).toBeInstanceOf(VirtualCardProvider);
    expect(cardProviderFromConfig(loadConfig({ CHEFIA_DATA_DIR: dataDir, CHEFIA_TEF_DIAL_REQ_DIR: reqDir }))).not.toBeInstanceOf(VirtualCardProvider);
  });

  it('reconciles from the configured time and settlement folder', () => {
    expect(reconciliationScheduleFromConfig(loadConfig({ CHEFIA_DATA_DIR: dataDir }).reconciliation)).toEqual({ runAt: '06:00', inboxDir: join(dataDir, 'settlements'), checkEveryMs: 60_000 });
    const custom = loadConfig({ CHEFIA_DATA_DIR: dataDir, CHEFIA_RECONCILIATION_AT: '07:30', CHEFIA_SETTLEMENT_DIR: join(dataDir, 'inbox') });
    expect(reconciliationScheduleFromConfig(custom.reconciliation)).toEqual({ runAt: '07:30', inboxDir: join(dataDir, 'inbox'), checkEveryMs: 60_000 });
  });
});
