import { randomBytes } from 'node:crypto';
import { AppError } from '../kernel/errors.js';
import type { ModuleContext } from '../kernel/module.js';
import { AsaasGateway } from './gateways/asaas.js';
import type { PixGatewayRouter } from './gateways/router.js';
import { findPayment } from './queries.js';
import type { AsaasSimulator } from './simulators/asaas-simulator.js';
import type { Payment } from './types.js';

/**
 * The demo store's PIX gateway: the in-repo Asaas simulator on loopback, so a newcomer can charge
 * a PIX, play the customer who pays it, and watch the webhook settle the order. It only exists in
 * a demo store (CHEFIA_DEMO=1) without CHEFIA_PIX_GATEWAYS, and everything it shows says "simulado".
 */
export class DemoPixGateway {
  private constructor(
    private readonly ctx: ModuleContext,
    private readonly simulator: AsaasSimulator,
  ) {}

  static async start(ctx: ModuleContext, router: PixGatewayRouter): Promise<DemoPixGateway> {
    // Imported here: the simulator (and its QR renderer) exists only in demo stores.
    const { AsaasSimulator } = await import('./simulators/asaas-simulator.js');
    // Fresh secrets per start: the simulator forgets its charges on restart anyway.
    const apiKey = randomBytes(16).toString('hex');
    const webhookToken = randomBytes(16).toString('hex');
    const simulator = await new AsaasSimulator({
      apiKey,
      webhookToken,
      webhookUrl: `http://127.0.0.1:${ctx.httpPort}/api/v1/payments/webhooks/asaas`,
    }).start();
    router.add(new AsaasGateway({ baseUrl: simulator.baseUrl, apiKey, webhookToken, customerId: 'cus_demo', timeoutMs: 8000 }));
    ctx.logger.info({ url: simulator.baseUrl, gateway: 'ASAAS' }, 'demo PIX: gateway simulator started (simulado)');
    return new DemoPixGateway(ctx, simulator);
  }

  /** PIX charges of this store still waiting for the customer at the simulated gateway. */
  pendingCharges(): Payment[] {
    const ids = this.ctx.db
      .prepare("SELECT id FROM payments WHERE method = 'PIX' AND provider = 'ASAAS' AND status = 'PENDING' ORDER BY created_at DESC LIMIT 20")
      .pluck()
      .all() as string[];
    return ids.map((id) => findPayment(this.ctx.db, id)).filter((payment): payment is Payment => payment !== null);
  }

  /** Plays the customer paying the QR code: the simulator marks it received and sends the webhook. */
  async customerPays(paymentId: string): Promise<void> {
    const payment = findPayment(this.ctx.db, paymentId);
    if (!payment || payment.provider !== 'ASAAS' || !payment.providerRef || !this.simulator.payments.has(payment.providerRef)) {
      throw new AppError('PAYMENT_NOT_FOUND', 404);
    }
    if (payment.status !== 'PENDING') throw new AppError('PAYMENT_NOT_PENDING', 422);
    await this.simulator.pay(payment.providerRef);
  }

  close(): Promise<void> {
    return this.simulator.close();
  }
}

const demoGateways = new WeakMap<ModuleContext, DemoPixGateway>();

export function bindDemoPixGateway(ctx: ModuleContext, gateway: DemoPixGateway): void {
  demoGateways.set(ctx, gateway);
}

/** The demo store's simulated PIX gateway, or null when real gateways are configured. */
export function demoPixGatewayOf(ctx: ModuleContext): DemoPixGateway | null {
  return demoGateways.get(ctx) ?? null;
}
