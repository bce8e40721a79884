import { DocumentBuilder, type PrintDocument } from '../document.js';
import type { TemplateOptions } from './customer-receipt.js';
import { translatePtBr } from './messages.pt-BR.js';

export interface CardSlipData {
  orderNumber: number | string;
  /** A sale's approval, or the cancellation (estorno) that gave its money back on the card. */
  kind: 'SALE' | 'CANCELLATION';
  /**
   * The slip as the card network laid it out (TEF Dial 029-xxx): printed line by line as it
   * comes, leading spaces and all, since its wording is the acquirer's and not the store's.
   */
  lines: string[];
}

/**
 * The card terminal's slip, in two copies cut apart: the customer keeps one, the store files the
 * other (the signed proof of the sale or of the estorno, asked for in a chargeback dispute).
 */
export function cardSlip(data: CardSlipData, options: TemplateOptions): PrintDocument {
  const t = options.t ?? translatePtBr;
  const b = new DocumentBuilder(options.columns);
  for (const copy of ['print.card_slip.customer_copy', 'print.card_slip.store_copy'] as const) {
    b.align('center').bold(true).line(t(copy));
    if (data.kind === 'CANCELLATION') b.line(t('print.card_slip.cancellation'));
    b.bold(false).line(t('print.receipt.order', { number: data.orderNumber })).align('left').divider();
    // A line wider than the paper would be cut by the printer mid-word; the terminal's layout is kept otherwise.
    for (const line of data.lines) {
      if (line.length <= options.columns) b.line(line);
      else b.wrapped(line);
    }
    b.divider().feed(2).cut();
  }
  return b.build();
}
