export { customerReceipt, type CustomerReceiptData, type ReceiptItem, type StoreHeader, type PaymentMethod, type TemplateOptions } from './customer-receipt.js';
export { kitchenTicket, type KitchenTicketData, type KitchenTicketNotice } from './kitchen-ticket.js';
export { dayReport, type DayReportData } from './day-report.js';
export { cashierClose, type CashierCloseData } from './cashier-close.js';
export { cardSlip, type CardSlipData } from './card-slip.js';
export { printTemplateMessages, translatePtBr, type Translate, type PrintMessageKey } from './messages.pt-BR.js';
export { formatQuantity, formatDateTime } from './format.js';
/** Receipt money text; the one formatter lives in the kernel. */
export { formatBrl as formatCents } from '../../../kernel/money.js';
export { templateDataSchemas, customerReceiptSchema, kitchenTicketSchema, dayReportSchema, cashierCloseSchema, cardSlipSchema } from './schemas.js';
