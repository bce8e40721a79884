import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { lazySchema } from '../lazy-schema.js';

const cents = lazySchema(() => z.number().int());
const count = lazySchema(() => z.number().int());
const countAndAmount = { count, amountCents: cents };

/** The day's Z report (business-day/z-report.ts): every figure an integer sum of centavos. */
export const zReportSchema = lazySchema(() => z.object({
  businessDayId: z.string(),
  date: z.string(),
  openedAt: z.string(),
  closedAt: z.string(),
  currency: z.string(),
  payments: z.object({
    count,
    capturedCents: cents,
    changeCents: cents,
    refundedCents: cents,
    netCents: cents,
    byMethod: z.array(z.object({ method: z.string(), count, capturedCents: cents, refundedCents: cents, netCents: cents })),
  }),
  byHour: z.array(z.object({ hour: z.string(), ...countAndAmount })),
  byOperator: z.array(z.object({ operatorId: z.string(), ...countAndAmount, name: z.string().nullable() })),
  // `deliveryFeeCents`: the couriers' fees inside the net sale (gross − discounts + fees = net); absent in reports of earlier releases.
  sales: z.object({ ordersCount: count, grossCents: cents, discountCents: cents, deliveryFeeCents: cents.optional(), netCents: cents }),
  byChannel: z.array(z.object({ channel: z.string(), ...countAndAmount })),
  byCategory: z.array(z.object({ categoryId: z.string(), ...countAndAmount })),
  byProduct: z.array(z.object({ productId: z.string(), name: z.string(), unit: z.string(), quantity: z.number(), amountCents: cents })),
  cancellations: z.object(countAndAmount),
  writeOffs: z.object({
    ...countAndAmount,
    byKind: z.array(z.object({ kind: z.string(), ...countAndAmount })),
    orders: z.array(
      z.object({
        number: z.number().int().optional(),
        channel: z.string(),
        totalCents: cents,
        kind: z.string(),
        reason: z.string(),
        amountCents: cents,
        managerId: z.string().nullable(),
      }),
    ),
  }),
  refunds: z.object({ ...countAndAmount, byOperator: z.array(z.object({ operatorId: z.string(), ...countAndAmount })) }),
  /**
   * The service charge (taxa de serviço) collected with the tabs' payments: the staff's (Lei 13.419/2017),
   * apart from the sales and from `payments` (the goods), for the manager to distribute. Absent on
   * reports stored before it was collected.
   */
  serviceCharge: z.object({ ...countAndAmount, byMethod: z.array(z.object({ method: z.string(), ...countAndAmount })) }).optional(),
  cashiers: z.array(
    z.object({
      sessionId: z.string(),
      terminalId: z.string(),
      operatorId: z.string(),
      /** Who ran the drawer, as the Z prints it (two shifts may share a till); absent in reports of earlier releases. */
      operatorName: z.string().nullable().optional(),
      totalExpectedCents: cents,
      totalCountedCents: cents,
      differenceCents: cents,
      status: z.string(),
    }),
  ),
  taxes: z.object({
    source: z.literal('AUTHORIZED_DOCUMENTS'),
    taxReform: z.boolean(),
    icmsBaseCents: cents,
    icmsCents: cents,
    pisCents: cents,
    cofinsCents: cents,
    ibsCents: cents,
    cbsCents: cents,
  }),
  fiscalDocuments: z.object({
    authorized: count,
    contingencyPending: count,
    cancelled: count,
    rejected: count,
    denied: count,
    inutilized: count,
    awaitingEmission: count,
    authorizedTotalCents: cents,
  }),
}));

const day = { businessDayId: z.string(), date: z.string() };

export const businessDayEvents = [
  defineEvent('business_day.opened', 'business_day', () => z.object(day), 'A business day opened (`date` is YYYY-MM-DD in the store time zone).'),
  defineEvent('business_day.closing', 'business_day', () => z.object(day), 'The close of a business day started: no new sales.'),
  defineEvent(
    'business_day.closed',
    'business_day',
    () => z.object({ ...day, report: zReportSchema, text: z.string().optional() }),
    'A business day closed; `report` is the Z report, `text` the Z as the store printed it (pt-BR, 48 columns; absent in journals of earlier releases).',
  ),
  defineEvent(
    'business_day.backed_up',
    'business_day',
    () => z.object({ businessDayId: z.string(), backupId: z.string(), file: z.string(), bytes: z.number().int(), removed: z.array(z.string()) }),
    "The day's database backup was written; `removed` are older copies deleted to keep the last ones taken.",
  ),
  defineEvent(
    'backup.created',
    'backup',
    () => z.object({ name: z.string(), bytes: z.number().int(), removed: z.array(z.string()) }),
    'An on-demand database backup was written to `<data>/backups`; `removed`: older copies rotated out.',
  ),
  defineEvent(
    'backup.restored',
    'backup',
    () => z.object({ name: z.string(), preRestoreBackup: z.string(), requestedBy: z.string().nullable() }),
    'The store database was replaced by the backup `name`; the state before it is in `preRestoreBackup`. The journal keeps its history: the events between the backup and the restore stay, under their own seqs, before this one, and their effects are not in the restored state.',
  ),
] as const;
