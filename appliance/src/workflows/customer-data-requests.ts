import type { Db } from '../kernel/db/open.js';
import { z } from 'zod';
import {
  anonymizeCustomer,
  customerAnswers,
  customerBody,
  customersRuntimeOf,
  eraseCustomerRemnants,
  DATA_REQUEST_CHANNELS,
  DATA_REQUEST_KINDS,
  holdUntil,
  recordDataRequest,
  recordLegalHolds,
  toCustomer,
  updateCustomer,
  type BackupEraser,
  type CustomerRow,
  type DataRequest,
} from '../customers/index.js';
import type { PiiKeyring } from '../kernel/pii/keyring.js';
import { copyLegalHoldsIntoBackup, fiscalDocumentIdsOfOrders, fiscalDocumentsOfOrder, placeFiscalLegalHold } from '../fiscal/index.js';
import { badRequest } from '../kernel/errors.js';
import { safeText } from '../kernel/safe-text.js';
import { runCommand } from '../kernel/http/command-route.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readJson, readParam } from '../kernel/http/validation.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { ModuleContext } from '../kernel/module.js';
import { forgetConsumerTaxIds, forgetConsumerTaxIdsInBackup, orderIdsOfCustomer } from '../orders/index.js';
import { forgetChatDataInBackup, forgetChatDataOfCustomer } from '../chat/index.js';
import { forgetDeliveryDataInBackup, forgetDeliveryDataOfCustomer } from '../delivery/index.js';
import { withdrawJobsInBackup, withdrawJobsOf } from '../printing/index.js';
import { tableExists } from './store-schema.js';
import { buildCustomerExport } from './customer-data-export.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../contract/lazy-schema.js';

const requestBody = lazySchema(() => z.object({
  kind: z.enum(DATA_REQUEST_KINDS),
  channel: z.enum(DATA_REQUEST_CHANNELS).default('IN_STORE'),
  notes: safeText(500).optional(),
  /** CORRECTION only: the fields to correct. */
  changes: customerBody.partial().optional(),
}));
type RequestBody = z.infer<typeof requestBody>;

/** Why a document is held, by the request that erased its consumer (listed in the export). */
const LEGAL_HOLD_REASONS = { DELETION: 'LGPD_DELETION_FISCAL_RETENTION', ANONYMIZATION: 'LGPD_ANONYMIZATION_FISCAL_RETENTION' } as const;
type ErasureKind = keyof typeof LEGAL_HOLD_REASONS;

/**
 * The NFC-e of an erased customer's orders must be kept for the fiscal retention period (LGPD art.
 * 16 I) and names them (`<dest><CPF>`, the DANFE's consumer line), so they are put under legal
 * hold, by access key, and the fiscal module refuses any use of them other than the fiscal one.
 * Deletion and anonymization alike: an anonymized record whose NFC-e still showed the CPF to any
 * cashier would be re-identified in one request (LGPD art. 12), so it would not be anonymous.
 */
function holdFiscalDocuments(tx: CommandTx, customerId: string, orderIds: readonly string[], kind: ErasureKind, retentionYears: number): void {
  if (!tableExists(tx.db, 'fiscal_legal_holds')) return;
  const holds = orderIds.flatMap((orderId) =>
    fiscalDocumentsOfOrder(tx.db, orderId).map((doc) => ({ orderId, accessKey: doc.accessKey, reason: LEGAL_HOLD_REASONS[kind], holdUntil: holdUntil(doc.issuedAt, retentionYears) })),
  );
  for (const hold of holds) placeFiscalLegalHold(tx, hold.accessKey, hold.holdUntil, hold.reason);
  recordLegalHolds(tx, customerId, holds);
}

/**
 * The blind index of a customer's CPF, read before an erasure clears it: it finds the orders where
 * they gave their CPF "na nota" without the record attached (ordersOfCustomer).
 */
function cpfIndexOf(db: Db, customerId: string): string | null {
  return (db.prepare('SELECT cpf_index FROM customers WHERE id = ?').pluck().get(customerId) as string | null | undefined) ?? null;
}

/**
 * What erasing a customer does at the store, in the request's transaction: the record anonymized,
 * the CPF given "na nota" on their orders (attached to them, or given with their CPF) forgotten, the NFC-e of their orders put under legal hold
 * and their DANFE print jobs not printed yet withdrawn (a failed one keeps its sealed payload,
 * "CONSUMIDOR - CPF …", for a retry), their saved delivery addresses deleted and their deliveries'
 * street, recipient and phone forgotten, with the route slips not printed yet that name them
 * withdrawn, and the chat conversations they linked by consent emptied and unlinked. One place
 * for every way to ask for it (a deletion or anonymization request, the counter's anonymize
 * button), so none forgets a part.
 */
function eraseCustomer(tx: CommandTx, keyring: PiiKeyring, customerId: string, kind: ErasureKind, retentionYears: number): void {
  const orderIds = orderIdsOfCustomer(tx.db, customerId, cpfIndexOf(tx.db, customerId));
  anonymizeCustomer(tx, keyring, customerId);
  forgetConsumerTaxIds(tx, orderIds);
  holdFiscalDocuments(tx, customerId, orderIds, kind, retentionYears);
  const printQueue = tableExists(tx.db, 'print_jobs');
  if (printQueue) withdrawJobsOf(tx, 'fiscal_document', fiscalDocumentIdsOfOrders(tx.db, orderIds));
  if (tableExists(tx.db, 'chat_conversations')) forgetChatDataOfCustomer(tx, customerId);
  if (!tableExists(tx.db, 'deliveries')) return;
  const deliveries = forgetDeliveryDataOfCustomer(tx, customerId, orderIds);
  if (printQueue) withdrawJobsOf(tx, 'delivery', deliveries);
}

/**
 * The erasure's other parts, repeated in each backup once it committed (customers
 * `eraseCustomerRemnants`). `taxIdIndex` is the customer's CPF index as it was before the erasure
 * cleared it: the backups' orders where they gave it are found by it too.
 */
const inBackups = (live: Db, taxIdIndex: string | null): readonly BackupEraser[] => [
  (backup, customerId) => forgetConsumerTaxIdsInBackup(backup, orderIdsOfCustomer(backup, customerId, taxIdIndex)),
  forgetChatDataInBackup,
  // A restored backup must not bring back a DANFE job naming the customer, queued or failed, nor
  // serve the NFC-e that names them: the legal holds the erasure placed go into the backup too.
  (backup, customerId) => {
    const documentIds = fiscalDocumentIdsOfOrders(backup, orderIdsOfCustomer(backup, customerId, taxIdIndex));
    withdrawJobsInBackup(backup, 'fiscal_document', documentIds);
    copyLegalHoldsIntoBackup(backup, live, documentIds);
  },
  (backup, customerId) => withdrawJobsInBackup(backup, 'delivery', forgetDeliveryDataInBackup(backup, customerId, orderIdsOfCustomer(backup, customerId, taxIdIndex))),
];

function carryOut(tx: CommandTx, keyring: PiiKeyring, customerId: string, body: RequestBody, retentionYears: number): DataRequest {
  switch (body.kind) {
    case 'CORRECTION':
      if (!body.changes || Object.keys(body.changes).length === 0) throw badRequest('CUSTOMER_CORRECTION_EMPTY');
      updateCustomer(tx, keyring, customerId, body.changes);
      break;
    case 'ANONYMIZATION':
    case 'DELETION':
      eraseCustomer(tx, keyring, customerId, body.kind, retentionYears);
      break;
    case 'ACCESS':
      // Checks the customer exists; the export is read after the request is logged.
      buildCustomerExport(tx.db, keyring, customerId, tx.nowIso);
      break;
  }
  return recordDataRequest(tx, { customerId, kind: body.kind, channel: body.channel, notes: body.notes });
}

/**
 * One route for every data-subject request: it is carried out and logged (date, who handled it,
 * the 15-day deadline) in one command; the answer is the request and the customer's full export
 * as it stands afterwards (which lists this request too).
 */
export function registerCustomerDataRequests(ctx: ModuleContext): void {
  ctx.api.post('/customers/:id/data-requests', routeDoc({ tag: 'customers', summary: 'A data-subject request (access, correction, anonymization, deletion), carried out at once: the request and the full export', body: requestBody, status: 201, errors: { 400: ['CUSTOMER_CORRECTION_EMPTY'], 404: ['CUSTOMER_NOT_FOUND'] }, response: () => customerAnswers().then((a) => a.dataRequestResultAnswer) }), requirePermission('customers.erase'), async (c) => {
    // Looked up per request: workflows register on appliances (and module tests) without customers.
    const { keyring } = customersRuntimeOf(ctx);
    const id = readParam(c, 'id');
    // Read before the erasure clears it: the backups' orders where the customer gave their CPF are found by it.
    const taxIdIndex = cpfIndexOf(ctx.db, id);
    const body = await readJson(c, requestBody);
    const response = await runCommand(
      c,
      `customer.data_request.${body.kind.toLowerCase()}`,
      (tx) => ({ id, request: carryOut(tx, keyring, id, body, ctx.config.fiscalRetentionYears) }),
      201,
      // Stored without personal data; the export is built from the store as it is now.
      (stored) => ({ request: stored.request, export: buildCustomerExport(ctx.db, keyring, stored.id, ctx.clock.now().toISOString()) }),
    );
    if (body.kind === 'ANONYMIZATION' || body.kind === 'DELETION') eraseCustomerRemnants(ctx.db, ctx.config.dataDir, id, ctx.logger, inBackups(ctx.db, taxIdIndex));
    return response;
  });

  /** Anonymization asked for at the counter; logged as a data-subject request like the others, and carried out the same way (legal hold included). */
  ctx.api.post('/customers/:id/anonymize', routeDoc({ tag: 'customers', summary: 'Anonymize a customer at the counter (logged as a data-subject request)', response: () => customerAnswers().then((a) => a.customerAnswer), errors: { 404: ['CUSTOMER_NOT_FOUND'] } }), requirePermission('customers.erase'), async (c) => {
    const { keyring } = customersRuntimeOf(ctx);
    const id = readParam(c, 'id');
    // Read before the erasure clears it: the backups' orders where the customer gave their CPF are found by it.
    const taxIdIndex = cpfIndexOf(ctx.db, id);
    const response = await runCommand(
      c,
      'customer.anonymize',
      (tx) => {
        eraseCustomer(tx, keyring, id, 'ANONYMIZATION', ctx.config.fiscalRetentionYears);
        recordDataRequest(tx, { customerId: id, kind: 'ANONYMIZATION', channel: 'IN_STORE' });
        return { id };
      },
      200,
      // Stored without personal data; the answer is the record as it is now.
      (stored) => toCustomer(ctx.db.prepare('SELECT * FROM customers WHERE id = ?').get(stored.id) as CustomerRow, keyring),
    );
    eraseCustomerRemnants(ctx.db, ctx.config.dataDir, id, ctx.logger, inBackups(ctx.db, taxIdIndex));
    return response;
  });
}
