import { describe, expect, it } from 'vitest';
import { computeSale } from './compute-sale.js';
import { defaultTaxGroups, fiscalSaleFromOrder, type PaidOrder } from './order-to-sale.js';

const order = (): PaidOrder => ({
  orderId: 'o-1',
  lines: [
    { code: 'LAN-001', description: 'X-Burger', unit: 'UNIT', quantity: 2, unitPriceCents: 2990, discountCents: 100, fiscal: { ncm: '21069090', cfop: '5102', cest: null, taxGroup: 'FOOD' } },
    { code: 'BEB-001', description: 'Refrigerante', gtin: '7894900011517', unit: 'UNIT', quantity: 1, unitPriceCents: 650, fiscal: { ncm: '22021000', cfop: '5405', cest: '0300700', taxGroup: 'DRINK_ST' } },
  ],
  payments: [{ method: 'PIX', amountCents: 6530 }],
});

describe('paid order to FiscalSale', () => {
  it('applies the tax group rules of the store regime', () => {
    const simples = fiscalSaleFromOrder(order(), defaultTaxGroups(1));
    expect(simples.items.map((i) => i.icms.kind)).toEqual(['CSOSN_102', 'CSOSN_500']);
    expect(computeSale(simples, 65).totalCents).toBe(6530);
    const normal = fiscalSaleFromOrder(order(), defaultTaxGroups(3));
    expect(normal.items[0].icms).toEqual({ kind: 'CST_00', rateBasisPoints: 1800 });
    expect(normal.items[1]).toMatchObject({ icms: { kind: 'CST_60' }, cest: '0300700', gtin: '7894900011517' });
  });

  it('refuses lines without fiscal data, with unknown groups or ISS services', () => {
    const missing = order();
    missing.lines[0].fiscal.ncm = null;
    expect(() => fiscalSaleFromOrder(missing, defaultTaxGroups(1))).toThrow(expect.objectContaining({ code: 'FISCAL_ITEM_FISCAL_DATA_MISSING' }));
    const unknown = order();
    unknown.lines[0].fiscal.taxGroup = 'ALCOHOL';
    expect(() => fiscalSaleFromOrder(unknown, defaultTaxGroups(1))).toThrow(expect.objectContaining({ code: 'FISCAL_ITEM_TAX_GROUP_UNKNOWN' }));
    const service = order();
    service.lines[0].fiscal.cfop = '5933';
    expect(() => fiscalSaleFromOrder(service, defaultTaxGroups(1))).toThrow(expect.objectContaining({ code: 'FISCAL_ITEM_SERVICE_NOT_ALLOWED' }));
  });
});
