import type { CashierCloseData } from './cashier-close.js';
import type { CustomerReceiptData } from './customer-receipt.js';
import type { DayReportData } from './day-report.js';
import type { KitchenTicketData } from './kitchen-ticket.js';

/** Realistic data for the demo store, the docs picture and template tests. */
export const sampleStore = {
  name: 'Padaria Pão de Açúcar',
  legalName: 'Panificação São João Ltda.',
  cnpj: '12.345.678/0001-95',
  address: 'Rua da Conceição, 123 - Centro, São Paulo - SP',
  phone: '(11) 3456-7890',
};

const item = (name: string, quantity: number, unitPriceCents: number, unit: 'UNIT' | 'GRAM' = 'UNIT') => ({
  name,
  quantity,
  unit,
  unitPriceCents,
  totalCents: unit === 'GRAM' ? Math.round((quantity * unitPriceCents) / 1000) : quantity * unitPriceCents,
});

const items = [
  item('Pão francês', 350, 1890, 'GRAM'),
  item('Pão de queijo mineiro', 6, 250),
  item('Café com leite (médio)', 2, 790),
  item('Coxinha de frango com catupiry', 3, 850),
  item('Açaí na tigela 500 ml', 1, 2490),
  item('Suco de maçã e limão', 2, 990),
  item('Torta de maçã com canela', 1, 1450),
  item('Pudim de leite condensado', 1, 1190),
];

const subtotalCents = items.reduce((n, i) => n + i.totalCents, 0);
const discountCents = 500;

export const sampleReceipt: CustomerReceiptData = {
  store: sampleStore,
  orderNumber: 1042,
  createdAt: '2026-11-23T15:04:05.000Z',
  tableLabel: '12 (salão)',
  operatorName: 'João Gonçalves',
  customerName: 'Conceição Araújo',
  items,
  subtotalCents,
  discountCents,
  totalCents: subtotalCents - discountCents,
  payments: [
    { method: 'PIX', amountCents: 5000 },
    { method: 'CASH', amountCents: subtotalCents - discountCents - 5000 + 1000 },
  ],
  changeCents: 1000,
  qrCode: { data: 'https://chefia.app/r/1042?s=padaria-sao-joao', caption: 'Avalie nosso atendimento' },
  footerLines: ['Promoção: ganhe um pão de queijo a cada 10 cafés.'],
};

export const sampleKitchenTicket: KitchenTicketData = {
  station: 'Chapa',
  orderNumber: 1042,
  createdAt: '2026-11-23T15:04:05.000Z',
  channel: 'TABLE',
  tableLabel: '12',
  items: [
    { name: 'X-Búrguer da casa', quantity: 2, unit: 'UNIT', modifiers: ['sem cebola', 'ponto médio'], notes: 'alérgico a amendoim' },
    { name: 'Batata rústica', quantity: 1, unit: 'UNIT' },
  ],
};

export const sampleDayReport: DayReportData = {
  store: sampleStore,
  businessDate: '2026-11-23',
  openedAt: '2026-11-23T09:00:00.000Z',
  closedAt: '2026-11-24T01:30:00.000Z',
  ordersCount: 187,
  cancelledCount: 3,
  grossCents: 1_254_390,
  discountCents: 12_500,
  netCents: 1_241_890,
  byMethod: [
    { method: 'CASH', count: 41, amountCents: 198_760 },
    { method: 'CREDIT', count: 52, amountCents: 402_310 },
    { method: 'DEBIT', count: 38, amountCents: 251_020 },
    { method: 'PIX', count: 51, amountCents: 349_800 },
    { method: 'VOUCHER', count: 5, amountCents: 40_000 },
  ],
  topProducts: [
    { name: 'Pão francês (kg)', quantity: 64, totalCents: 120_960 },
    { name: 'Café com leite', quantity: 212, totalCents: 167_480 },
  ],
};

export const sampleCashierClose: CashierCloseData = {
  store: sampleStore,
  registerName: 'Caixa 01',
  operatorName: 'Maria Conceição',
  openedAt: '2026-11-23T09:00:00.000Z',
  closedAt: '2026-11-23T21:00:00.000Z',
  openingFloatCents: 20_000,
  cashSalesCents: 198_760,
  suppliesCents: 5_000,
  withdrawalsCents: 150_000,
  countedCashCents: 73_700,
  byMethod: sampleDayReport.byMethod,
};
