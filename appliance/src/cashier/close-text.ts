import { formatCents } from './money.js';
import type { CashierCloseReport } from './sessions.js';
import { centered, leftRight, rule } from './text-layout.js';

const METHOD_LABELS: Record<string, string> = {
  CASH: 'Dinheiro',
  CREDIT: 'Crédito',
  DEBIT: 'Débito',
  VOUCHER: 'Vale-refeição',
  PIX: 'PIX',
  OTHER: 'Outros',
};

const STATUS_LABELS: Record<string, string> = { BALANCED: 'CONFERIDO', OVER: 'SOBRA', SHORT: 'FALTA' };

function localTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('pt-BR', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
}

/** The printable close of a drawer, 48 columns, pt-BR, for the receipt printer. */
export function cashierCloseText(report: CashierCloseReport, timeZone: string): string {
  const lines = [
    rule('='),
    centered('FECHAMENTO DE CAIXA'),
    rule('='),
    leftRight('Terminal', report.terminalId),
    leftRight('Operador', report.operatorName ?? report.operatorId),
    leftRight('Abertura', localTime(report.openedAt, timeZone)),
    leftRight('Fechamento', localTime(report.closedAt, timeZone)),
    rule(),
    leftRight('Fundo de troco', formatCents(report.openingFloatCents)),
    leftRight('Vendas em dinheiro', formatCents(report.totals.cashSalesCents)),
    leftRight('Troco', formatCents(-report.totals.changeCents)),
    leftRight('Devoluções', formatCents(-report.totals.refundsCents)),
    leftRight('Sangrias', formatCents(-report.totals.withdrawalsCents)),
    leftRight('Suprimentos', formatCents(report.totals.depositsCents)),
    rule(),
    leftRight('Forma', 'Esperado    Contado  Diferença'),
  ];
  for (const line of report.lines) {
    if (line.expectedCents === 0 && line.countedCents === 0) continue;
    lines.push(METHOD_LABELS[line.method] ?? line.method);
    lines.push(leftRight('', `${formatCents(line.expectedCents)}  ${formatCents(line.countedCents)}  ${formatCents(line.differenceCents)}`));
  }
  lines.push(
    rule(),
    leftRight('Total esperado', formatCents(report.totalExpectedCents)),
    leftRight('Total contado', formatCents(report.totalCountedCents)),
    leftRight('Diferença', formatCents(report.differenceCents)),
    leftRight('Situação', STATUS_LABELS[report.status] + (report.alert ? ' (ALERTA)' : '')),
    '',
    '',
    centered('________________________________'),
    centered('Assinatura do operador'),
    rule('='),
  );
  return lines.join('\n') + '\n';
}
