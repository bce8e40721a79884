import type { KitchenStation, KitchenTicket } from './types.js';
import { dateTimeFormat } from '../kernel/date-time-format.js';

/** Prints a kitchen ticket for a station without a screen; the devices module provides real printers. */
export interface KitchenTicketPrinter {
  print(job: KitchenPrintJob): Promise<void>;
}

/** The ticket, its station, and the pt-BR text layout (a real printer may use its own template). */
export interface KitchenPrintJob {
  station: KitchenStation;
  ticket: KitchenTicket;
  text: string;
}

export type Translate = (key: string, params?: Record<string, string | number>) => string;

function clock(iso: string, timeZone: string): string {
  return dateTimeFormat('pt-BR', { timeZone, hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

function quantityText(item: KitchenTicket['items'][number]): string {
  return item.unit === 'GRAM' ? `${item.quantity} g` : `${item.quantity}x`;
}

function where(ticket: KitchenTicket, t: Translate): string {
  const table = ticket.table ? `${t('KDS_TABLE')} ${ticket.table}` : '';
  if (ticket.channel === 'TABLE' && table) return table;
  return [t(`KDS_CHANNEL_${ticket.channel}`), table].filter(Boolean).join(' · ');
}

/** The plain-text body of a kitchen ticket (pt-BR, 42 columns), as a printer template would lay it out. */
export function renderKitchenTicketText(ticket: KitchenTicket, station: KitchenStation, t: Translate, timeZone: string): string {
  const lines = [
    `${t('KDS_TITLE').toUpperCase()} - ${station.name}`,
    `${t('KDS_ORDER')} #${ticket.orderNumber}  ${where(ticket, t)}`,
    `${t('KDS_PRINT_FIRE_AT')} ${clock(ticket.fireAt, timeZone)}  ${t('KDS_PRINT_DUE_AT')} ${clock(ticket.dueAt, timeZone)}`,
    '-'.repeat(42),
  ];
  for (const item of ticket.items) {
    lines.push(`${quantityText(item)} ${item.name}`);
    for (const modifier of item.modifiers) lines.push(`   + ${modifier}`);
    if (item.notes) lines.push(`   ${t('KDS_NOTES')} ${item.notes}`);
  }
  return lines.join('\n') + '\n';
}

/** Keeps printed tickets in memory (demo, tests, stations whose printer is not wired yet). */
export class VirtualKitchenTicketPrinter implements KitchenTicketPrinter {
  readonly printed: KitchenPrintJob[] = [];

  async print(job: KitchenPrintJob): Promise<void> {
    this.printed.push(job);
  }
}
