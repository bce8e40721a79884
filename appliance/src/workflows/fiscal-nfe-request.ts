import { fiscalAnswers, fiscalModule, nfeBuyerSchema } from '../fiscal/index.js';
import { AppError } from '../kernel/errors.js';
import { ok } from '../kernel/http/envelope.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readJson, readParam } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import { getOrder, orderStatusWord } from '../orders/index.js';
import { loadPaidOrder } from './fiscal-paid-order.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';

/**
 * `POST /orders/{id}/fiscal/nfe`: the cashier asks for an NF-e model 55 to a company (CNPJ, IE,
 * address). Before payment the request is kept and the payment issues the NF-e instead of the
 * store's consumer document; for a paid order it is issued at once (if its NFC-e / CF-e still
 * stands, that one must be cancelled first: one sale, one document).
 */
export function registerNfeRequestRoute(ctx: ModuleContext): void {
  ctx.api.post('/orders/:id/fiscal/nfe', routeDoc({ tag: 'fiscal', summary: 'Ask for an NF-e (model 55) with the buyer\'s data instead of the NFC-e: emitted at once when the order is paid (201), else on payment (202)', body: nfeBuyerSchema, status: 201, errors: { 404: ['ORDER_NOT_FOUND'], 409: ['ORDER_CLOSED'] }, response: () => fiscalAnswers().then((a) => a.nfeRequestAnswer) }), requirePermission('payments.capture'), async (c) => {
    const orderId = readParam(c, 'id');
    const buyer = await readJson(c, nfeBuyerSchema);
    const order = getOrder(ctx.db, orderId);
    if (!order) throw new AppError('ORDER_NOT_FOUND', 404);
    if (order.status === 'CANCELLED') throw new AppError('ORDER_CLOSED', 409, 'ORDER_CLOSED', { status: order.status }, { number: order.number, status: orderStatusWord(order.status) });
    await fiscalModule.requestNfe(orderId, buyer);
    const paid = order.paidAt ? loadPaidOrder(ctx.db, orderId) : null;
    if (!paid) return ok(c, { orderId, status: 'REQUESTED', buyer }, 202);
    return ok(c, await fiscalModule.emitForPaidOrder(paid), 201);
  });
}
