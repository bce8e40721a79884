import type { CardPaymentProvider } from '../devices/tef/card-provider.js';
import { TefDialProvider } from '../devices/tef/tef-dial-provider.js';
import { VirtualCardProvider } from '../devices/tef/virtual-provider.js';
import type { Config } from '../kernel/config.js';
import type { ModuleContext } from '../kernel/module.js';
import { VirtualFiscalEmission, type FiscalEmissionPort } from './fiscal-port.js';
import { NoCardTerminal } from './no-card-terminal.js';
import { AsaasGateway } from './gateways/asaas.js';
import { MercadoPagoGateway } from './gateways/mercado-pago.js';
import type { PixGateway } from './gateways/pix-gateway.js';
import { PixGatewayRouter } from './gateways/router.js';
import type { ReconciliationScheduleOptions } from './reconciliation-schedule.js';

export interface PaymentsOptions {
  /** PIX gateways in order of preference: the first is the primary, the rest fallbacks. */
  pixGateways?: PixGateway[];
  card?: CardPaymentProvider;
  fiscal?: FiscalEmissionPort;
  /** The daily reconciliation; by default from the configuration (CHEFIA_RECONCILIATION_AT, CHEFIA_SETTLEMENT_DIR). */
  reconciliation?: ReconciliationScheduleOptions;
}

export interface PaymentsRuntime {
  pix: PixGatewayRouter;
  card: CardPaymentProvider;
  fiscal: FiscalEmissionPort;
}

const runtimes = new WeakMap<ModuleContext, PaymentsRuntime>();

export function bindPaymentsRuntime(ctx: ModuleContext, runtime: PaymentsRuntime): void {
  runtimes.set(ctx, runtime);
}

/** The providers the payments module of this appliance was started with (for workflows). */
export function paymentsRuntimeOf(ctx: ModuleContext): PaymentsRuntime {
  const runtime = runtimes.get(ctx);
  if (!runtime) throw new Error('payments module not registered');
  return runtime;
}

/** The PIX gateways the store configured (CHEFIA_PIX_GATEWAYS, primary first), with their credentials. */
export function pixGatewaysFromConfig(pix: Config['pix']): PixGateway[] {
  return pix.gateways.map((name) =>
    name === 'ASAAS' ? new AsaasGateway({ ...pix.asaas, timeoutMs: pix.timeoutMs }) : new MercadoPagoGateway({ ...pix.mercadoPago, timeoutMs: pix.timeoutMs }),
  );
}

/**
 * The TEF Dial manager when its exchange folders are configured. Without them a demo store gets
 * the simulated TEF, which says so on every slip; a real store refuses integrated card tenders and
 * takes cards on its standalone machine instead.
 */
export function cardProviderFromConfig(config: Pick<Config, 'dataDir' | 'tefDial' | 'demo'>): CardPaymentProvider {
  if (config.tefDial) return new TefDialProvider({ ...config.tefDial, dataDir: config.dataDir });
  return config.demo ? new VirtualCardProvider() : new NoCardTerminal();
}

export function createRuntime(options: PaymentsOptions, config: Config): PaymentsRuntime {
  return {
    pix: new PixGatewayRouter(options.pixGateways ?? pixGatewaysFromConfig(config.pix)),
    card: options.card ?? cardProviderFromConfig(config),
    fiscal: options.fiscal ?? new VirtualFiscalEmission(),
  };
}
