import { createVerify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadA1Certificate } from '../signing/certificate.js';
import { referencePresent, simplesSale, testEmitterConfig } from '../test-support/fixtures.js';
import { issueNfce } from './issue-nfce.js';

/**
 * QR code v3 (NT 2025.001), offline form: chave|3|tpAmb|dia|vNF|tpIdDest|idDest|assinatura, where
 * tpIdDest is 1 for a CNPJ, 2 for a CPF, 3 for a foreign id, and idDest the identification the
 * NFC-e carries in dest. A company consumer ("CNPJ na nota") goes to dest/CNPJ, and its offline QR
 * says 1|<CNPJ>: the consumer's check of the QR (and SEFAZ's) compares it with the document.
 */
describe.runIf(referencePresent())('offline QR code v3 of an NFC-e with CNPJ na nota', () => {
  it('identifies the company consumer (tpIdDest 1 and the CNPJ), as dest/CNPJ does', () => {
    const config = testEmitterConfig({ qrCodeVersion: 3 });
    const certificate = loadA1Certificate(config.certificate.pfx, config.certificate.password);
    const sale = { ...simplesSale('order-cnpj-offline'), consumerCnpj: '11222333000181' };
    const issuedAt = new Date();
    const issued = issueNfce(config, certificate, sale, {
      number: 7,
      randomCode: '12345678',
      issuedAt,
      contingency: { enteredAt: issuedAt, reason: 'SEFAZ INDISPONIVEL OU SEM RESPOSTA NO TEMPO LIMITE' },
    });
    expect(issued.emissionType).toBe(9);
    expect(issued.signedXml).toContain('<dest><CNPJ>11222333000181</CNPJ>');

    const fields = issued.qrCode.slice(issued.qrCode.indexOf('?p=') + 3).split('|');
    expect(fields).toHaveLength(8);
    // The QR stays signed by the A1 over what it says.
    expect(createVerify('RSA-SHA1').update(fields.slice(0, 7).join('|')).verify(certificate.certificatePem, fields[7], 'base64')).toBe(true);
    expect(fields.slice(5, 7)).toEqual(['1', '11222333000181']);
  });
});
