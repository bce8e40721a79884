import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProcess, validateFiles } from '../shared/xmllint.js';
import { referencePaths } from '../shared/reference-paths.js';
import { loadA1Certificate, type A1Certificate } from '../signing/certificate.js';
import { generateTestCertificate } from '../signing/test-certificate.js';
import { referencePresent, regimeNormalSale, simplesSale, testEmitterConfig } from '../test-support/fixtures.js';
import { FiscalSaleError } from './compute-sale.js';
import { issueNfce, type IssuedNfce } from './issue-nfce.js';

const hasReference = referencePresent();
const issuedAt = new Date('2026-11-23T15:04:05.678Z');
const contingency = { enteredAt: new Date('2026-11-23T15:03:00Z'), reason: 'SEFAZ SEM RESPOSTA NO TEMPO LIMITE' };

describe.runIf(hasReference)('NFC-e 4.00 XML: schema and signature', () => {
  let dir: string;
  let certificate: A1Certificate;
  const files: { name: string; issued: IssuedNfce; certPem: string; reform: boolean }[] = [];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'nfce-xml-'));
    const config = testEmitterConfig();
    certificate = loadA1Certificate(config.certificate.pfx, config.certificate.password);
    const add = (name: string, issued: IssuedNfce, cert: A1Certificate | { certificatePem: string }, reform = false) => {
      writeFileSync(join(dir, name), issued.signedXml);
      files.push({ name, issued, certPem: cert.certificatePem, reform });
    };
    add('simples-online.xml', issueNfce(config, certificate, simplesSale(), { number: 1, randomCode: '10203040', issuedAt }), certificate);
    add('simples-offline.xml', issueNfce(config, certificate, simplesSale(), { number: 2, randomCode: '10203041', issuedAt, contingency }), certificate);
    const normal = { ...config, crt: 3 as const };
    add('normal-online-cpf.xml', issueNfce(normal, certificate, regimeNormalSale(), { number: 3, randomCode: '10203042', issuedAt }), certificate);
    add('normal-offline-production.xml', issueNfce({ ...normal, environment: 'production' }, certificate, regimeNormalSale(), { number: 4, randomCode: '10203043', issuedAt, contingency }), certificate);
    const reform = { ...normal, taxReformGroups: true, qrCodeVersion: 3 as const };
    add('reform-online-v3.xml', issueNfce(reform, certificate, regimeNormalSale(), { number: 5, randomCode: '10203044', issuedAt }), certificate, true);
    add('reform-offline-v3.xml', issueNfce(reform, certificate, regimeNormalSale(), { number: 6, randomCode: '10203045', issuedAt, contingency }), certificate, true);
    // Delivered by the store to the customer who gave a CPF: the R$ 7,00 fee shared over the lines as vFrete, paid with the rest by debit.
    const delivered = regimeNormalSale('order-delivered');
    delivered.items[0].freightCents = 340;
    delivered.items[1].freightCents = 360;
    delivered.payments[1].amountCents += 700;
    delivered.delivery = { name: 'Maria Souza', street: 'Rua dos Pinheiros', number: '100', district: 'Pinheiros', cityName: 'São Paulo', uf: 'SP' };
    add('normal-delivery-fee.xml', issueNfce(normal, certificate, delivered, { number: 8, randomCode: '10203047', issuedAt }), certificate);
    // The same delivery for a customer who gave no CPF: not a home delivery SEFAZ would accept.
    add('normal-delivery-anonymous.xml', issueNfce(normal, certificate, { ...delivered, consumerCpf: undefined }, { number: 9, randomCode: '10203048', issuedAt }), certificate);
    const generated = generateTestCertificate({ cnpj: config.cnpj, legalName: 'LOJA DEMO', password: 'demo' });
    const demoCert = loadA1Certificate(generated.pfx, generated.password);
    add('demo-cert-rs.xml', issueNfce({ ...config, address: { ...config.address, uf: 'RS', cityCode: '4314902' } }, demoCert, simplesSale(), { number: 7, randomCode: '10203046', issuedAt }), demoCert);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('every generated NFC-e validates against PL_009_V4 nfe_v4.00.xsd', async () => {
    const plain = files.filter((f) => !f.reform).map((f) => join(dir, f.name));
    const result = await validateFiles(referencePaths.nfeSchema(), plain);
    expect(result.output).not.toMatch(/fails to validate|error/i);
    expect(result.valid).toBe(true);
  });

  it('documents with IBS/CBS groups validate against PL_010_V1.30', async () => {
    const reform = files.filter((f) => f.reform).map((f) => join(dir, f.name));
    const result = await validateFiles(join(referencePaths.taxReformSchemaDir(), 'nfe_v4.00.xsd'), reform);
    expect(result.valid, result.output).toBe(true);
    expect(files.find((f) => f.reform)!.issued.signedXml).toContain('<IBSCBSTot><vBCIBSCBS>71.00</vBCIBSCBS>');
  });

  it('every signature verifies with xmlsec1 against the signing certificate', async () => {
    for (const file of files) {
      const pem = join(dir, file.name + '.pem');
      writeFileSync(pem, file.certPem);
      const result = await runProcess('xmlsec1', ['--verify', '--id-attr:Id', 'infNFe', '--trusted-pem', pem, join(dir, file.name)]);
      expect(result.output, file.name).toContain('OK');
      expect(result.code, file.name + result.output).toBe(0);
    }
  });

  it('xmlsec1 rejects a document altered after signing', async () => {
    const tampered = files[0].issued.signedXml.replace('<vNF>96.35</vNF>', '<vNF>9.63</vNF>');
    expect(tampered).not.toBe(files[0].issued.signedXml);
    writeFileSync(join(dir, 'tampered.xml'), tampered);
    writeFileSync(join(dir, 'tampered.pem'), files[0].certPem);
    const result = await runProcess('xmlsec1', ['--verify', '--id-attr:Id', 'infNFe', '--trusted-pem', join(dir, 'tampered.pem'), join(dir, 'tampered.xml')]);
    expect(result.code).not.toBe(0);
  });

  it('carries the fiscal values computed in integer centavos', () => {
    const online = files[0].issued;
    expect(online.computed.totalCents).toBe(9635);
    expect(online.signedXml).toContain('<qCom>0.4370</qCom>');
    expect(online.signedXml).toContain('<vProd>30.55</vProd>');
    expect(online.signedXml).toContain('<tPag>17</tPag><vPag>50.00</vPag><card><tpIntegra>2</tpIntegra></card>');
    expect(online.signedXml).toContain('<tPag>01</tPag><vPag>50.00</vPag>');
    expect(online.signedXml).toContain('<vTroco>3.65</vTroco>');
    expect(online.signedXml).toContain('<xProd>NOTA FISCAL EMITIDA EM AMBIENTE DE HOMOLOGACAO - SEM VALOR FISCAL</xProd>');
    expect(online.signedXml).toContain('<dhEmi>2026-11-23T12:04:05-03:00</dhEmi>');
    const normal = files[2].issued.signedXml;
    expect(normal).toContain('<ICMS00><orig>0</orig><CST>00</CST><modBC>3</modBC><vBC>35.00</vBC><pICMS>18.0000</pICMS><vICMS>6.30</vICMS></ICMS00>');
    expect(normal).toContain('<dest><CPF>52998224725</CPF>');
    expect(normal).toContain('<vPIS>0.58</vPIS>');
  });

  it('a delivery fee is vFrete on its lines and in the totals, in vNF and the ICMS base, with the store as carrier of an identified home delivery', () => {
    const delivered = files.find((f) => f.name === 'normal-delivery-fee.xml')!.issued;
    expect(delivered.computed).toMatchObject({ freightCents: 700, totalCents: 7800 });
    const xml = delivered.signedXml;
    expect(xml).toContain('<vUnTrib>35.00</vUnTrib><vFrete>3.40</vFrete><indTot>1</indTot>');
    expect(xml).toContain('<vUnTrib>12.00</vUnTrib><vFrete>3.60</vFrete><indTot>1</indTot>');
    expect(xml).toContain('<vProd>71.00</vProd><vFrete>7.00</vFrete><vSeg>0.00</vSeg><vDesc>0.00</vDesc>');
    expect(xml).toContain('<vNF>78.00</vNF>');
    // 18 % of 35,00 + 3,40.
    expect(xml).toContain('<vBC>38.40</vBC><pICMS>18.0000</pICMS><vICMS>6.91</vICMS>');
    expect(xml).toContain('<transp><modFrete>3</modFrete><transporta><CNPJ>06157250000116</CNPJ><xNome>CHEFIA RESTAURANTE TESTE LTDA</xNome></transporta></transp>');
    expect(xml).toContain('<indPres>4</indPres>');
    expect(xml).toContain('<enderDest><xLgr>Rua dos Pinheiros</xLgr><nro>100</nro><xBairro>Pinheiros</xBairro><cMun>3550308</cMun>');
    const anonymous = files.find((f) => f.name === 'normal-delivery-anonymous.xml')!.issued.signedXml;
    expect(anonymous).toContain('<vNF>78.00</vNF>');
    expect(anonymous).toContain('<indPres>1</indPres>');
    expect(anonymous).toContain('<transp><modFrete>9</modFrete></transp>');
    expect(files[0].issued.signedXml).toContain('<transp><modFrete>9</modFrete></transp>');
  });

  it('offline documents carry tpEmis 9, dhCont/xJust, the contingency note and the offline QR', () => {
    const offline = files[1].issued;
    expect(offline.accessKey[34]).toBe('9');
    expect(offline.signedXml).toContain('<tpEmis>9</tpEmis>');
    expect(offline.signedXml).toContain('<xJust>SEFAZ SEM RESPOSTA NO TEMPO LIMITE</xJust>');
    expect(offline.signedXml).toContain('EMITIDA EM CONTINGENCIA');
    expect(offline.qrCode.split('|')).toHaveLength(7 + 1);
    expect(offline.qrCode).toContain(`|23|96.35|${Buffer.from(offline.digestValue).toString('hex')}|1|`);
    expect(files[3].issued.qrCode).toMatch(/^https:\/\/www\.nfce\.fazenda\.sp\.gov\.br\/qrcode\?p=/);
    expect(files[3].issued.urlChave).toBe('https://www.nfce.fazenda.sp.gov.br/NFCeConsultaPublica');
  });
});

describe('fiscal sale validation', () => {
  const config = testEmitterConfig({ certificate: { pfx: Buffer.alloc(0), password: '' } });
  const fakeCert = { privateKeyPem: '', certificatePem: '', certificateBase64: '', subject: '', notBefore: new Date(0), notAfter: new Date(0) };
  const attempt = (mutate: (sale: ReturnType<typeof simplesSale>) => void) => {
    const sale = simplesSale();
    mutate(sale);
    try {
      issueNfce(config, fakeCert, sale, { number: 1, randomCode: '11111111', issuedAt });
    } catch (error) {
      return (error as FiscalSaleError).code;
    }
    return 'NO_ERROR';
  };

  it('rejects bad input with stable codes', () => {
    expect(attempt((s) => (s.items[0].ncm = '123'))).toBe('FISCAL_ITEM_NCM_INVALID');
    expect(attempt((s) => (s.items[0].cfop = '6102'))).toBe('FISCAL_ITEM_CFOP_INVALID');
    expect(attempt((s) => (s.payments[0].amountCents = 1))).toBe('FISCAL_PAYMENT_MISMATCH');
    expect(attempt((s) => (s.consumerCpf = '12345678900'))).toBe('FISCAL_CPF_INVALID');
    expect(attempt((s) => (s.items = []))).toBe('FISCAL_SALE_EMPTY');
    expect(attempt((s) => (s.items[1].discountCents = 650))).toBe('FISCAL_ITEM_DISCOUNT_INVALID');
    expect(attempt((s) => (s.items[0].freightCents = -1))).toBe('FISCAL_ITEM_FREIGHT_INVALID');
  });
});
