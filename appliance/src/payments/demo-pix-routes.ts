import { AppError } from '../kernel/errors.js';
import { readParam } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import { demoPixGatewayOf } from './demo-pix-gateway.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';

/**
 * Demo stores only: `POST /demo/pix/{paymentId}/pay` plays the customer paying a pending PIX QR
 * code at the simulated gateway, which then sends its webhook like the real one. A plain form post
 * from the start page (no token, no script), answered with a redirect back to it.
 */
export function registerDemoPixRoutes(ctx: ModuleContext): void {
  if (!ctx.config.demo) return;
  ctx.root.post('/demo/pix/:paymentId/pay', routeDoc({ tag: 'payments', summary: 'Demo stores only: play the customer paying a pending PIX charge at the simulated gateway', status: 303, security: [], errors: { 404: ['PAYMENT_GATEWAY_NOT_CONFIGURED', 'PAYMENT_NOT_FOUND'], 422: ['PAYMENT_NOT_PENDING'] } }), async (c) => {
    const gateway = demoPixGatewayOf(ctx);
    if (!gateway) throw new AppError('PAYMENT_GATEWAY_NOT_CONFIGURED', 404);
    await gateway.customerPays(readParam(c, 'paymentId'));
    return c.redirect('/#pix', 303);
  });
}
