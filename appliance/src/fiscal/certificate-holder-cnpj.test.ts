/**
 * Fiscal wizard: the A1 certificate must belong to the store.
 *
 * An ICP-Brasil e-CNPJ names its holder in the CN ("RAZÃO SOCIAL:CNPJ") and in the subjectAltName
 * otherName 2.16.76.1.3.3, while other subject fields (the OU of the registration authority, for
 * one) carry other companies' CNPJs. SEFAZ refuses every document signed with a certificate whose
 * CNPJ base differs from the emitter's (213 "CNPJ-Base do Emitente difere do CNPJ-Base do
 * Certificado Digital"), so the wizard answers 422 FISCAL_CERTIFICATE_CNPJ_MISMATCH unless the
 * holder's CNPJ is the store's, or its head office's (same CNPJ base).
 */
import { describe, expect, it } from 'vitest';
import { nodeForge } from './signing/node-forge.js';
import { checkUploadedCertificate, type FiscalWizardInput } from './settings-wizard.js';

const STORE_CNPJ = '11222333000181';
const OTHER_COMPANY_CNPJ = '06157250000116';
/** A branch of the store's company: same CNPJ base. */
const BRANCH_CNPJ = '11222333000262';
const PASSWORD = 'senha-teste';

/** An e-CNPJ A1 laid out like ICP-Brasil's: the holder in CN, the registration authority's CNPJ in an OU. */
function icpBrasilLikePfx(holderName: string, holderCnpj: string, registrationAuthorityCnpj: string, altNameCnpj?: string): Buffer {
  const forge = nodeForge();
  const keys = forge.pki.rsa.generateKeyPair({ bits: 1024, e: 0x10001 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = '01';
  cert.validity.notBefore = new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = new Date(Date.now() + 365 * 86_400_000);
  const attrs = [
    { name: 'countryName', value: 'BR' },
    { name: 'organizationName', value: 'ICP-Brasil' },
    { shortName: 'OU', value: 'Secretaria da Receita Federal do Brasil - RFB' },
    { shortName: 'OU', value: 'RFB e-CNPJ A1' },
    { shortName: 'OU', value: registrationAuthorityCnpj },
    { name: 'commonName', value: `${holderName}:${holderCnpj}` },
  ];
  cert.setSubject(attrs);
  if (altNameCnpj) cert.setExtensions([{ id: '2.5.29.17', value: holderCnpjAltName(altNameCnpj) }]);
  cert.setIssuer([{ name: 'countryName', value: 'BR' }, { name: 'commonName', value: 'AC TESTE' }]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  const p12 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], PASSWORD, { algorithm: '3des' });
  return Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary');
}

/** DER of a subjectAltName holding ICP-Brasil's otherName 2.16.76.1.3.3 (the holder's CNPJ), as the ACs issue it. */
function holderCnpjAltName(cnpj: string): string {
  const { asn1 } = nodeForge();
  const otherName = asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer('2.16.76.1.3.3').getBytes()),
    asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, cnpj)]),
  ]);
  return asn1.toDer(asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [otherName])).getBytes();
}

function wizardInput(cnpj: string, pfx: Buffer): FiscalWizardInput {
  return {
    cnpj,
    ie: '111222333444',
    legalName: 'RESTAURANTE EXEMPLO LTDA',
    crt: 1,
    address: { street: 'Rua Augusta', number: '1500', district: 'Consolacao', cityCode: '3550308', cityName: 'Sao Paulo', uf: 'SP', cep: '01304001' },
    cscId: '000001',
    cscToken: 'A1B2C3D4E5F6G7H8I9J0K1L2M3N4O5P6Q7R8',
    series: 1,
    nextNumber: 1,
    environment: 'homologation',
    certificate: { pfxBase64: pfx.toString('base64'), password: PASSWORD },
  } as FiscalWizardInput;
}

describe('fiscal wizard: the A1 must belong to the store', () => {
  it("refuses an A1 whose holder is another company even when the store's CNPJ appears elsewhere in the subject", () => {
    // The certificate belongs to OTHER COMPANY; the store's CNPJ only appears as the registration authority's OU.
    const pfx = icpBrasilLikePfx('OUTRA EMPRESA LTDA', OTHER_COMPANY_CNPJ, STORE_CNPJ);
    // Sanity: the holder's own CNPJ is accepted.
    expect(() => checkUploadedCertificate(wizardInput(OTHER_COMPANY_CNPJ, pfx), new Date())).not.toThrow();
    expect(() => checkUploadedCertificate(wizardInput(STORE_CNPJ, pfx), new Date())).toThrow(expect.objectContaining({ code: 'FISCAL_CERTIFICATE_CNPJ_MISMATCH' }));
  });

  it("takes the holder from ICP-Brasil's otherName, and accepts the head office's certificate for a branch", () => {
    const pfx = icpBrasilLikePfx('LOJA EXEMPLO LTDA', '', OTHER_COMPANY_CNPJ, STORE_CNPJ);
    expect(() => checkUploadedCertificate(wizardInput(STORE_CNPJ, pfx), new Date())).not.toThrow();
    expect(() => checkUploadedCertificate(wizardInput(BRANCH_CNPJ, pfx), new Date())).not.toThrow();
    expect(() => checkUploadedCertificate(wizardInput(OTHER_COMPANY_CNPJ, pfx), new Date())).toThrow(expect.objectContaining({ code: 'FISCAL_CERTIFICATE_CNPJ_MISMATCH' }));
  });
});
