import type { PrintDocument } from '../devices/printer/document.js';
import type { PrinterProfile } from '../devices/profiles/schema.js';
import { cardSlip, cashierClose, customerReceipt, dayReport, kitchenTicket, type Translate } from '../devices/printer/templates/index.js';
import type { CardSlipData, CashierCloseData, CustomerReceiptData, DayReportData, KitchenTicketData } from '../devices/printer/templates/index.js';
import type { PrintPayloadSpec } from './print-job.js';

/** Lays a job out for the printer that is about to print it. */
export function renderJob(payload: PrintPayloadSpec, profile: PrinterProfile, timeZone: string, t: Translate): PrintDocument {
  if ('document' in payload) return payload.document;
  const options = { columns: profile.printer.columns.fontA, timeZone, t };
  switch (payload.template) {
    case 'customer_receipt':
      return customerReceipt(payload.data as CustomerReceiptData, options);
    case 'kitchen_ticket':
      return kitchenTicket(payload.data as KitchenTicketData, options);
    case 'day_report':
      return dayReport(payload.data as DayReportData, options);
    case 'cashier_close':
      return cashierClose(payload.data as CashierCloseData, options);
    case 'card_slip':
      return cardSlip(payload.data as CardSlipData, options);
  }
}
