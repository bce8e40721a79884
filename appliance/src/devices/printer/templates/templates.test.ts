import { describe, expect, it } from 'vitest';
import { documentText, type PrintDocument } from '../document.js';
import { cashierClose, customerReceipt, dayReport, kitchenTicket, formatCents, formatQuantity, printTemplateMessages } from './index.js';
import { sampleCashierClose, sampleDayReport, sampleKitchenTicket, sampleReceipt } from './sample-data.js';
import { templateDataSchemas } from './schemas.js';

const timeZone = 'America/Sao_Paulo';
const CANCELLED = { kind: 'CANCELLED', at: '2026-11-23T15:21:00.000Z', reason: 'Cliente desistiu do pedido depois de esperar muito tempo na fila' } as const;
const MOVED = { kind: 'MOVED', at: '2026-11-23T15:22:00.000Z', fromTable: '12', toTable: 'Varanda 3' } as const;

/** Widest printed line in Font A cells, honouring the size multiplier in force. */
function overflowingLines(doc: PrintDocument): string[] {
  const bad: string[] = [];
  let width = 1;
  let current = '';
  for (const op of doc.ops) {
    if (op.op === 'size') width = op.width;
    else if (op.op === 'text') current += op.text;
    else if (op.op === 'newline') {
      if (current.length * width > doc.columns) bad.push(current);
      current = '';
    }
  }
  return bad;
}

const templates = {
  receipt: (columns: number) => customerReceipt(sampleReceipt, { columns, timeZone }),
  kitchen: (columns: number) => kitchenTicket(sampleKitchenTicket, { columns, timeZone }),
  kitchenCancelled: (columns: number) => kitchenTicket({ ...sampleKitchenTicket, notice: CANCELLED }, { columns, timeZone }),
  kitchenMoved: (columns: number) => kitchenTicket({ ...sampleKitchenTicket, notice: MOVED }, { columns, timeZone }),
  dayReport: (columns: number) => dayReport(sampleDayReport, { columns, timeZone }),
  cashierClose: (columns: number) => cashierClose(sampleCashierClose, { columns, timeZone }),
};

describe('print templates', () => {
  for (const [name, make] of Object.entries(templates)) {
    it.each([48, 42, 32])(`${name} fits %i columns and ends with a cut`, (columns) => {
      const doc = make(columns);
      expect(overflowingLines(doc)).toEqual([]);
      expect(doc.ops.at(-1)).toEqual({ op: 'cut', partial: true });
    });
  }

  it('customer receipt shows items, totals in R$, payments and change, in Portuguese', () => {
    const lines = documentText(customerReceipt(sampleReceipt, { columns: 48, timeZone }));
    expect(lines).toContain('CUPOM NÃO FISCAL');
    expect(lines.some((l) => l.startsWith('Pedido nº 1042') && l.endsWith('23/11/2026 12:04'))).toBe(true);
    expect(lines).toContain('0,350 kg Pão francês');
    const total = sampleReceipt.totalCents;
    expect(lines.some((l) => l.startsWith('TOTAL') && l.endsWith(formatCents(total)))).toBe(true);
    expect(lines.some((l) => l.startsWith('Desconto') && l.endsWith('-R$ 5,00'))).toBe(true);
    expect(lines.some((l) => l.startsWith('Troco') && l.endsWith('R$ 10,00'))).toBe(true);
    expect(lines).toContain(`[QR] ${sampleReceipt.qrCode!.data}`);
  });

  it('customer receipt of a delivered order shows the delivery fee between the discount and the total', () => {
    const delivered = { ...sampleReceipt, deliveryFeeCents: 700, totalCents: sampleReceipt.totalCents + 700 };
    expect(templateDataSchemas.customer_receipt.safeParse(delivered).success).toBe(true);
    const lines = documentText(customerReceipt(delivered, { columns: 48, timeZone }));
    const fee = lines.findIndex((l) => l.startsWith('Taxa de entrega') && l.endsWith('R$ 7,00'));
    expect(fee).toBeGreaterThan(lines.findIndex((l) => l.startsWith('Desconto')));
    expect(fee).toBeLessThan(lines.findIndex((l) => l.startsWith('TOTAL') && l.endsWith(formatCents(delivered.totalCents))));
  });

  it('customer receipt prints the store header lines under the name and the footer lines above the thanks', () => {
    const lines = documentText(customerReceipt({ ...sampleReceipt, headerLines: ['Rede Chefia - Unidade Centro'], footerLines: ['Volte sempre!'] }, { columns: 48, timeZone }));
    const header = lines.findIndex((l) => l.trim() === 'Rede Chefia - Unidade Centro');
    expect(header).toBeGreaterThan(0);
    expect(header).toBeLessThan(lines.findIndex((l) => l.startsWith('Pedido nº')));
    expect(lines.findIndex((l) => l.trim() === 'Volte sempre!')).toBeGreaterThan(lines.findIndex((l) => l.startsWith('TOTAL')));
  });

  it('customer receipt says when a card was simulated, and what the cashier typed for the card machine', () => {
    const payments = [
      { method: 'CREDIT' as const, amountCents: 3000, simulated: true },
      { method: 'DEBIT' as const, amountCents: sampleReceipt.totalCents - 3000, cardMachine: { brand: 'ELO', nsu: '004512' } },
    ];
    const data = { ...sampleReceipt, payments, changeCents: 0 };
    expect(templateDataSchemas.customer_receipt.safeParse(data).success).toBe(true);
    const lines = documentText(customerReceipt(data, { columns: 48, timeZone }));
    expect(lines).toContain('    TEF SIMULADO - SEM VALOR');
    expect(lines).toContain('    Maquininha ELO NSU 004512');
  });

  it('kitchen ticket has no prices and shows modifiers and notes', () => {
    const lines = documentText(kitchenTicket(sampleKitchenTicket, { columns: 42, timeZone }));
    expect(lines.join('\n')).not.toMatch(/R\$/);
    expect(lines).toContain('COZINHA - CHAPA');
    expect(lines).toContain('   + sem cebola');
    expect(lines).toContain('   Obs: alérgico a amendoim');
    expect(lines.join('\n')).not.toContain('INICIAR');
  });

  it('kitchen ticket held by prep-sync says when to start, in the store\'s zone', () => {
    const lines = documentText(kitchenTicket({ ...sampleKitchenTicket, startAt: '2026-11-23T15:10:00.000Z' }, { columns: 42, timeZone }));
    expect(lines).toContain('INICIAR ÀS 12:10');
  });

  it('kitchen cancellation slip says CANCELADO big, with the order, its lines, the time of the cancel and the reason', () => {
    const doc = kitchenTicket({ ...sampleKitchenTicket, notice: CANCELLED }, { columns: 42, timeZone });
    const lines = documentText(doc);
    expect(lines.slice(0, 4)).toEqual(['COZINHA - CHAPA', '*** CANCELADO ***', 'PEDIDO 1042', 'Mesa 12']);
    expect(doc.ops).toContainEqual({ op: 'size', width: 2, height: 2 });
    expect(lines.some((l) => l.startsWith('Canal: Mesa') && l.endsWith('12:21'))).toBe(true);
    expect(lines.join(' ')).toContain('Motivo: Cliente desistiu do pedido depois de esperar muito tempo na fila');
    expect(lines).toContain('2x X-Búrguer da casa');
    expect(templateDataSchemas.kitchen_ticket.safeParse({ ...sampleKitchenTicket, notice: CANCELLED }).success).toBe(true);
  });

  it('kitchen transfer slip says TRANSFERIDO with the table it left and the one it went to', () => {
    const lines = documentText(kitchenTicket({ ...sampleKitchenTicket, notice: MOVED }, { columns: 48, timeZone }));
    expect(lines.slice(0, 3)).toEqual(['COZINHA - CHAPA', '*** TRANSFERIDO ***', 'PEDIDO 1042']);
    expect(lines.join(' ')).toContain('Mesa 12 -> Mesa Varanda 3');
    expect(lines.some((l) => l.endsWith('12:22'))).toBe(true);
    const fromCounter = documentText(kitchenTicket({ ...sampleKitchenTicket, notice: { kind: 'MOVED', at: MOVED.at, toTable: '4' } }, { columns: 48, timeZone }));
    expect(fromCounter.join(' ')).toContain('sem mesa -> Mesa 4');
    expect(templateDataSchemas.kitchen_ticket.safeParse({ ...sampleKitchenTicket, notice: MOVED }).success).toBe(true);
  });

  it('cashier close computes expected cash and difference from the parts', () => {
    const lines = documentText(cashierClose(sampleCashierClose, { columns: 48, timeZone }));
    // 200,00 + 1.987,60 + 50,00 - 1.500,00 = 737,60 expected; counted 737,00 -> -0,60
    expect(lines.some((l) => l.startsWith('Esperado em caixa') && l.endsWith('R$ 737,60'))).toBe(true);
    expect(lines.some((l) => l.startsWith('Diferença') && l.endsWith('-R$ 0,60'))).toBe(true);
    expect(lines.some((l) => l.startsWith('Gaveta aberta sem venda'))).toBe(false);
    const opened = documentText(cashierClose({ ...sampleCashierClose, drawerOpenings: 2 }, { columns: 48, timeZone }));
    expect(opened.some((l) => l.startsWith('Gaveta aberta sem venda') && l.endsWith(' 2'))).toBe(true);
  });

  it('day report rounds the average ticket to whole centavos', () => {
    const lines = documentText(dayReport(sampleDayReport, { columns: 48, timeZone }));
    // 1.241.890 / 187 = 6641.122... -> R$ 66,41
    expect(lines.some((l) => l.startsWith('Ticket médio') && l.endsWith('R$ 66,41'))).toBe(true);
    expect(lines).toContain('Dia de operação: 23/11/2026');
  });

  it('formats money and quantities without floats', () => {
    expect(formatCents(123456789)).toBe('R$ 1.234.567,89');
    expect(formatCents(-5)).toBe('-R$ 0,05');
    expect(() => formatCents(1.5)).toThrow(/integer centavos/);
    expect(formatQuantity(1234, 'GRAM')).toBe('1,234 kg');
    expect(formatQuantity(3, 'UNIT')).toBe('3x');
  });

  it('the sample data satisfies the runtime schemas, and money must be whole centavos', () => {
    expect(templateDataSchemas.customer_receipt.safeParse(sampleReceipt).success).toBe(true);
    expect(templateDataSchemas.kitchen_ticket.safeParse(sampleKitchenTicket).success).toBe(true);
    expect(templateDataSchemas.day_report.safeParse(sampleDayReport).success).toBe(true);
    expect(templateDataSchemas.cashier_close.safeParse(sampleCashierClose).success).toBe(true);
    expect(templateDataSchemas.customer_receipt.safeParse({ ...sampleReceipt, totalCents: 12.5 }).success).toBe(false);
  });

  it('uses a translator when given one (the kernel catalog)', () => {
    const doc = kitchenTicket(sampleKitchenTicket, { columns: 48, timeZone, t: (key) => `<${key}>` });
    expect(documentText(doc)).toContain('<print.kitchen.title>');
    expect(Object.keys(printTemplateMessages).every((k) => /^print\.[a-z_]+\.[A-Za-z_]+$/.test(k))).toBe(true);
  });
});
