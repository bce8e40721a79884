import { tpAmb, type EmitterConfig } from '../nfce/emitter-config.js';
import { ufCode } from '../nfce/uf-codes.js';
import type { A1Certificate } from '../signing/certificate.js';
import { endpointTableAvailable, sefazEndpoint, type DocumentModel, type SefazService } from './endpoints.js';
import {
  cancellationEventXml,
  consReciNFeXml,
  consSitNFeXml,
  consStatServXml,
  enviNFeXml,
  inutNFeXml,
  type CancellationRequest,
  type InutilizationRequest,
} from './messages.js';
import { parseAuthorization, parseEventResult, parseSimple, parseSituation } from './responses.js';
import { postSoap } from './soap.js';

const DEFAULT_TIMEOUT_MS = 5_000;

/** SOAP 1.2 client for the NFC-e (or, for model 55, NF-e) web services of the store's authorizer. */
export class SefazClient {
  /**
   * `durable` resolves once what the store committed so far is on stable storage
   * (`CommandBus.durable`): a document is sent only once the commit that numbered it can no longer
   * be taken back by a power cut, or the number could be authorized for one sale and reused for another.
   */
  constructor(
    private readonly config: EmitterConfig,
    private readonly certificate: A1Certificate,
    readonly model: DocumentModel = 65,
    private readonly durable: () => Promise<void> = () => Promise.resolve(),
  ) {}

  /**
   * The same store's client for the other document model (NF-e 55 has its own authorizer table)
   * or for a document of the other environment (one issued in homologação before the store went
   * live is still voided there).
   */
  forModel(model: DocumentModel, environment: 1 | 2 = tpAmb(this.config)): SefazClient {
    if (model === this.model && environment === tpAmb(this.config)) return this;
    return new SefazClient({ ...this.config, environment: environment === 1 ? 'production' : 'homologation' }, this.certificate, model, this.durable);
  }

  /**
   * The client that speaks about a stored document: its own model and environment (its tpAmb),
   * whatever the settings say now. SEFAZ keeps homologação and produção apart, so an event or a
   * transmission of a note in the other environment would find no note there.
   */
  forDocument(document: { model: number; environment: number }): SefazClient {
    return this.forModel(document.model === 55 ? 55 : 65, document.environment === 1 ? 1 : 2);
  }

  /**
   * Real endpoint from the shared table, or the same path on sefazBaseUrl (the simulator). A
   * simulator serves both models on the NFC-e paths when no model-55 table is installed.
   */
  url(service: SefazService): { url: string; operation: string; method: string } {
    const tableModel = this.model === 55 && this.config.sefazBaseUrl && !endpointTableAvailable(55) ? 65 : this.model;
    const endpoint = sefazEndpoint(this.config.address.uf, this.config.environment, service, tableModel);
    if (!this.config.sefazBaseUrl) return endpoint;
    const path = new URL(endpoint.url).pathname;
    return { ...endpoint, url: new URL(path, this.config.sefazBaseUrl).toString() };
  }

  private async call(service: SefazService, body: string, timeoutMs?: number): Promise<string> {
    const { url, operation, method } = this.url(service);
    await this.durable();
    return postSoap(
      url,
      operation,
      method,
      body,
      { keyPem: this.certificate.privateKeyPem, certPem: this.certificate.certificatePem, caPem: this.config.sefazCaPem },
      timeoutMs ?? this.config.sefazTimeoutMs ?? DEFAULT_TIMEOUT_MS,
    );
  }

  /** indSinc=1 (the answer carries protNFe); asynchronous lots answer 103 with nRec instead. */
  authorize(lotId: string, signedNfe: string, timeoutMs?: number, synchronous = true) {
    return this.call('NfeAutorizacao', enviNFeXml(lotId, signedNfe, synchronous), timeoutMs).then(parseAuthorization);
  }

  authorizationResult(receipt: string) {
    return this.call('NfeRetAutorizacao', consReciNFeXml(tpAmb(this.config), receipt)).then(parseAuthorization);
  }

  status(timeoutMs?: number) {
    return this.call('NfeStatusServico', consStatServXml(tpAmb(this.config), ufCode(this.config.address.uf)), timeoutMs).then(parseSimple);
  }

  situation(accessKey: string) {
    return this.call('NfeConsultaProtocolo', consSitNFeXml(tpAmb(this.config), accessKey)).then(parseSituation);
  }

  inutilize(request: Omit<InutilizationRequest, 'environment' | 'ufCode' | 'cnpj' | 'model'>) {
    const xml = inutNFeXml(
      { ...request, environment: tpAmb(this.config), ufCode: ufCode(this.config.address.uf), cnpj: this.config.cnpj, model: this.model },
      this.certificate,
    );
    return this.call('NfeInutilizacao', xml).then((response) => ({ ...parseSimple(response), requestXml: xml }));
  }

  cancel(lotId: string, request: Omit<CancellationRequest, 'environment' | 'ufCode' | 'cnpj'>) {
    const xml = cancellationEventXml(
      lotId,
      { ...request, environment: tpAmb(this.config), ufCode: ufCode(this.config.address.uf), cnpj: this.config.cnpj },
      this.certificate,
    );
    return this.call('RecepcaoEvento', xml).then((response) => ({ ...parseEventResult(response), requestXml: xml }));
  }
}
