import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { isValidAccessKey } from '../nfce/access-key.js';
import { formatLocalDateTime } from '../shared/local-datetime.js';
import { referencePaths } from '../shared/reference-paths.js';
import { firstElement, firstTagText } from '../shared/xml-text.js';
import { validateXml } from '../shared/xmllint.js';
import { generateTestCertificate } from '../signing/test-certificate.js';
import { soapResultEnvelope, unwrapSoap } from '../sefaz/soap.js';
import { modelRules } from './sefaz-model-rules.js';
import { signatureIsValid } from './signature-check.js';
import * as ret from './sefaz-responses.js';

export type SimulatorMode = 'up' | 'slow' | 'down';

/** NF-e (55) and NFC-e (65) are numbered apart: the same series and number may exist in both. */
/** A number as one environment's database keys it: homologação and produção number apart. */
const numberKeyOf = (environment: string, cnpj: string, model: string, series: number, number: number) =>
  model === '65' ? `${environment}|${cnpj}|${series}|${number}` : `${environment}|${cnpj}|${series}|${number}|${model}`;

interface AuthorizedDocument {
  accessKey: string;
  /** tpAmb it was authorized in: homologação and produção are separate databases at SEFAZ. */
  environment: string;
  protocol: string;
  receivedAt: string;
  digestValue: string;
  totalCents: number;
  cancelled?: { protocol: string; at: string; procEvento: string };
}

const SCHEMAS: Record<string, string> = {
  NFeAutorizacao4: 'enviNFe_v4.00.xsd',
  NFeRetAutorizacao4: 'consReciNFe_v4.00.xsd',
  NFeStatusServico4: 'consStatServ_v4.00.xsd',
  NFeConsultaProtocolo4: 'consSitNFe_v4.00.xsd',
  NFeInutilizacao4: 'inutNFe_v4.00.xsd',
  NFeRecepcaoEvento4: 'envEventoCancNFe_v1.00.xsd',
};

const NFE_NAMESPACE = 'http://www.portalfiscal.inf.br/nfe';
/** A CNPJ or chave with letters: only the PL_010 schemas (NT 2025.001) take the alphanumeric CNPJ. */
const ALPHANUMERIC_ID = /<CNPJ>(?!\d{14}<)|<chNFe>(?!\d{44}<)|Id="(?:NFe|ID)\d*[A-Z]/;

/** Documents with the 2026 tax reform groups or an alphanumeric CNPJ follow the PL_010 layout, as SEFAZ accepts them. */
function followsPl010(body: string): boolean {
  return body.includes('<IBSCBSTot>') || ALPHANUMERIC_ID.test(body);
}

/**
 * Whether the request follows its schema. An event with an alphanumeric CNPJ is checked as SEFAZ
 * checks events: the envelope against envEvento (PL_010's takes letters in the Id; its
 * cancellation-only envEventoCancNFe still does not), then detEvento against e110111.
 */
async function schemaAccepts(schema: string, body: string): Promise<boolean> {
  if (!followsPl010(body)) return (await validateXml(join(referencePaths.nfeSchemaDir(), schema), body)).valid;
  const dir = referencePaths.taxReformSchemaDir();
  if (schema !== SCHEMAS.NFeRecepcaoEvento4) return (await validateXml(join(dir, schema), body)).valid;
  const detail = firstElement(body, 'detEvento')?.replace('<detEvento ', `<detEvento xmlns="${NFE_NAMESPACE}" `);
  return detail !== undefined && (await validateXml(join(dir, 'envEvento_v1.00.xsd'), body)).valid && (await validateXml(join(dir, 'e110111_v1.00.xsd'), detail)).valid;
}

export interface SefazSimulatorOptions {
  /** Validate every request body against its PL_009_V4 (PL_010 with IBS/CBS or an alphanumeric CNPJ) schema with xmllint (default true). */
  validateSchemas?: boolean;
  /** Check the XMLDSig of every document (default true; bulk tests verify samples with xmlsec1). */
  verifySignatures?: boolean;
  /**
   * Check the XMLDSig of one NF-e/NFC-e in this many (default 1: each). The check costs ≈ 10 ms of
   * CPU per document in xml-crypto's XPath; a load bench whose simulator shares a core with its
   * clients checks a sample, so the simulator does not set the pace it measures.
   */
  signatureCheckEvery?: number;
  /** Minutes after authorization in which cancellation is accepted (default 30, NFC-e rule). */
  cancellationWindowMinutes?: number;
  /**
   * false: like an authorizer that processes lots apart, every lot is answered 103 with a receipt
   * (nRec), also when indSinc=1 asks for the outcome; NFeRetAutorizacao4 then gives it (default true).
   */
  synchronousLots?: boolean;
}

/**
 * In-repo stand-in for a SEFAZ authorizer: HTTPS on loopback with its own self-signed certificate,
 * SOAP 1.2, schema validation with xmllint, signature check, and the real return codes. It keeps
 * what it authorized in memory, so duplicates (204/539) and inutilized numbers (206) behave like
 * the real service. It can be made slow or unavailable to exercise offline contingency.
 */
export class SefazSimulator {
  private server?: Server;
  private port = 0;
  private readonly byNumber = new Map<string, AuthorizedDocument>();
  private readonly byKey = new Map<string, AuthorizedDocument>();
  private readonly inutilized = new Set<string>();
  private readonly pendingReceipts = new Map<string, string>();
  private sequence = 0;
  private documentsReceived = 0;
  mode: SimulatorMode = 'up';
  slowMs = 10_000;
  readonly requests: { operation: string; cStat?: number; clientCertificate: boolean }[] = [];
  caPem = '';

  constructor(private readonly options: SefazSimulatorOptions = {}) {}

  async start(port = 0): Promise<string> {
    const tls = generateTestCertificate({ cnpj: '00000000000000', legalName: 'SEFAZ SIMULADOR', password: 'x', commonName: 'localhost', altNames: ['localhost', '127.0.0.1'] });
    this.caPem = tls.certificatePem;
    this.server = createServer({ key: tls.privateKeyPem, cert: tls.certificatePem, requestCert: true, rejectUnauthorized: false }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const clientCertificate = Object.keys((req.socket as import('node:tls').TLSSocket).getPeerCertificate() ?? {}).length > 0;
        if (!clientCertificate) {
          // Like the real authorizers: no A1 client certificate, no service.
          this.requests.push({ operation: 'NO_CLIENT_CERTIFICATE', clientCertificate });
          res.writeHead(403, { 'Content-Type': 'text/html' });
          res.end('<html><body>403 - Certificado digital do cliente obrigatorio</body></html>');
          return;
        }
        this.handle(Buffer.concat(chunks).toString('utf8'), clientCertificate)
          .then((body) => {
            const send = () => {
              if (res.destroyed) return;
              res.writeHead(200, { 'Content-Type': 'application/soap+xml; charset=utf-8' });
              res.end(body);
            };
            if (this.mode === 'slow') setTimeout(send, this.slowMs);
            else send();
          })
          .catch((error: Error) => {
            res.writeHead(500, { 'Content-Type': 'text/plain' });
            res.end(error.message);
          });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server!.address() as AddressInfo).port;
    return `https://127.0.0.1:${this.port}`;
  }

  /**
   * down: the port is closed and open connections are cut (clients see ECONNREFUSED/ECONNRESET);
   * slow: requests are processed at once but answered after slowMs (like a SEFAZ under load).
   */
  async setMode(mode: SimulatorMode, slowMs?: number): Promise<void> {
    if (slowMs !== undefined) this.slowMs = slowMs;
    const wasDown = this.mode === 'down';
    this.mode = mode;
    if (mode === 'down' && !wasDown) {
      const closed = new Promise<void>((resolve) => this.server!.close(() => resolve()));
      this.server!.closeAllConnections();
      await closed;
    } else if (mode !== 'down' && wasDown) {
      await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    }
  }

  async stop(): Promise<void> {
    if (this.mode === 'down') return;
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Forgets every authorization and inutilização (a fresh SEFAZ database for the next test). */
  async reset(): Promise<void> {
    await this.setMode('up');
    this.byNumber.clear();
    this.byKey.clear();
    this.inutilized.clear();
    this.pendingReceipts.clear();
    this.requests.length = 0;
  }

  authorizedDocuments(): AuthorizedDocument[] {
    return [...this.byKey.values()];
  }

  isInutilized(cnpj: string, series: number, number: number, model = '65', environment = '2'): boolean {
    return this.inutilized.has(numberKeyOf(environment, cnpj, model, series, number));
  }

  private now(): string {
    return formatLocalDateTime(new Date(), 'America/Sao_Paulo');
  }

  private nextProtocol(uf: string): string {
    this.sequence += 1;
    return `1${uf}${new Date().getUTCFullYear() % 100}${String(this.sequence).padStart(10, '0')}`;
  }

  private async handle(envelope: string, clientCertificate: boolean): Promise<string> {
    const { operation, body } = unwrapSoap(envelope, 'nfeDadosMsg');
    const schema = SCHEMAS[operation];
    if (!schema) throw new Error(`unknown operation ${operation}`);
    const environment = firstTagText(body, 'tpAmb') ?? '2';
    const uf = firstTagText(body, 'cUF') ?? firstTagText(body, 'cOrgao') ?? '35';
    const schemaValid = this.options.validateSchemas === false || (await schemaAccepts(schema, body));
    const answer = this.answer(operation, body, environment, uf, schemaValid);
    this.requests.push({ operation, cStat: Number(firstTagText(answer.split('<protNFe')[1] ?? answer.split('<retEvento')[1] ?? answer, 'cStat')), clientCertificate });
    return soapResultEnvelope(operation, answer);
  }

  private answer(operation: string, body: string, environment: string, uf: string, schemaValid: boolean): string {
    const at = this.now();
    switch (operation) {
      case 'NFeStatusServico4':
        return schemaValid ? ret.retConsStatServ(environment, uf, 107, 'Serviço em Operação', at) : ret.retConsStatServ(environment, uf, 215, 'Rejeição: Falha no schema XML', at);
      case 'NFeAutorizacao4':
        return this.authorize(body, environment, uf, at, schemaValid);
      case 'NFeRetAutorizacao4': {
        const receipt = firstTagText(body, 'nRec') ?? '';
        const prot = this.pendingReceipts.get(receipt);
        return prot
          ? ret.retConsReciNFe(environment, uf, receipt, 104, 'Lote processado', at, prot)
          : ret.retConsReciNFe(environment, uf, receipt, 106, 'Lote não localizado', at);
      }
      case 'NFeConsultaProtocolo4': {
        const key = firstTagText(body, 'chNFe') ?? '';
        const doc = this.documentIn(environment, key);
        if (!schemaValid || !doc) return ret.retConsSitNFe(environment, uf, key, schemaValid ? 217 : 215, schemaValid ? 'Rejeição: NF-e não consta na base de dados da SEFAZ' : 'Rejeição: Falha no schema XML', at);
        const status = doc.cancelled ? 101 : 100;
        return ret.retConsSitNFe(environment, uf, key, status, doc.cancelled ? 'Cancelamento de NF-e homologado' : 'Autorizado o uso da NF-e', at, this.protocolXml(doc, environment) + (doc.cancelled?.procEvento ?? ''));
      }
      case 'NFeInutilizacao4':
        return this.inutilize(body, environment, uf, at, schemaValid);
      default:
        return this.cancel(body, environment, uf, at, schemaValid);
    }
  }

  /** A key as one environment's database knows it: a homologação note is unknown in produção and vice versa. */
  private documentIn(environment: string, accessKey: string): AuthorizedDocument | undefined {
    const doc = this.byKey.get(accessKey);
    return doc?.environment === environment ? doc : undefined;
  }

  private protocolXml(doc: AuthorizedDocument, environment: string): string {
    return ret.protNFe({ environment, accessKey: doc.accessKey, receivedAt: doc.receivedAt, protocol: doc.protocol, digestValue: doc.digestValue, cStat: 100, xMotivo: 'Autorizado o uso da NF-e' });
  }

  private authorize(body: string, environment: string, uf: string, at: string, schemaValid: boolean): string {
    if (!schemaValid) return ret.retEnviNFe(environment, uf, 225, 'Rejeição: Falha no Schema XML do lote de NFe', at);
    const nfe = firstElement(body, 'NFe')!;
    const accessKey = /Id="NFe([0-9A-Z]{44})"/.exec(nfe)![1];
    const reject = (cStat: number, xMotivo: string) => ret.retEnviNFe(environment, uf, 104, 'Lote processado', at, ret.protNFe({ environment, accessKey, receivedAt: at, cStat, xMotivo }));
    const checkSignature = this.options.verifySignatures !== false && this.documentsReceived++ % (this.options.signatureCheckEvery ?? 1) === 0;
    if (!isValidAccessKey(accessKey)) return reject(253, 'Rejeição: Digito Verificador da chave de acesso composta inválida');
    if (checkSignature && !signatureIsValid(nfe)) return reject(297, 'Rejeição: Assinatura difere do calculado');
    // One content rule, enough to exercise rejections after the fact (real SEFAZ has hundreds).
    if (nfe.includes('<NCM>00000000</NCM>')) return reject(778, 'Rejeição: Informado NCM inexistente');
    const modelRefusal = modelRules(nfe);
    if (modelRefusal) return reject(modelRefusal.cStat, modelRefusal.xMotivo);
    const cnpj = accessKey.slice(6, 20);
    const model = accessKey.slice(20, 22);
    const series = Number(accessKey.slice(22, 25));
    const number = Number(accessKey.slice(25, 34));
    const numberKey = numberKeyOf(environment, cnpj, model, series, number);
    const existing = this.byNumber.get(numberKey);
    if (existing && existing.accessKey === accessKey) return reject(204, `Rejeição: Duplicidade de NF-e [nProt:${existing.protocol}][dhAut:${existing.receivedAt}]`);
    if (existing) return reject(539, `Rejeição: Duplicidade de NF-e com diferença na Chave de Acesso [chNFe:${existing.accessKey}][nProt:${existing.protocol}][dhAut:${existing.receivedAt}]`);
    if (this.inutilized.has(numberKey)) return reject(206, 'Rejeição: NF-e já está inutilizada na Base de dados da SEFAZ');
    const vNF = firstTagText(firstElement(nfe, 'ICMSTot') ?? '', 'vNF') ?? '0';
    const doc: AuthorizedDocument = {
      accessKey,
      environment,
      protocol: this.nextProtocol(uf),
      receivedAt: at,
      digestValue: firstTagText(nfe, 'DigestValue') ?? '',
      totalCents: Number(vNF.replace('.', '')),
    };
    this.byNumber.set(numberKey, doc);
    this.byKey.set(accessKey, doc);
    const prot = this.protocolXml(doc, environment);
    if (firstTagText(body, 'indSinc') === '0' || this.options.synchronousLots === false) {
      const receipt = `${uf}${String(this.sequence).padStart(13, '0')}`;
      this.pendingReceipts.set(receipt, prot);
      return ret.retEnviNFe(environment, uf, 103, 'Lote recebido com sucesso', at, ret.infRec(receipt));
    }
    return ret.retEnviNFe(environment, uf, 104, 'Lote processado', at, prot);
  }

  private inutilize(body: string, environment: string, uf: string, at: string, schemaValid: boolean): string {
    const field = (tag: string) => firstTagText(body, tag);
    const base = { environment, uf, at };
    if (!schemaValid) return ret.retInutNFe({ ...base, cStat: 215, xMotivo: 'Rejeição: Falha no schema XML' });
    if (!signatureIsValid(firstElement(body, 'inutNFe')!)) return ret.retInutNFe({ ...base, cStat: 297, xMotivo: 'Rejeição: Assinatura difere do calculado' });
    const cnpj = field('CNPJ')!;
    const model = field('mod')!;
    const series = Number(field('serie'));
    const first = Number(field('nNFIni'));
    const last = Number(field('nNFFin'));
    for (let n = first; n <= last; n++) {
      if (this.byNumber.has(numberKeyOf(environment, cnpj, model, series, n))) return ret.retInutNFe({ ...base, cStat: 241, xMotivo: 'Rejeição: Um número da faixa já foi utilizado' });
      if (this.inutilized.has(numberKeyOf(environment, cnpj, model, series, n))) return ret.retInutNFe({ ...base, cStat: 256, xMotivo: 'Rejeição: Uma NF-e da faixa já está inutilizada na Base de dados da SEFAZ' });
    }
    for (let n = first; n <= last; n++) this.inutilized.add(numberKeyOf(environment, cnpj, model, series, n));
    return ret.retInutNFe({
      ...base,
      cStat: 102,
      xMotivo: 'Inutilização de número homologado',
      year: field('ano'),
      cnpj,
      model,
      series: String(series),
      first: String(first),
      last: String(last),
      protocol: this.nextProtocol(uf),
    });
  }

  private cancel(body: string, environment: string, uf: string, at: string, schemaValid: boolean): string {
    const lotId = firstTagText(body, 'idLote') ?? '1';
    const accessKey = firstTagText(body, 'chNFe');
    const base = { environment, uf, lotId, accessKey, at };
    if (!schemaValid) return ret.retEnvEvento({ ...base, accessKey: undefined, cStat: 215, xMotivo: 'Rejeição: Falha no schema XML' });
    if (!signatureIsValid(firstElement(body, 'evento')!)) return ret.retEnvEvento({ ...base, cStat: 297, xMotivo: 'Rejeição: Assinatura difere do calculado' });
    const doc = accessKey ? this.documentIn(environment, accessKey) : undefined;
    if (!doc) return ret.retEnvEvento({ ...base, cStat: 217, xMotivo: 'Rejeição: NF-e não consta na base de dados da SEFAZ' });
    if (doc.cancelled) return ret.retEnvEvento({ ...base, cStat: 573, xMotivo: 'Rejeição: Duplicidade de Evento' });
    if (firstTagText(body, 'nProt') !== doc.protocol) return ret.retEnvEvento({ ...base, cStat: 222, xMotivo: 'Rejeição: Protocolo de Autorização de Uso difere do cadastrado' });
    const windowMs = (this.options.cancellationWindowMinutes ?? 30) * 60_000;
    const authorizedAt = Date.parse(doc.receivedAt);
    const inTime = Date.now() - authorizedAt <= windowMs;
    const protocol = this.nextProtocol(uf);
    const answer = ret.retEnvEvento({
      ...base,
      cStat: inTime ? 135 : 155,
      xMotivo: inTime ? 'Evento registrado e vinculado a NF-e' : 'Cancelamento homologado fora de prazo',
      sequence: firstTagText(body, 'nSeqEvento'),
      protocol,
    });
    // Kept as SEFAZ keeps it: NFeConsultaProtocolo4 lists it under the key afterwards.
    doc.cancelled = { protocol, at, procEvento: ret.procEventoNFe(firstElement(body, 'evento')!, firstElement(answer, 'retEvento')!) };
    return answer;
  }
}
