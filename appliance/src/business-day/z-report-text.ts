import { formatBrl } from '../kernel/money.js';
import type { ZReport } from './z-report.js';
import { dateTimeFormat } from '../kernel/date-time-format.js';

const COLUMNS = 48;
// MARKETPLACE: what a delivery platform collected online, to be paid to the store by the platform.
const METHOD_LABELS: Record<string, string> = { CASH: 'Dinheiro', CREDIT: 'Crédito', DEBIT: 'Débito', VOUCHER: 'Vale-refeição', PIX: 'PIX', OTHER: 'Outros', MARKETPLACE: 'Pago no app de entrega' };
const CLOSE_STATUS_LABELS: Record<string, string> = { BALANCED: 'CONFERIDO', OVER: 'SOBRA', SHORT: 'FALTA' };
const CHANNEL_LABELS: Record<string, string> = { COUNTER: 'Balcão', TABLE: 'Mesa', DELIVERY: 'Entrega', TAKEOUT: 'Para viagem', KIOSK: 'Totem', MARKETPLACE: 'App de entrega' };

function line(label: string, value: string): string {
  const room = COLUMNS - value.length - 1;
  const left = label.length > room ? label.slice(0, room) : label;
  return left + ' '.repeat(COLUMNS - left.length - value.length) + value;
}

const center = (text: string) => ' '.repeat(Math.max(0, Math.floor((COLUMNS - text.length) / 2))) + text.slice(0, COLUMNS);
const rule = (c = '-') => c.repeat(COLUMNS);
const localTime = (iso: string, timeZone: string) => dateTimeFormat('pt-BR', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));

const WRITE_OFF_LABELS: Record<string, string> = { COURTESY: 'Cortesias', LOSS: 'Perdas' };

/** Cortesias and perdas, apart from the sales (reports stored before they existed have none). */
function writeOffLines(report: ZReport): string[] {
  return (report.writeOffs?.byKind ?? []).map((k) => line(`${WRITE_OFF_LABELS[k.kind] ?? k.kind} (${k.count})`, formatBrl(k.amountCents)));
}

/** The service charge collected, for the manager to distribute to the staff (reports stored before it have none). */
function serviceChargeLines(report: ZReport): string[] {
  const service = report.serviceCharge;
  if (!service || service.count === 0) return [];
  return [
    rule(),
    line(`Taxa de serviço (${service.count})`, formatBrl(service.amountCents)),
    ...service.byMethod.map((m) => line(`  ${METHOD_LABELS[m.method] ?? m.method} (${m.count})`, formatBrl(m.amountCents))),
    '  (dos funcionários; fora da venda e das notas)',
  ];
}

/** Documents by status and the taxes declared in the authorized ones (reports stored before them have none). */
function fiscalLines(report: ZReport): string[] {
  // Reports stored before documents and taxes were summed have neither.
  const docs = report.fiscalDocuments as ZReport['fiscalDocuments'] | undefined;
  if (!docs) return [];
  const taxes = report.taxes;
  return [
    'DOCUMENTOS FISCAIS',
    line('  Autorizados', String(docs.authorized)),
    line('  Em contingência (a transmitir)', String(docs.contingencyPending)),
    line('  Cancelados', String(docs.cancelled)),
    line('  Inutilizados', String(docs.inutilized)),
    ...(docs.rejected > 0 ? [line('  Rejeitados', String(docs.rejected))] : []),
    ...(docs.denied > 0 ? [line('  Denegados', String(docs.denied))] : []),
    ...(docs.awaitingEmission > 0 ? [line('  Vendas sem nota (pendentes)', String(docs.awaitingEmission))] : []),
    line('  Valor autorizado', formatBrl(docs.authorizedTotalCents)),
    'IMPOSTOS (NOTAS AUTORIZADAS)',
    line('  Base de cálculo ICMS', formatBrl(taxes.icmsBaseCents)),
    line('  ICMS', formatBrl(taxes.icmsCents)),
    line('  PIS', formatBrl(taxes.pisCents)),
    line('  COFINS', formatBrl(taxes.cofinsCents)),
    ...(taxes.taxReform ? [line('  IBS', formatBrl(taxes.ibsCents)), line('  CBS', formatBrl(taxes.cbsCents))] : []),
  ];
}

/** A drawer's result: its till, FALTA/SOBRA/CONFERIDO and who ran it (reports of earlier releases name no one). */
function cashierLine(c: ZReport['cashiers'][number]): string {
  const operator = c.operatorName ? ` ${c.operatorName}` : '';
  return line(`  ${c.terminalId} ${CLOSE_STATUS_LABELS[c.status] ?? c.status}${operator}`, formatBrl(c.differenceCents));
}

/**
 * The redução Z closes the day; the leitura X reads the open day so far, and its report's
 * `closedAt` is the moment of the reading, never a close.
 */
const READINGS = {
  Z: { title: 'REDUÇÃO Z - FECHAMENTO DO DIA', takenAt: 'Fechamento' },
  X: { title: 'LEITURA X - PARCIAL DO DIA', takenAt: 'Leitura em' },
} as const;

/** The Z report (or, for `X`, the leitura X of the open day) on 48 columns, pt-BR, for the receipt printer. */
export function zReportText(report: ZReport, storeName: string, timeZone: string, reading: keyof typeof READINGS = 'Z'): string {
  const [y, m, d] = report.date.split('-');
  const out = [
    rule('='),
    center(storeName),
    center(READINGS[reading].title),
    rule('='),
    line('Data', `${d}/${m}/${y}`),
    line('Abertura', localTime(report.openedAt, timeZone)),
    line(READINGS[reading].takenAt, localTime(report.closedAt, timeZone)),
    rule(),
    line('Pedidos concluídos', String(report.sales.ordersCount)),
    line('Venda bruta', formatBrl(report.sales.grossCents)),
    line('Descontos', formatBrl(-report.sales.discountCents)),
    ...(report.sales.deliveryFeeCents ? [line('Taxas de entrega', formatBrl(report.sales.deliveryFeeCents))] : []),
    line('Venda líquida', formatBrl(report.sales.netCents)),
    line(`Cancelamentos (${report.cancellations.count})`, formatBrl(report.cancellations.amountCents)),
    ...writeOffLines(report),
    rule(),
    'RECEBIMENTOS POR FORMA',
  ];
  for (const m of report.payments.byMethod) {
    out.push(line(`  ${METHOD_LABELS[m.method] ?? m.method} (${m.count})`, formatBrl(m.capturedCents)));
    if (m.refundedCents > 0) out.push(line('    devoluções', formatBrl(-m.refundedCents)));
  }
  out.push(
    line('Total recebido', formatBrl(report.payments.capturedCents)),
    line(`Devoluções (${report.refunds.count})`, formatBrl(-report.refunds.amountCents)),
    line('Total líquido', formatBrl(report.payments.netCents)),
    line('Troco entregue', formatBrl(report.payments.changeCents)),
    ...serviceChargeLines(report),
    rule(),
    'POR CANAL',
    ...report.byChannel.map((c) => line(`  ${CHANNEL_LABELS[c.channel] ?? c.channel} (${c.count})`, formatBrl(c.amountCents))),
    'POR HORA',
    ...report.byHour.map((h) => line(`  ${h.hour}h (${h.count})`, formatBrl(h.amountCents))),
    'POR OPERADOR',
    ...report.byOperator.map((o) => line(`  ${o.name ?? (o.operatorId === 'system' ? 'Sistema' : o.operatorId)} (${o.count})`, formatBrl(o.amountCents))),
    'PRODUTOS',
    ...report.byProduct.slice(0, 20).map((p) => line(`  ${p.unit === 'GRAM' ? `${p.quantity}g` : `${p.quantity}x`} ${p.name}`, formatBrl(p.amountCents))),
    rule(),
    'CAIXAS',
    ...report.cashiers.map(cashierLine),
    rule(),
    ...fiscalLines(report),
    rule('='),
  );
  return out.join('\n') + '\n';
}
