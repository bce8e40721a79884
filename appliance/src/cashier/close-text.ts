import { formatBrl } from '../kernel/money.js';
import type { CashierCloseReport } from './sessions.js';
import { centered, leftRight, rule } from './text-layout.js';
import { dateTimeFormat } from '../kernel/date-time-format.js';

const METHOD_LABELS: Record<string, string> = {
  CASH: 'Dinheiro',
  CREDIT: 'Crédito',
  DEBIT: 'Débito',
  VOUCHER: 'Vale-refeição',
  PIX: 'PIX',
  OTHER: 'Outros',
};

const STATUS_LABELS: Record<string, string> = { BALANCED: 'CONFERIDO', OVER: 'SOBRA', SHORT: 'FALTA' };

/** Each amount column is this wide, so `-R$ 99.999,99` and its header end in the same column. */
const AMOUNT_WIDTH = 13;

/** Right-aligned columns of equal width, ending at the slip's right edge. */
function amountColumns(label: string, cells: string[]): string {
  return leftRight(label, cells.map((cell) => cell.padStart(AMOUNT_WIDTH)).join(' '));
}

function localTime(iso: string, timeZone: string): string {
  return dateTimeFormat('pt-BR', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
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
    leftRight('Fundo de troco', formatBrl(report.openingFloatCents)),
    leftRight('Vendas em dinheiro', formatBrl(report.totals.cashSalesCents)),
    leftRight('Troco', formatBrl(-report.totals.changeCents)),
    leftRight('Devoluções em dinheiro', formatBrl(-report.totals.refundsCents)),
    leftRight('Sangrias', formatBrl(-report.totals.withdrawalsCents)),
    leftRight('Suprimentos', formatBrl(report.totals.depositsCents)),
    rule(),
    amountColumns('Forma', ['Esperado', 'Contado', 'Diferença']),
  ];
  for (const line of report.lines) {
    if (line.expectedCents === 0 && line.countedCents === 0) continue;
    lines.push(METHOD_LABELS[line.method] ?? line.method);
    lines.push(amountColumns('', [formatBrl(line.expectedCents), formatBrl(line.countedCents), formatBrl(line.differenceCents)]));
  }
  lines.push(
    rule(),
    leftRight('Total esperado', formatBrl(report.totalExpectedCents)),
    leftRight('Total contado', formatBrl(report.totalCountedCents)),
    leftRight('Diferença', formatBrl(report.differenceCents)),
    leftRight('Situação', STATUS_LABELS[report.status] + (report.alert ? ' (ALERTA)' : '')),
    ...(report.drawerOpenings ? [leftRight('Gaveta aberta sem venda', String(report.drawerOpenings))] : []),
    '',
    '',
    centered('________________________________'),
    centered('Assinatura do operador'),
    rule('='),
  );
  return lines.join('\n') + '\n';
}
