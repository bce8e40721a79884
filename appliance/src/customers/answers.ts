import { z } from 'zod';
import { DATA_REQUEST_KINDS } from './data-requests.js';

/** Answers of the customer routes for the OpenAPI document only: loaded when the document is built. */

/** A customer as the API answers it (`Customer`): personal fields opened, null when not given or erased. */
export const customerAnswer = z.object({
  id: z.string(),
  name: z.string(),
  cpf: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  addresses: z.array(
    z.object({
      label: z.string().optional(),
      street: z.string(),
      number: z.string().optional(),
      complement: z.string().optional(),
      district: z.string().optional(),
      city: z.string(),
      state: z.string(),
      postalCode: z.string().optional(),
    }),
  ),
  marketingConsent: z.boolean(),
  consentAt: z.string().nullable(),
  anonymizedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** One data-subject request, as the customer's history lists it. */
export const dataRequestAnswer = z.object({
  id: z.string(),
  customerId: z.string(),
  kind: z.enum(DATA_REQUEST_KINDS),
  channel: z.string(),
  requestedAt: z.string(),
  dueAt: z.string(),
  completedAt: z.string().nullable(),
  handledBy: z.string().nullable(),
  handledByName: z.string().nullable(),
  notes: z.string().nullable(),
});

/** A rotation of the personal-data key: rows re-encrypted per sealed store, and the keys dropped. */
export const keyRotationAnswer = z.object({ keyId: z.string(), resealed: z.number().int(), resealedByStore: z.record(z.string(), z.number().int()), retired: z.array(z.string()) });

const exportedOrder = z.object({
  id: z.string(),
  number: z.number().int(),
  businessDate: z.string(),
  channel: z.string(),
  status: z.string(),
  totalCents: z.number().int(),
  createdAt: z.string(),
  items: z.array(z.object({ name: z.string(), quantity: z.number().int(), unit: z.string(), totalCents: z.number().int(), status: z.string() })),
  payments: z.array(
    z.object({
      id: z.string(),
      method: z.string(),
      status: z.string(),
      amountCents: z.number().int(),
      refundedCents: z.number().int(),
      provider: z.string(),
      capturedAt: z.string().nullable(),
    }),
  ),
  fiscalDocuments: z.array(z.object({ accessKey: z.string(), number: z.number().int(), series: z.number().int(), status: z.string(), issuedAt: z.string() })),
});

/** Everything the store holds about the customer (LGPD art. 18 II), as it is after the request. */
export const customerExportAnswer = z.object({
  exportedAt: z.string(),
  customer: customerAnswer,
  consents: z.array(z.object({ purpose: z.string(), granted: z.boolean(), source: z.string(), recordedAt: z.string(), recordedBy: z.string().nullable(), wording: z.string().nullable() })),
  dataRequests: z.array(dataRequestAnswer),
  legalHolds: z.array(z.object({ orderId: z.string(), accessKey: z.string(), reason: z.string(), heldAt: z.string(), holdUntil: z.string() })),
  orders: z.array(exportedOrder),
  /** The chat conversations the customer linked by consenting: what the platform gave, every message both ways, where the chat orders went. */
  chat: z.array(
    z.object({
      channel: z.string(),
      userId: z.string(),
      profileName: z.string().nullable(),
      startedAt: z.string(),
      messages: z.array(z.object({ direction: z.string(), author: z.string(), text: z.string(), at: z.string() })),
      orders: z.array(z.object({ orderId: z.string(), fulfilment: z.string(), deliveryAddress: z.looseObject({}).nullable() })),
    }),
  ),
  /** The store's own delivery: the customer's saved addresses, and where (and to whom) their orders went. */
  delivery: z.object({
    savedAddresses: z.array(z.object({ label: z.string(), address: z.looseObject({}), savedAt: z.string() })),
    deliveries: z.array(z.object({ orderId: z.string(), destination: z.looseObject({}), status: z.string(), createdAt: z.string() })),
  }),
  history: z.array(z.object({ type: z.string(), occurredAt: z.string() })),
});

/** The request carried out, and the full export of what the store holds now. */
export const dataRequestResultAnswer = z.object({ request: dataRequestAnswer, export: customerExportAnswer });
