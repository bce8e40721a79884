import { z } from 'zod';
import { zReportSchema } from '../../../appliance/contract/events/business-day.js';
import { salesGroupings } from '../reports/sales-report.js';

/** Answers of the relay's JSON routes (the envelope's `data`) for the OpenAPI document and its tests. */
export const healthAnswer = z.object({ status: z.literal('ok') });

const hqUser = z.object({ id: z.string(), username: z.string(), displayName: z.string(), role: z.enum(['HQ_ADMIN', 'HQ_ANALYST']) });

export const hqUserAnswer = hqUser;

export const hqUsersAnswer = z.array(hqUser.extend({ active: z.boolean() }));

/** The session token (also set as the session cookie) and who it belongs to. */
export const hqSessionAnswer = z.object({ token: z.string(), user: hqUser });

export const loggedOutAnswer = z.object({ loggedOut: z.literal(true) });

/** The store's credential, issued at enrollment (again while unused); its journal starts after `highWater`. */
export const enrollmentAnswer = z.object({
  storeId: z.string(),
  storeCode: z.string(),
  storeName: z.string(),
  timeZone: z.string(),
  credential: z.string(),
  highWater: z.number().int(),
});

const store = z.object({
  id: z.string(),
  clientId: z.string(),
  code: z.string(),
  name: z.string(),
  timeZone: z.string(),
  createdAt: z.string(),
  enrolled: z.boolean(),
  enrollmentPending: z.boolean(),
  highWater: z.number().int(),
  journalHead: z.number().int(),
  lagEvents: z.number().int(),
  lagSeconds: z.number().int(),
  lastSeenAt: z.string().nullable(),
  online: z.boolean(),
  downstreamAcked: z.number().int(),
  downstreamPending: z.number().int(),
});

export const storeAnswer = store;

export const storesAnswer = z.array(store);

export const createdStoreAnswer = z.object({ store, enrollmentCode: z.string() });

export const enrollmentCodeAnswer = z.object({ enrollmentCode: z.string() });

const salesTotals = { ordersCount: z.number().int(), paymentsCount: z.number().int(), grossCents: z.number().int(), refundedCents: z.number().int(), netCents: z.number().int() };

/** Sales in centavos, one row per group, with the totals. */
export const salesReportAnswer = z.object({
  from: z.string(),
  to: z.string(),
  groupBy: z.enum(salesGroupings),
  storeIds: z.array(z.string()),
  rows: z.array(
    z.object({ key: z.string(), label: z.string(), storeId: z.string().optional(), businessDate: z.string().optional(), quantity: z.number().optional(), ...salesTotals }),
  ),
  totals: z.object(salesTotals),
  /** storeDay: the page `rows` is and how many rows the period holds in all (`totals` cover them all). */
  page: z.object({ page: z.number(), size: z.number(), total: z.number() }).optional(),
});

/** A store's Z report exactly as the appliance computed it at close (a store of an older version may have sent fewer fields); one item of a page. */
export const zReportAnswer = z.object({
  storeId: z.string(),
  storeName: z.string(),
  businessDayId: z.string(),
  businessDate: z.string(),
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  report: z.union([zReportSchema, z.record(z.string(), z.unknown())]),
  /** The Z as the store printed it (pt-BR, 48 columns); null for days closed by releases before it was journaled. */
  text: z.string().nullable(),
});

/** Products across stores: each store's price and availability, and the HQ change still waiting for it. */
export const hqProductsAnswer = z.array(
  z.object({
    productId: z.string(),
    name: z.string(),
    sku: z.string().nullable(),
    stores: z.array(
      z.object({
        storeId: z.string(),
        storeName: z.string(),
        priceCents: z.number().int(),
        active: z.boolean(),
        pendingPriceCents: z.number().int().nullable(),
        pendingActive: z.boolean().nullable(),
      }),
    ),
  }),
);

/** The downstream message queued per store, by its cursor. */
export const queuedAnswer = z.object({ queued: z.array(z.object({ storeId: z.string(), cursor: z.number().int() })) });

export const configurationPushesAnswer = z.array(
  z.object({
    messageId: z.string(),
    storeId: z.string(),
    key: z.string(),
    value: z.unknown(),
    createdAt: z.string(),
    deliveredAt: z.string().nullable(),
    outcome: z.enum(['APPLIED', 'REJECTED']).nullable(),
    outcomeReason: z.string().nullable(),
    outcomeAt: z.string().nullable(),
  }),
);

export const syncStateAnswer = z.object({ storeId: z.string(), highWater: z.number().int(), nextSeq: z.number().int() });

/** Events stored from the batch (0 when all were held already), and where the store's journal stands now. */
export const ingestAnswer = z.object({
  accepted: z.number().int(),
  replayed: z.boolean(),
  highWater: z.number().int(),
  unprojected: z.number().int(),
  nextSeq: z.number().int(),
});

export const heartbeatAnswer = z.object({ highWater: z.number().int() });

export const downstreamAnswer = z.object({
  messages: z.array(z.object({ cursor: z.number().int(), id: z.string(), type: z.string(), payload: z.unknown(), createdAt: z.string() })),
  cursor: z.number().int(),
});

export const acknowledgedAnswer = z.object({ acknowledged: z.number().int() });
