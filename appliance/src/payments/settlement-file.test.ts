import { describe, expect, it } from 'vitest';
import { decodeSettlementBytes, parseSettlementFile } from './settlement-file.js';

describe('settlement files', () => {
  it("reads a Mercado Pago release report: ';', decimal point, ISO date-times with offset, refund rows without a source", async () => {
    const report = [
      'DATE;SOURCE_ID;EXTERNAL_REFERENCE;RECORD_TYPE;DESCRIPTION;NET_CREDIT_AMOUNT;NET_DEBIT_AMOUNT;GROSS_AMOUNT;TRANSACTION_DATE;SETTLEMENT_DATE',
      '2026-12-02T09:00:00.000-03:00;1320045871;pay-0191;release;payment;30.70;0.00;31.01;2026-12-01T21:10:03.000-03:00;2026-12-02T09:00:00.000-03:00',
      '2026-12-02T09:00:00.000-03:00;1320045999;pay-0192;release;payment;1,206.37;0.00;1,234.56;2026-11-30T23:59:59.000-03:00;2026-12-02T09:00:00.000-03:00',
      '2026-12-02T09:00:00.000-03:00;;;release;withdrawal;0.00;500.00;0.00;2026-12-02T09:00:00.000-03:00;2026-12-02T09:00:00.000-03:00',
    ].join('\n');
    expect(await parseSettlementFile(report)).toEqual({
      settlements: [
        { gatewayPaymentId: '1320045871', externalReference: 'pay-0191', amountCents: 3_101, netAmountCents: 3_070, settledOn: '2026-12-02' },
        { gatewayPaymentId: '1320045999', externalReference: 'pay-0192', amountCents: 123_456, netAmountCents: 120_637, settledOn: '2026-12-02' },
      ],
      from: '2026-11-30',
      to: '2026-12-01',
    });
  });

  it('keeps a quoted separator and quote inside a field, and tells UTF-8 from Windows-1252', async () => {
    const text = '"NSU";"Produto";"Valor bruto";"Data do pagamento"\r\n"9";"Crédito ""parcelado""; loja";"1.000,00";"05/12/2026"\r\n';
    const utf8 = await parseSettlementFile(decodeSettlementBytes(Buffer.from(text, 'utf8')));
    const latin1 = await parseSettlementFile(decodeSettlementBytes(Buffer.from(text, 'latin1')));
    expect(utf8).toEqual(latin1);
    expect(utf8.settlements).toEqual([{ gatewayPaymentId: '9', externalReference: null, amountCents: 100_000, netAmountCents: null, settledOn: '2026-12-05' }]);
  });

  it('refuses a file it cannot read with the line at fault', async () => {
    await expect(parseSettlementFile('"NSU";"Valor bruto";"Data do pagamento"\n"1";"10,00";"05/12/2026"\n"2";"1.5.0";"05/12/2026"\n')).rejects.toMatchObject({
      code: 'RECONCILIATION_REPORT_INVALID',
      details: { line: 3 },
    });
    await expect(parseSettlementFile('"NSU";"Valor bruto"\n"1";"10,00"\n')).rejects.toMatchObject({ code: 'RECONCILIATION_REPORT_INVALID', params: { reason: 'cabeçalho' } });
    await expect(parseSettlementFile('"NSU";"Valor bruto";"Data do pagamento"\n"1";"10,00\n')).rejects.toMatchObject({ code: 'RECONCILIATION_REPORT_INVALID' });
  });
});
