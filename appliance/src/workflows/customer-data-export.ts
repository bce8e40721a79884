import {
  listConsents,
  listDataRequests,
  listLegalHolds,
  toCustomer,
  type CustomerRow,
} from '../customers/index.js';
import { fiscalDocumentsOfOrder } from '../fiscal/index.js';
import type { Db } from '../kernel/db/open.js';
import { notFound } from '../kernel/errors.js';
import type { PiiKeyring } from '../kernel/pii/keyring.js';
import { ordersOfCustomer } from '../orders/index.js';
import { listPaymentsOfOrder } from '../payments/index.js';
import { chatDataOfCustomer } from '../chat/index.js';
import { deliveryDataOfCustomer } from '../delivery/index.js';
import { tableExists } from './store-schema.js';

/**
 * Everything the store holds about one customer (LGPD art. 18 II), as JSON: the record, every
 * consent decision with its time and source, every data-subject request, the orders with their
 * payments and fiscal document keys (those attached to them and those where they gave their CPF
 * "na nota"), the legal holds, and the history of changes to the record.
 * Fiscal XML is not copied in: the export names the documents by access key. The store's own
 * delivery adds the customer's saved addresses and where their orders were delivered; the chat,
 * the conversations they linked by consenting (number, profile name, every message, order addresses).
 */
export function buildCustomerExport(db: Db, keyring: PiiKeyring, customerId: string, nowIso: string) {
  const row = db.prepare('SELECT * FROM customers WHERE id = ?').get(customerId) as CustomerRow | undefined;
  if (!row) throw notFound('CUSTOMER_NOT_FOUND', { id: customerId });
  // A store may run without the payments or fiscal module: its orders then have neither to list.
  const takesPayments = tableExists(db, 'payments');
  const issuesFiscalDocuments = tableExists(db, 'fiscal_documents');
  const orders = ordersOfCustomer(db, customerId, row.cpf_index).map((order) => ({
    id: order.id,
    number: order.number,
    businessDate: order.businessDate,
    channel: order.channel,
    status: order.status,
    totalCents: order.totalCents,
    createdAt: order.createdAt,
    items: order.items.map((item) => ({ name: item.name, quantity: item.quantity, unit: item.unit, totalCents: item.totalCents, status: item.status })),
    payments: (takesPayments ? listPaymentsOfOrder(db, order.id) : []).map((p) => ({
      id: p.id,
      method: p.method,
      status: p.status,
      amountCents: p.amountCents,
      refundedCents: p.refundedCents,
      provider: p.provider,
      capturedAt: p.capturedAt,
    })),
    fiscalDocuments: (issuesFiscalDocuments ? fiscalDocumentsOfOrder(db, order.id) : []).map((d) => ({ accessKey: d.accessKey, number: d.number, series: d.series, status: d.status, issuedAt: d.issuedAt })),
  }));
  const history = db
    .prepare("SELECT type, occurred_at AS occurredAt FROM journal WHERE aggregate_type = 'customer' AND aggregate_id = ? ORDER BY seq")
    .all(customerId);
  return {
    exportedAt: nowIso,
    customer: toCustomer(row, keyring),
    consents: listConsents(db, customerId),
    dataRequests: listDataRequests(db, customerId),
    legalHolds: listLegalHolds(db, customerId),
    orders,
    chat: tableExists(db, 'chat_conversations') ? chatDataOfCustomer(db, customerId) : [],
    delivery: tableExists(db, 'deliveries') ? deliveryDataOfCustomer(db, customerId, orders.map((order) => order.id)) : { savedAddresses: [], deliveries: [] },
    history,
  };
}
