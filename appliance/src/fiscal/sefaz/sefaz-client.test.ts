import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueNfce } from '../nfce/issue-nfce.js';
import type { EmitterConfig } from '../nfce/emitter-config.js';
import { referencePaths } from '../shared/reference-paths.js';
import { validateXml } from '../shared/xmllint.js';
import { loadA1Certificate, type A1Certificate } from '../signing/certificate.js';
import { SefazSimulator } from '../simulators/sefaz-simulator.js';
import { referencePresent, simplesSale, testEmitterConfig } from '../test-support/fixtures.js';
import { procNFeXml } from './messages.js';
import { bracketField } from './responses.js';
import { SefazClient } from './sefaz-client.js';
import { postSoap } from './soap.js';

const schema = (name: string) => join(referencePaths.nfeSchemaDir(), name);

describe.runIf(referencePresent())('SEFAZ client against the in-repo simulator', () => {
  const simulator = new SefazSimulator();
  let config: EmitterConfig;
  let certificate: A1Certificate;
  let client: SefazClient;
  const issue = (number: number, contingency = false) =>
    issueNfce(config, certificate, simplesSale(), {
      number,
      randomCode: String(40000000 + number),
      issuedAt: new Date(),
      contingency: contingency ? { enteredAt: new Date(), reason: 'SEFAZ INDISPONIVEL NO MOMENTO' } : undefined,
    });

  beforeAll(async () => {
    const baseUrl = await simulator.start();
    config = testEmitterConfig({ sefazBaseUrl: baseUrl, sefazCaPem: simulator.caPem, sefazTimeoutMs: 4000 });
    certificate = loadA1Certificate(config.certificate.pfx, config.certificate.password);
    client = new SefazClient(config, certificate);
  });
  afterAll(() => simulator.stop());

  it('resolves real endpoints per UF and keeps their path on the simulator', () => {
    const real = new SefazClient({ ...config, sefazBaseUrl: undefined }, certificate);
    expect(real.url('NfeAutorizacao').url).toBe('https://homologacao.nfce.fazenda.sp.gov.br/ws/NFeAutorizacao4.asmx');
    const rs = new SefazClient({ ...config, sefazBaseUrl: undefined, address: { ...config.address, uf: 'BA' } }, certificate);
    expect(rs.url('NfeAutorizacao').url).toBe('https://nfce-homologacao.svrs.rs.gov.br/ws/NfeAutorizacao/NFeAutorizacao4.asmx');
    expect(client.url('NfeStatusServico').url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/ws\/NFeStatusServico4\.asmx$/);
  });

  it('sends nothing, for either model, before what the store committed is on stable storage', async () => {
    let release!: () => void;
    const onStorage = new Promise<void>((r) => (release = r));
    const gated = new SefazClient(config, certificate, 65, () => onStorage);
    const before = simulator.requests.length;
    const nfce = gated.status();
    const nfe = gated.forModel(55).status();
    await new Promise((r) => setTimeout(r, 200));
    expect(simulator.requests.length).toBe(before);
    release();
    expect((await nfce).cStat).toBe(107);
    expect((await nfe).cStat).toBe(107);
    expect(simulator.requests.length).toBe(before + 2);
  });

  it('status service answers 107 over mutual TLS', async () => {
    const result = await client.status();
    expect(result.cStat).toBe(107);
    expect(simulator.requests.at(-1)).toMatchObject({ operation: 'NFeStatusServico4', clientCertificate: true });
  });

  it('authorizes synchronously (100), then flags duplicates 204 and 539', async () => {
    const doc = issue(10);
    const first = await client.authorize('1', doc.signedXml);
    expect(first.lotStatus).toBe(104);
    expect(first.document).toMatchObject({ cStat: 100, accessKey: doc.accessKey });
    expect(first.document!.protocol).toMatch(/^\d{15}$/);
    const proc = procNFeXml(doc.signedXml, first.document!.protNFeXml!);
    expect((await validateXml(schema('procNFe_v4.00.xsd'), proc)).valid).toBe(true);

    const again = await client.authorize('2', doc.signedXml);
    expect(again.document!.cStat).toBe(204);
    expect(bracketField(again.document!.xMotivo, 'nProt')).toBe(first.document!.protocol);

    const offlineTwin = issue(10, true);
    const twin = await client.authorize('3', offlineTwin.signedXml);
    expect(twin.document!.cStat).toBe(539);
    expect(bracketField(twin.document!.xMotivo, 'chNFe')).toBe(doc.accessKey);

    const situation = await client.situation(doc.accessKey);
    expect(situation.cStat).toBe(100);
    expect(situation.document!.protocol).toBe(first.document!.protocol);
  });

  it('processes an asynchronous lot: 103 with nRec, then NFeRetAutorizacao4 answers 104 with the protocol', async () => {
    const doc = issue(12);
    const received = await client.authorize('10', doc.signedXml, undefined, false);
    expect(received.lotStatus).toBe(103);
    expect(received.receipt).toMatch(/^\d{15}$/);
    const result = await client.authorizationResult(received.receipt!);
    expect(result.lotStatus).toBe(104);
    expect(result.document).toMatchObject({ cStat: 100, accessKey: doc.accessKey });
    expect((await client.authorizationResult('350000000000999')).lotStatus).toBe(106);
  });

  it('rejects a broken signature (297) and a schema violation (225)', async () => {
    const doc = issue(11);
    const tampered = doc.signedXml.replace('<natOp>VENDA</natOp>', '<natOp>VENDA ALTERADA</natOp>');
    expect((await client.authorize('4', tampered)).document!.cStat).toBe(297);
    const invalid = doc.signedXml.replace('<natOp>VENDA</natOp>', '');
    const result = await client.authorize('5', invalid);
    expect(result.lotStatus).toBe(225);
    expect(result.document).toBeUndefined();
  });

  it('checks the signature of one document in signatureCheckEvery: a tampered one at its turn is refused, between turns it passes', async () => {
    const sampling = new SefazSimulator({ signatureCheckEvery: 3 });
    const baseUrl = await sampling.start();
    try {
      const sampled = new SefazClient(testEmitterConfig({ sefazBaseUrl: baseUrl, sefazCaPem: sampling.caPem, sefazTimeoutMs: 4000 }), certificate);
      const tampered = (number: number) => issue(number).signedXml.replace('<natOp>VENDA</natOp>', '<natOp>VENDA ALTERADA</natOp>');
      const cStats: number[] = [];
      for (const number of [31, 32, 33, 34]) cStats.push((await sampled.authorize(String(number), tampered(number))).document!.cStat);
      expect(cStats).toEqual([297, 100, 100, 297]);
    } finally {
      await sampling.stop();
    }
  });

  it('inutilizes a range (102) whose request validates against inutNFe_v4.00.xsd, and refuses used or repeated numbers', async () => {
    const result = await client.inutilize({ year: 2026, series: 1, firstNumber: 20, lastNumber: 22, justification: 'Falha no sistema ao emitir' });
    expect(result.cStat).toBe(102);
    expect((await validateXml(schema('inutNFe_v4.00.xsd'), result.requestXml)).valid).toBe(true);
    expect((await validateXml(schema('retInutNFe_v4.00.xsd'), result.xml)).valid).toBe(true);
    expect(simulator.isInutilized(config.cnpj, 1, 21)).toBe(true);
    expect((await client.inutilize({ year: 2026, series: 1, firstNumber: 22, lastNumber: 22, justification: 'Falha no sistema ao emitir' })).cStat).toBe(256);
    expect((await client.inutilize({ year: 2026, series: 1, firstNumber: 10, lastNumber: 10, justification: 'Falha no sistema ao emitir' })).cStat).toBe(241);
    expect((await client.authorize('6', issue(21).signedXml)).document!.cStat).toBe(206);
  });

  it('registers a cancellation event (135) whose request validates against envEventoCancNFe_v1.00.xsd', async () => {
    const doc = issue(30);
    const authorized = await client.authorize('7', doc.signedXml);
    const request = { accessKey: doc.accessKey, protocol: authorized.document!.protocol!, justification: 'Cliente desistiu da compra', at: doc.issuedAtLocal };
    const result = await client.cancel('8', request);
    expect(result.lotStatus).toBe(128);
    expect(result.cStat).toBe(135);
    expect((await validateXml(schema('envEventoCancNFe_v1.00.xsd'), result.requestXml)).valid).toBe(true);
    expect((await validateXml(schema('retEnvEvento_v1.00.xsd'), result.xml)).valid).toBe(true);
    expect((await client.cancel('9', request)).cStat).toBe(573);
  });

  it('refuses a client without certificate (mutual TLS)', async () => {
    const url = client.url('NfeStatusServico').url;
    const body = '<consStatServ xmlns="http://www.portalfiscal.inf.br/nfe" versao="4.00"><tpAmb>2</tpAmb><cUF>35</cUF><xServ>STATUS</xServ></consStatServ>';
    await expect(postSoap(url, 'NFeStatusServico4', 'nfeStatusServicoNF', body, { keyPem: '', certPem: '', caPem: simulator.caPem } as never, 3000)).rejects.toMatchObject({ code: 'SEFAZ_HTTP_ERROR' });
    expect(simulator.requests.at(-1)!.operation).toBe('NO_CLIENT_CERTIFICATE');
  });

  it('answers status with schema-valid XML', async () => {
    const url = client.url('NfeStatusServico').url;
    const body = await postSoap(url, 'NFeStatusServico4', 'nfeStatusServicoNF', '<consStatServ xmlns="http://www.portalfiscal.inf.br/nfe" versao="4.00"><tpAmb>2</tpAmb><cUF>35</cUF><xServ>STATUS</xServ></consStatServ>', { keyPem: certificate.privateKeyPem, certPem: certificate.certificatePem, caPem: simulator.caPem }, 3000);
    expect((await validateXml(schema('retConsStatServ_v4.00.xsd'), body)).valid).toBe(true);
  });

  it('times out when slow and fails fast when down', async () => {
    await simulator.setMode('slow', 1500);
    await expect(client.status(300)).rejects.toMatchObject({ code: 'SEFAZ_TIMEOUT' });
    await simulator.setMode('down');
    await expect(client.status(2000)).rejects.toMatchObject({ code: 'SEFAZ_UNREACHABLE' });
    await simulator.setMode('up');
    expect((await client.status()).cStat).toBe(107);
  });
});
