import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { lazySchema } from '../lazy-schema.js';

const cents = lazySchema(() => z.number().int());
const document = {
  documentId: z.string(),
  orderId: z.string(),
  series: z.number().int(),
  number: z.number().int(),
  accessKey: z.string(),
  contingency: z.boolean(),
};
const sefazRefusal = lazySchema(() => z.object({ ...document, cStat: z.number().int(), xMotivo: z.string(), afterTheFact: z.boolean() }));
const inutilization = lazySchema(() => z.object({
  series: z.number().int(),
  firstNumber: z.number().int(),
  lastNumber: z.number().int(),
  protocol: z.string().nullable(),
  cStat: z.number().int(),
  xMotivo: z.string(),
  justification: z.string(),
}));

export const fiscalEvents = [
  defineEvent(
    'fiscal.document_issued',
    'fiscal_document',
    () => z.object({ ...document, totalCents: cents, model: z.literal(55).optional(), buyerCnpj: z.string().optional() }),
    'Number taken and signed XML stored, in one transaction; an NF-e (model 55) also carries `model` and `buyerCnpj`.',
  ),
  defineEvent(
    'fiscal.contingency_entered',
    'fiscal_document',
    () => z.object({
      documentId: z.string(),
      orderId: z.string(),
      number: z.number().int(),
      accessKey: z.string(),
      replacedAccessKey: z.string(),
      reason: z.string(),
      deadline: z.string(),
    }),
    'The same number re-issued offline (tpEmis 9, new key); must be transmitted before `deadline`.',
  ),
  defineEvent(
    'fiscal.document_authorized',
    'fiscal_document',
    () => z.object({ ...document, protocol: z.string(), cStat: z.number().int(), totalCents: cents }),
    'cStat 100 (also after the fact for an offline document; no new DANFE is printed).',
  ),
  defineEvent(
    'fiscal.sefaz_paused',
    'sefaz_service',
    () => z.object({ service: z.enum(['NFCE', 'NFE']), cStat: z.number().int(), until: z.string() }),
    'SEFAZ refuses every request of the store for a while (656 "Consumo Indevido"): nothing is sent to that service until `until`; the documents wait offline or pending.',
  ),
  defineEvent('fiscal.document_rejected', 'fiscal_document', () => sefazRefusal, 'SEFAZ rejected the document; `afterTheFact`: an offline document the customer already holds.'),
  defineEvent('fiscal.document_denied', 'fiscal_document', () => sefazRefusal, 'Uso denegado (110/301/302); the number is consumed.'),
  defineEvent(
    'fiscal.document_cancelled',
    'fiscal_document',
    () => z.object({ documentId: z.string(), orderId: z.string(), number: z.number().int(), accessKey: z.string(), protocol: z.string(), justification: z.string() }),
    'Cancellation event 110111 homologated (also when a retry after a lost answer finds it already registered, 573: `justification` is the one SEFAZ holds).',
  ),
  defineEvent(
    'fiscal.document_voided',
    'fiscal_document',
    () => z.object({ documentId: z.string(), orderId: z.string(), number: z.number().int(), protocol: z.string().nullable() }),
    "A rejected document's number was inutilized.",
  ),
  defineEvent('fiscal.numbers_inutilized', 'fiscal_series', () => inutilization, 'A range of numbers was inutilized (aggregate `<model>-<series>`: 65 NFC-e, 55 NF-e); `protocol` is null for a number SEFAZ answered as already inutilized (256), which no web service gives the protocol of.'),
  defineEvent('fiscal.inutilization_refused', 'fiscal_series', () => inutilization, 'SEFAZ refused to inutilize a range of numbers (aggregate `<model>-<series>`; `protocol` null).'),
  defineEvent(
    'fiscal.contingency_deadline_near',
    'fiscal_document',
    () => z.object({ documentId: z.string(), orderId: z.string(), number: z.number().int(), accessKey: z.string(), deadline: z.string().nullable() }),
    'Once per offline document, `alertBeforeDeadlineHours` before its 24 h limit.',
  ),
  defineEvent(
    'fiscal.cfe_issued',
    'fiscal_document',
    () => z.object({
      documentId: z.string(),
      orderId: z.string(),
      model: z.literal(59),
      satSerial: z.number().int(),
      number: z.number().int(),
      accessKey: z.string(),
      totalCents: cents,
    }),
    "A CF-e returned by the store's SAT / MF-e and stored (valid at once).",
  ),
  defineEvent('fiscal.nfe_requested', 'order', () => z.object({ orderId: z.string(), buyerCnpj: z.string() }), "An NF-e model 55 was asked for the order's company buyer."),
  defineEvent(
    'fiscal.emission_deferred',
    'order',
    () => z.object({
      orderId: z.string(),
      businessDate: z.string(),
      totalCents: cents,
      settledAt: z.string(),
      reason: z.enum(['EMISSION_OFF', 'BEHIND_BACKLOG', 'EMISSION_FAILED', 'FISCAL_DATA_REFUSED']),
      errorCode: z.string().nullable(),
    }),
    'A paid sale entered the fiscal backlog (docs/fiscal.md); also a documented sale taken back after SEFAZ rejected its document late (a contingency one): reason `FISCAL_DATA_REFUSED`, errorCode `FISCAL_DOCUMENT_REJECTED`.',
  ),
  defineEvent(
    'fiscal.deferred_emission_failed',
    'order',
    () => z.object({ orderId: z.string(), errorCode: z.string(), attempts: z.number().int() }),
    'A backlog attempt failed with a new error (retries of the same error are not journaled).',
  ),
  defineEvent(
    'fiscal.deferred_emission_resolved',
    'order',
    () => z.object({
      orderId: z.string(),
      outcome: z.enum(['DOCUMENTED', 'NOTHING_TO_DOCUMENT']),
      documentId: z.string().nullable(),
      settledAt: z.string(),
      position: z.number().int(),
    }),
    'The backlog sale got its document (or had only services/free lines).',
  ),
  defineEvent(
    'fiscal.settings_changed',
    'store',
    () => z.object({
      environment: z.enum(['production', 'homologation', 'simulator']),
      cnpj: z.string(),
      series: z.number().int(),
      nextNumber: z.number().int(),
      certificateNotAfter: z.string(),
    }),
    'The back office saved the fiscal settings and A1 certificate (no secret is journaled); emission restarts with them.',
  ),
  defineEvent(
    'fiscal.emission_waived',
    'order',
    () => z.object({ orderId: z.string(), reason: z.string(), managerId: z.string(), settledAt: z.string(), totalCents: cents }),
    'A manager decided, with a reason, not to emit for this sale.',
  ),
] as const;
