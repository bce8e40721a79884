import type { SatSettings } from '../document-type-settings.js';
import { DOCUMENT_AGGREGATE, type FiscalContext } from '../emission/context.js';
import { FiscalOperationError } from '../emission/errors.js';
import { computeSale } from '../nfce/compute-sale.js';
import { tpAmb } from '../nfce/emitter-config.js';
import type { FiscalSale } from '../nfce/sale-types.js';
import { ufCode } from '../nfce/uf-codes.js';
import { activeDocumentForOrder, getDocument, insertDocument, newDocumentRow, toSummary, type FiscalDocumentRow, type FiscalDocumentSummary } from '../store/documents.js';
import { assertCfeTakesCnpj } from './cfe-cnpj.js';
import { buildDadosVenda, CFE_MODEL, type SatStoreConfig } from './dados-venda-xml.js';
import { satQrPayload } from './extrato.js';
import { openKoffiSatLibrary } from './open-sat-library.js';
import { SatDevice, SatError, toSale, type SatSale } from './sat-device.js';
import type { SatLibrary } from './sat-library.js';
import type { SatResponse } from './sat-responses.js';

export { CFE_MODEL };
/** ConsultarUltimaSessaoFiscal: "Não existe sessão fiscal". */
const NO_FISCAL_SESSION = '19003';
/** The answer of a sale (06xxx) or cancellation (07xxx): the equipment's last fiscal session, whatever its outcome. */
const SALE_ANSWER = /^0[67]/;

/**
 * EnviarDadosVenda refusals of the sale itself (ER SAT): 06005 the CF-e is over 1,500 KB, 06010 its
 * content fails validation. Sending the same sale again cannot succeed: the sale's data must change.
 */
const CONTENT_REFUSALS = new Set(['06005', '06010']);

/** The last fiscal session's answer, refusals included (they are answers too). */
function lastFiscalSession(device: SatDevice): SatResponse {
  try {
    return device.lastFiscalSession();
  } catch (error) {
    if (error instanceof SatError) return error.response;
    throw error;
  }
}

/**
 * CF-e emission on payment for SAT and MF-e stores: the sale goes to the equipment through the
 * SatLibrary port (koffi loads the vendor library on the first sale), and the CF-e it returns,
 * already valid (a CF-e needs no SEFAZ authorization at the till), is stored with its journal
 * event in one command. Idempotent per order like the NFC-e.
 */
export class SatEmitter {
  private device?: Promise<SatDevice>;
  private readonly inFlight = new Map<string, Promise<FiscalDocumentSummary>>();

  constructor(
    private readonly ctx: FiscalContext,
    private readonly settings: SatSettings,
    private readonly openLibrary: (path: string) => Promise<SatLibrary> = openKoffiSatLibrary,
  ) {}

  emitForOrder(sale: FiscalSale): Promise<FiscalDocumentSummary> {
    computeSale(sale, CFE_MODEL); // bad input fails here, before the equipment is called
    assertCfeTakesCnpj(this.ctx.config.cnpj, sale.consumerCnpj);
    const existing = activeDocumentForOrder(this.ctx.db, sale.orderId);
    if (existing) return Promise.resolve(toSummary(existing));
    const running = this.inFlight.get(sale.orderId);
    if (running) return running;
    const work = this.sell(sale).finally(() => this.inFlight.delete(sale.orderId));
    this.inFlight.set(sale.orderId, work);
    return work;
  }

  private async sell(sale: FiscalSale): Promise<FiscalDocumentSummary> {
    const device = await this.open();
    const result = this.recover(device, sale.orderId) ?? (await this.send(device, sale));
    const row = await this.ctx.commands.run('fiscal.record_cfe', (tx) => {
      tx.db.prepare('DELETE FROM fiscal_sat_sessions WHERE order_id = ?').run(sale.orderId);
      const existing = activeDocumentForOrder(tx.db, sale.orderId);
      if (existing) return existing;
      const inserted = this.rowOf(sale, result, tx.nowIso);
      insertDocument(tx.db, inserted);
      tx.emit({
        type: 'fiscal.cfe_issued',
        aggregateType: DOCUMENT_AGGREGATE,
        aggregateId: inserted.id,
        payload: { documentId: inserted.id, orderId: sale.orderId, model: CFE_MODEL, satSerial: inserted.series, number: inserted.number, accessKey: result.accessKey, totalCents: result.totalCents },
      });
      return inserted;
    });
    return toSummary(getDocument(this.ctx.db, row.id)!);
  }

  /** The session is committed before the equipment is called: after a crash it names the sale to look for. */
  private async send(device: SatDevice, sale: FiscalSale): Promise<SatSale> {
    const session = device.newSession();
    await this.ctx.commands.run('fiscal.start_sat_sale', (tx) => {
      tx.db
        .prepare('INSERT INTO fiscal_sat_sessions (order_id, session, started_at) VALUES (?, ?, ?) ON CONFLICT (order_id) DO UPDATE SET session = excluded.session, started_at = excluded.started_at')
        .run(sale.orderId, session, tx.nowIso);
    });
    try {
      return device.sell(buildDadosVenda(sale, this.storeConfig()), session);
    } catch (error) {
      // A 422, as SEFAZ's refusals are: the backlog keeps it as refused data and goes on with the next sales.
      if (error instanceof SatError && CONTENT_REFUSALS.has(error.response.code)) {
        const { code, message } = error.response;
        throw new FiscalOperationError('FISCAL_SAT_SALE_REFUSED', 422, { satCode: code, satMessage: message }, { params: { code, message } });
      }
      throw error;
    }
  }

  /**
   * A sale interrupted between the equipment's answer and its storage: the equipment's last fiscal
   * session is that sale when its session number matches (ER SAT ConsultarUltimaSessaoFiscal).
   * Undefined when the equipment says the sale is not there (no fiscal session, or the last one is
   * another sale or a refusal), so it is sent; any other answer (19098 "em processamento", 19099)
   * leaves it unknown, and sending it again could sell twice: the attempt fails and is retried later.
   */
  private recover(device: SatDevice, orderId: string): SatSale | undefined {
    const session = this.ctx.db.prepare('SELECT session FROM fiscal_sat_sessions WHERE order_id = ?').pluck().get(orderId) as number | undefined;
    if (session === undefined) return undefined;
    const last = lastFiscalSession(device);
    if (last.code === '06000' && Number(last.session) === session) return toSale(last);
    if (last.code === NO_FISCAL_SESSION || SALE_ANSWER.test(last.code)) return undefined;
    throw new FiscalOperationError('FISCAL_SAT_LAST_SALE_UNKNOWN', 503, { satCode: last.code });
  }

  private storeConfig(): SatStoreConfig {
    const { softwareHouseCnpj, signAC, checkoutNumber, im, issqnRegime } = this.settings;
    return { softwareHouseCnpj, signAC, checkoutNumber, im, issqnRegime, cnpj: this.ctx.config.cnpj, ie: this.ctx.config.ie };
  }

  /** Opens the library once; equipment never activated (a new MF-e, the emulator) is activated with the store's code. */
  private open(): Promise<SatDevice> {
    this.device ??= this.openLibrary(this.settings.libraryPath)
      .then((library) => {
        const device = new SatDevice(library, this.settings.activationCode);
        try {
          device.status();
        } catch (error) {
          if (!(error instanceof SatError) || error.code !== 'SAT_10002') throw error;
          device.activate(this.ctx.config.cnpj, Number(ufCode(this.ctx.config.address.uf)));
          device.associateSignature(this.settings.softwareHouseCnpj + this.ctx.config.cnpj, this.settings.signAC);
        }
        return device;
      })
      .catch((error: unknown) => {
        this.device = undefined; // the next sale tries again (equipment unplugged, library missing)
        throw error;
      });
    return this.device;
  }

  private rowOf(sale: FiscalSale, result: SatSale, nowIso: string): FiscalDocumentRow {
    const cfe = result.cfeXml.replace(/^<\?xml[^>]*\?>/, '');
    return newDocumentRow({
      id: this.ctx.newId(),
      order_id: sale.orderId,
      model: CFE_MODEL,
      series: Number(result.accessKey.slice(22, 31)), // nserieSAT: the equipment's serial number
      environment: tpAmb(this.ctx.config),
      number: Number(result.accessKey.slice(31, 37)), // nCFe
      random_code: result.accessKey.slice(37, 43),
      access_key: result.accessKey,
      status: 'AUTHORIZED',
      issued_at: nowIso,
      total_cents: result.totalCents,
      sale_json: JSON.stringify({ ...sale, cfe: { timestamp: result.timestamp, consumerDocument: result.consumerDocument, qrSignature: result.qrSignature } }),
      signed_xml: cfe,
      qr_code: satQrPayload(result),
      url_chave: '',
      proc_xml: cfe,
      authorized_at: nowIso,
    });
  }
}
