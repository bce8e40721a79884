import { AppError } from '../../kernel/errors.js';
import { GatewayError, type GatewayName, type PixCharge, type PixChargeRequest, type PixGateway } from './pix-gateway.js';

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
  constructor(private readonly gateways: readonly PixGateway[]) {}

  get configured(): boolean {
    return this.gateways.length > 0;
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
        return { charge, attempts };
      } catch (error) {
        attempts.push({ gateway: gateway.name, ok: false, error: error instanceof GatewayError || error instanceof Error ? error.message : String(error) });
      }
    }
    throw new AppError('PAYMENT_GATEWAY_UNAVAILABLE', 503, 'PAYMENT_GATEWAY_UNAVAILABLE', { attempts });
  }
}
