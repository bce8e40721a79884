import { DocumentBuilder, type PrintDocument } from '../document.js';
import { formatQuantity, formatTime } from './format.js';
import { translatePtBr, type PrintMessageKey } from './messages.pt-BR.js';
import type { TemplateOptions } from './customer-receipt.js';

export interface KitchenTicketData {
  station: string;
  orderNumber: number | string;
  createdAt: string;
  channel?: 'COUNTER' | 'TABLE' | 'DELIVERY' | 'TAKEOUT' | 'KIOSK' | 'MARKETPLACE';
  tableLabel?: string;
  customerName?: string;
  /** When prep-sync holds the ticket so that the order's parts finish together: the cook starts then, not at once. */
  startAt?: string;
  /**
   * A dish's own start when prep-sync holds it past the ticket's start (fries dropped after the
   * rings so both finish with the burger): the ticket's single start would have the cook fry everything at once.
   */
  items: Array<{ name: string; quantity: number; unit: 'UNIT' | 'GRAM'; modifiers?: string[]; notes?: string; startAt?: string }>;
  reprint?: boolean;
  /**
   * A slip telling a paper station that a ticket it already printed changed: its order was
   * cancelled, or its lines (the slip's items) went to another table. The cook holds paper, not a
   * screen, and would otherwise cook the cancelled order or plate it for the old table.
   */
  notice?: KitchenTicketNotice;
}

export type KitchenTicketNotice =
  | { kind: 'CANCELLED'; at: string; reason?: string }
  | { kind: 'MOVED'; at: string; fromTable?: string; toTable?: string };

/** Large, bold and without prices: read at arm's length over a stove. */
export function kitchenTicket(data: KitchenTicketData, options: TemplateOptions): PrintDocument {
  const t = options.t ?? translatePtBr;
  const b = new DocumentBuilder(options.columns);
  const half = Math.floor(options.columns / 2);
  b.align('center').bold(true).line(t('print.kitchen.title', { station: data.station.toUpperCase() }));
  if (data.reprint) b.line(t('print.kitchen.reprint'));
  const notice = data.notice;
  if (notice) b.size(2, 2).wrapped(t(notice.kind === 'CANCELLED' ? 'print.kitchen.cancelled' : 'print.kitchen.moved'), half);
  b.size(2, 2).line(t('print.kitchen.order', { number: data.orderNumber }));
  if (notice?.kind === 'MOVED') {
    const table = (label?: string) => (label ? t('print.receipt.table', { table: label }) : t('print.kitchen.no_table'));
    b.wrapped(t('print.kitchen.moved_tables', { from: table(notice.fromTable), to: table(notice.toTable) }), half);
  } else if (data.tableLabel) b.wrapped(t('print.receipt.table', { table: data.tableLabel }), half);
  b.size(1, 1).bold(false).align('left');
  const channel = data.channel ? t('print.kitchen.channel', { channel: t(`print.channel.${data.channel}` as PrintMessageKey) }) : '';
  // A slip tells when the change happened; the ticket, when the order came in.
  b.leftRight(channel, formatTime(notice?.at ?? data.createdAt, options.timeZone));
  if (data.customerName) b.line(t('print.receipt.customer', { name: data.customerName }));
  if (notice?.kind === 'CANCELLED' && notice.reason) b.bold(true).wrapped(t('print.kitchen.reason', { reason: notice.reason })).bold(false);
  if (data.startAt) b.bold(true).line(t('print.kitchen.start_at', { time: formatTime(data.startAt, options.timeZone) })).bold(false);
  b.divider('=');
  b.size(1, 2).bold(true);
  for (const item of data.items) {
    b.wrapped(`${formatQuantity(item.quantity, item.unit)} ${item.name}`);
    b.bold(false);
    for (const modifier of item.modifiers ?? []) b.wrapped(`   + ${modifier}`);
    if (item.notes) b.wrapped(`   ${t('print.kitchen.note', { note: item.notes })}`);
    b.bold(true);
    if (item.startAt) b.wrapped(`   ${t('print.kitchen.start_at', { time: formatTime(item.startAt, options.timeZone) })}`);
  }
  b.bold(false).size(1, 1).divider('=');
  return b.feed(2).cut().build();
}
