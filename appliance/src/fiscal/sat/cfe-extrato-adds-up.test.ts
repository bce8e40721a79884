/**
 * The CF-e extrato a SAT / MF-e store hands the customer adds up: under the items (at their full
 * price) it shows the items' gross total, the discounts and the delivery fee before the TOTAL, as
 * the CF-e declares them (vProd, vDesc, vOutro, vCFe). Without them a customer with a discount or
 * a delivery read items that did not add up to what they paid.
 */
import { describe, expect, it } from 'vitest';
import { MessageCatalog } from '../../kernel/i18n/catalog.js';
import { fiscalMessages } from '../messages.pt-BR.js';
import { simplesSale } from '../test-support/fixtures.js';
import { buildSatExtrato } from './extrato.js';
import type { SatSale } from './sat-device.js';

const catalog = new MessageCatalog();
catalog.add('pt-BR', fiscalMessages);
const t = (key: string, params?: Record<string, string | number>) => catalog.t(key, params);
const emitter = { legalName: 'LANCHONETE DO ZE', cnpj: '08723218000186', ie: '149626224113' };

function equipmentAnswer(totalCents: number): SatSale {
  return { accessKey: '35260108723218000186599000012340000011234563', cfeXml: '<CFe/>', timestamp: '20260115123000', totalCents, consumerDocument: '', qrSignature: 'QR' };
}

const line = (lines: string[], label: string) => lines.find((l) => l.startsWith(label));

describe('the CF-e extrato shows how the items reach the total', () => {
  it('lists the gross of the items, the discounts and the delivery fee before the total', () => {
    const sale = simplesSale('extrato-fee');
    sale.items[0]!.freightCents = 700;
    sale.payments = [{ method: 'CREDIT', amountCents: 10335 }];
    const { lines } = buildSatExtrato(sale, equipmentAnswer(10335), emitter, t);
    // 2 x 29,90 + 6,50 + 30,55 = 96,85 gross; 0,50 off the soda; 7,00 delivery fee.
    expect(line(lines, 'Total bruto de itens')).toMatch(/ 96,85$/);
    expect(line(lines, 'Total de descontos sobre item')).toMatch(/ -0,50$/);
    expect(line(lines, 'Taxa de entrega')).toMatch(/ \+7,00$/);
    expect(line(lines, 'TOTAL R$')).toMatch(/ 103,35$/);
    const order = ['Total bruto de itens', 'Total de descontos sobre item', 'Taxa de entrega', 'TOTAL R$'].map((label) => lines.findIndex((l) => l.startsWith(label)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('shows no discount or fee line on a sale without them', () => {
    const sale = simplesSale('extrato-plain');
    delete sale.items[1]!.discountCents;
    sale.payments = [{ method: 'PIX', amountCents: 9685 }];
    const { lines } = buildSatExtrato(sale, equipmentAnswer(9685), emitter, t);
    expect(line(lines, 'Total de descontos sobre item')).toBeUndefined();
    expect(line(lines, 'Taxa de entrega')).toBeUndefined();
    expect(line(lines, 'TOTAL R$')).toMatch(/ 96,85$/);
  });
});
