import { z } from 'zod';
import { nfeBuyerSchema } from './nfe55/buyer.js';

/** Answers of the fiscal wizard routes for the OpenAPI document only: loaded when the document is built. */
export const fiscalSettingsAnswer = z.object({
  configured: z.boolean(),
  active: z.boolean(),
  environment: z.enum(['production', 'homologation', 'simulator']).nullable(),
  cnpj: z.string().nullable(),
  legalName: z.string().nullable(),
  ie: z.string().nullable(),
  crt: z.number().int().nullable(),
  address: z.object({ street: z.string(), number: z.string(), district: z.string(), cityCode: z.string(), cityName: z.string(), uf: z.string(), cep: z.string() }).nullable(),
  series: z.number().int().nullable(),
  cscId: z.string().nullable(),
  certificate: z.object({ subject: z.string(), notAfter: z.string(), daysLeft: z.number().int(), expiringSoon: z.boolean() }).nullable(),
});

export const testEmissionAnswer = z.object({
  id: z.string(),
  model: z.number().int(),
  series: z.number().int(),
  number: z.number().int(),
  accessKey: z.string(),
  status: z.string(),
  cStat: z.number().int().nullable(),
  xMotivo: z.string().nullable(),
  protocol: z.string().nullable(),
});

/** A fiscal document as the API shows it (never its XML: that has its own route). */
export const fiscalDocumentAnswer = z.object({
  id: z.string(),
  orderId: z.string(),
  /** 65 NFC-e, 55 NF-e, 59 CF-e (SAT / MF-e). */
  model: z.union([z.literal(65), z.literal(55), z.literal(59)]),
  series: z.number().int(),
  number: z.number().int(),
  accessKey: z.string(),
  status: z.enum(['PENDING', 'CONTINGENCY', 'AUTHORIZED', 'REJECTED', 'DENIED', 'CANCELLED', 'VOIDED']),
  contingency: z.boolean(),
  contingencyDeadline: z.string().nullable(),
  issuedAt: z.string(),
  totalCents: z.number().int(),
  protocol: z.string().nullable(),
  authorizedAt: z.string().nullable(),
  cStat: z.number().int().nullable(),
  xMotivo: z.string().nullable(),
  qrCode: z.string(),
  urlChave: z.string(),
  cancelledAt: z.string().nullable(),
});

export const fiscalDocumentsAnswer = z.array(fiscalDocumentAnswer);

/** The DANFE NFC-e (or CF-e extrato) as printer-independent blocks, and the same as plain lines. */
export const danfeAnswer = z.object({
  columns: z.number().int(),
  blocks: z.array(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('text'), text: z.string(), align: z.enum(['left', 'center', 'right']), bold: z.boolean() }),
      z.object({ kind: z.literal('qr'), data: z.string() }),
    ]),
  ),
  qrCode: z.string(),
  lines: z.array(z.string()),
});

export const transmitReportAnswer = z.object({ attempted: z.number().int(), authorized: z.number().int(), refused: z.number().int(), sefazAvailable: z.boolean() });

/** The emission mode and the document count per status. */
export const fiscalStatusAnswer = z.object({
  environment: z.enum(['production', 'homologation']),
  series: z.number().int(),
  inContingency: z.boolean(),
  documents: z.record(z.string(), z.number().int()),
});

const backlogEntry = z.object({
  orderId: z.string(),
  position: z.number().int(),
  businessDate: z.string(),
  totalCents: z.number().int(),
  settledAt: z.string(),
  status: z.enum(['PENDING', 'DOCUMENTED', 'NOTHING_TO_DOCUMENT', 'WAIVED']),
  deferredReason: z.enum(['EMISSION_OFF', 'BEHIND_BACKLOG', 'EMISSION_FAILED', 'FISCAL_DATA_REFUSED']),
  attempts: z.number().int(),
  lastErrorCode: z.string().nullable(),
  lastAttemptAt: z.string().nullable(),
  documentId: z.string().nullable(),
  waiverReason: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  resolvedAt: z.string().nullable(),
});

export const backlogEntryAnswer = backlogEntry;

/** The pending count, the oldest pending sale, and the pending entries in sale order. */
export const backlogAnswer = z.object({
  pending: z.number().int(),
  oldestOrderId: z.string().nullable(),
  oldestSettledAt: z.string().nullable(),
  entries: z.array(backlogEntry),
});

/** An NF-e request: the document at once for a paid order (201), else the request kept for the payment (202). */
export const nfeRequestAnswer = z.union([fiscalDocumentAnswer, z.object({ orderId: z.string(), status: z.literal('REQUESTED'), buyer: nfeBuyerSchema })]);
