import { z } from 'zod';
import { cashierCloseReportSchema } from '../../contract/index.js';
import { CASHIER_OPERATION_TYPES } from './drawer-math.js';
import { PAYMENT_METHODS } from './money.js';

/** Answers of the cashier routes for the OpenAPI document only: loaded when the document is built. */
export const cashierSessionAnswer = z.object({
  id: z.string(),
  businessDayId: z.string(),
  terminalId: z.string(),
  operatorId: z.string(),
  operatorName: z.string().nullable(),
  openingFloatCents: z.number().int(),
  status: z.enum(['OPEN', 'CLOSED']),
  openedAt: z.iso.datetime(),
  closedAt: z.iso.datetime().nullable(),
  closedBy: z.string().nullable(),
});

export const cashierOperationAnswer = z.object({
  id: z.string(),
  sessionId: z.string(),
  type: z.enum(CASHIER_OPERATION_TYPES),
  method: z.enum(PAYMENT_METHODS),
  amountCents: z.number().int(),
  changeCents: z.number().int(),
  reference: z.string().nullable(),
  reason: z.string().nullable(),
  operatorId: z.string().nullable(),
  managerId: z.string().nullable(),
  createdAt: z.iso.datetime(),
});

// Null for the operator while the drawer is open: the count is blind.
export const cashierSessionDetailAnswer = cashierSessionAnswer.extend({
  operations: z.array(cashierOperationAnswer).nullable(),
  expectedByMethod: z.record(z.enum(PAYMENT_METHODS), z.number().int()).nullable(),
});

/** The close report as data and as printed. */
export const cashierCloseAnswer = z.object({ report: cashierCloseReportSchema, text: z.string() });

/** "Abrir gaveta": the opening, as journaled in `cashier.drawer_opened`. */
export { drawerOpeningSchema as drawerOpeningAnswer } from '../../contract/index.js';
