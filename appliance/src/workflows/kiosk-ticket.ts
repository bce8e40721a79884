import { DocumentBuilder } from '../devices/printer/document.js';
import type { ModuleContext } from '../kernel/module.js';
import { getOrder, orderChannel } from '../orders/index.js';
import { hasTable, registerPrintingConsumer } from './printing-consumer.js';
import { readPrintRouting } from './printing-routing.js';

/** Characters per line the ticket is laid out for: fits 58 mm and 80 mm receipt paper alike. */
const COLUMNS = 32;

/**
 * The kiosk customer's order number on paper, printed on the receipt printer once the paid order
 * went to the kitchen (`order.confirmed` of a KIOSK order): where NFC-e is issued the DANFE is the
 * receipt and does not show the number the board calls.
 */
export function registerKioskTicket(ctx: ModuleContext): void {
  if (!hasTable(ctx, 'print_jobs')) return;
  const t = (key: string, params?: Record<string, string | number>) => ctx.messages.t(key, params);
  const isKiosk = (orderId: string) => orderChannel(ctx.db, orderId) === 'KIOSK';
  registerPrintingConsumer(ctx, {
    name: 'workflow-print-kiosk-number',
    events: 'order.confirmed',
    printsNothing: (event) => !isKiosk(event.payload.orderId),
    plan: (tx, event) => {
      const order = getOrder(tx.db, event.payload.orderId);
      if (order?.channel !== 'KIOSK') return null;
      const document = new DocumentBuilder(COLUMNS)
        .align('center')
        .line(ctx.config.storeName)
        .line(t('KIOSK_TICKET_TITLE'))
        .size(3, 3)
        .bold(true)
        .line(String(order.number))
        .bold(false)
        .size(1, 1)
        .line(t('KIOSK_TICKET_NUMBER', { number: order.number }))
        .wrapped(t('KIOSK_TICKET_HINT'))
        .feed(3)
        .cut()
        .build();
      return { printerId: readPrintRouting(tx.db).receiptPrinterId, kind: 'kiosk_number', payload: { document }, source: { type: 'order', id: order.id }, dedupeKey: `kiosk-number/${order.id}` };
    },
  });
}
