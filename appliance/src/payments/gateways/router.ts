import { AppError } from '../../kernel/errors.js';
import type { GatewayName, PixCharge, PixChargeRequest, PixGateway } from './pix-gateway.js';

export interface GatewayAttempt {
  gateway: GatewayName;
  ok: boolean;
  error: string | null;
}

/**
 * Primary first, then the fallbacks in order. Any failure of a gateway (error status, network,
 * timeout) moves on to the next, so the customer gets a QR code while one provider is down. The
 * attempt list is kept with the payment for the audit trail.
 */
export class PixGatewayRouter {
  private pendingCleanups: Promise<void> = Promise.resolve();

  private readonly gateways: PixGateway[];

  constructor(gateways: readonly PixGateway[]) {
    this.gateways = [...gateways];
  }

  /** Adds a gateway after the configured ones (the demo store's simulator, started with the servers). */
  add(gateway: PixGateway): void {
    this.gateways.push(gateway);
  }

  get configured(): boolean {
    return this.gateways.length > 0;
  }

  /** The configured gateways, primary first (the daily reconciliation asks each for its settlements). */
  list(): readonly PixGateway[] {
    return this.gateways;
  }

  byName(name: string): PixGateway | null {
    return this.gateways.find((g) => g.name === name) ?? null;
  }

  async createPixCharge(request: PixChargeRequest): Promise<{ charge: PixCharge; attempts: GatewayAttempt[] }> {
    if (this.gateways.length === 0) throw new AppError('PAYMENT_GATEWAY_NOT_CONFIGURED', 422);
    const attempts: GatewayAttempt[] = [];
    for (const gateway of this.gateways) {
      try {
        const charge = await gateway.createPixCharge(request);
        attempts.push({ gateway: gateway.name, ok: true, error: null });
        this.withdrawOrphans(request.paymentId, attempts);
        return { charge, attempts };
      } catch (error) {
        attempts.push({ gateway: gateway.name, ok: false, error: error instanceof Error ? error.message : String(error) });
      }
    }
    for (const gateway of this.gateways) this.withdrawOrphans(request.paymentId, [{ gateway: gateway.name, ok: false, error: null }]);
    throw new AppError('PAYMENT_GATEWAY_UNAVAILABLE', 503, 'PAYMENT_GATEWAY_UNAVAILABLE', { attempts });
  }

  /**
   * A gateway that failed by timeout may still have created the charge. In the background, ask
   * each failed gateway for charges with our payment id and cancel them, so the customer can only
   * pay the QR code the store recorded. Best effort: reconciliation reports anything left.
   */
  private withdrawOrphans(paymentId: string, attempts: GatewayAttempt[]): void {
    const cleanups = attempts
      .filter((a) => !a.ok)
      .map((a) => this.byName(a.gateway))
      .filter((g): g is PixGateway => g !== null)
      .map((g) => g.cancelByReference(paymentId).catch(() => 0));
    this.pendingCleanups = Promise.all([this.pendingCleanups, ...cleanups]).then(() => undefined);
  }

  /** Resolves when background cleanups started so far are done (tests, shutdown). */
  cleanupsSettled(): Promise<void> {
    return this.pendingCleanups;
  }
}
