import type { CardPaymentProvider } from '../devices/tef/card-provider.js';
import { TefDialProvider } from '../devices/tef/tef-dial-provider.js';
import { VirtualCardProvider } from '../devices/tef/virtual-provider.js';
import type { ModuleContext } from '../kernel/module.js';
import { VirtualFiscalEmission, type FiscalEmissionPort } from './fiscal-port.js';
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
  /** The daily reconciliation; by default from CHEFIA_RECONCILIATION_AT / CHEFIA_SETTLEMENT_DIR. */
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

/**
 * Gateways from the environment: CHEFIA_PIX_GATEWAYS lists them primary first (e.g.
 * `ASAAS,MERCADO_PAGO`); each needs its URL and credentials.
 */
export function pixGatewaysFromEnv(env: NodeJS.ProcessEnv = process.env): PixGateway[] {
  const timeoutMs = Number(env.CHEFIA_PIX_TIMEOUT_MS ?? 8000);
  const names = (env.CHEFIA_PIX_GATEWAYS ?? '').split(',').map((n) => n.trim()).filter(Boolean);
  return names.map((name) => {
    if (name === 'ASAAS') {
      return new AsaasGateway({
        baseUrl: env.CHEFIA_ASAAS_URL ?? 'https://api.asaas.com',
        apiKey: env.CHEFIA_ASAAS_API_KEY ?? '',
        webhookToken: env.CHEFIA_ASAAS_WEBHOOK_TOKEN ?? '',
        customerId: env.CHEFIA_ASAAS_CUSTOMER_ID ?? '',
        timeoutMs,
      });
    }
    if (name === 'MERCADO_PAGO') {
      return new MercadoPagoGateway({
        baseUrl: env.CHEFIA_MP_URL ?? 'https://api.mercadopago.com',
        accessToken: env.CHEFIA_MP_ACCESS_TOKEN ?? '',
        webhookSecret: env.CHEFIA_MP_WEBHOOK_SECRET ?? '',
        payerEmail: env.CHEFIA_MP_PAYER_EMAIL ?? 'caixa@loja.local',
        notificationUrl: env.CHEFIA_MP_NOTIFICATION_URL,
        timeoutMs,
      });
    }
    throw new Error(`unknown PIX gateway ${name} in CHEFIA_PIX_GATEWAYS`);
  });
}

/**
 * The TEF Dial manager's exchange folders (CHEFIA_TEF_DIAL_REQ_DIR / CHEFIA_TEF_DIAL_RESP_DIR);
 * without them cards go to the virtual provider (demo and development stores).
 */
export function cardProviderFromEnv(dataDir: string, env: NodeJS.ProcessEnv = process.env): CardPaymentProvider {
  const reqDir = env.CHEFIA_TEF_DIAL_REQ_DIR;
  const respDir = env.CHEFIA_TEF_DIAL_RESP_DIR;
  return reqDir && respDir ? new TefDialProvider({ reqDir, respDir, dataDir }) : new VirtualCardProvider();
}

export function createRuntime(options: PaymentsOptions, dataDir: string): PaymentsRuntime {
  return {
    pix: new PixGatewayRouter(options.pixGateways ?? pixGatewaysFromEnv()),
    card: options.card ?? cardProviderFromEnv(dataDir),
    fiscal: options.fiscal ?? new VirtualFiscalEmission(),
  };
}
