import { randomUUID } from 'node:crypto';
import { AppError } from '../kernel/errors.js';
import type { ApplianceModule, ModuleContext } from '../kernel/module.js';
import { fiscalHealth } from './backlog/backlog-health.js';
import { registerBacklogRoutes } from './backlog/backlog-routes.js';
import type { DanfeNfce } from './danfe/danfe-nfce.js';
import { FiscalService, type FiscalEmitter } from './emission/fiscal-service.js';
import { loadSettings, writeDemoSettings, type LoadedSettings } from './fiscal-settings.js';
import { registerFiscalRoutes } from './http/routes.js';
import { registerSettingsRoutes } from './http/settings-routes.js';
import { fiscalMessages } from './messages.pt-BR.js';
import type { FiscalSale } from './nfce/sale-types.js';
import { documentItemLimit } from './nfce/compute-sale.js';
import type { FiscalTx } from './emission/context.js';
import { defaultTaxGroups, fiscalSaleFromOrder, type PaidOrder } from './nfce/order-to-sale.js';
import { FiscalRuntime } from './runtime.js';
import { SefazClient } from './sefaz/sefaz-client.js';
import { fiscalReferenceAvailable, referencePaths, sefazTablesAvailable } from './shared/reference-paths.js';
import { CertificateError, loadA1Certificate, type A1Certificate } from './signing/certificate.js';
import type { SefazSimulator } from './simulators/sefaz-simulator.js';
import type { FiscalDocumentSummary } from './store/documents.js';
import { fiscalMigrations } from './store/migrations.js';
import { sealedDocumentStores } from './store/sealed-documents.js';
import { documentTypeSettings } from './document-type-settings.js';
import type { NfeBuyer } from './nfe55/buyer.js';
import { Nfe55Service } from './nfe55/nfe55-service.js';
import { SatEmitter } from './sat/sat-emitter.js';

export { writeDemoSettings } from './fiscal-settings.js';
export { fiscalReferenceAvailable, referencePaths } from './shared/reference-paths.js';
export { loadA1Certificate } from './signing/certificate.js';
export type { FiscalSale, FiscalSaleItem, FiscalPayment, IcmsTaxation, PisCofinsTaxation, IbsCbsTaxation } from './nfce/sale-types.js';
export type { FiscalDocumentSummary, FiscalDocumentStatus, FiscalDocumentModel } from './store/documents.js';
export { nfeBuyerSchema, type NfeBuyer } from './nfe55/buyer.js';
export { isValidCnpj } from './nfe55/company-ids.js';
export {
  assertDocumentNotUnderLegalHold,
  assertNotUnderLegalHold,
  copyLegalHoldsIntoBackup,
  documentUnderLegalHold,
  fiscalDocumentIdsOfOrders,
  fiscalDocumentsOfOrder,
  placeFiscalLegalHold,
} from './store/legal-holds.js';
export { orderHasDocument } from './store/documents.js';
export { parseAccessKey } from './nfce/access-key.js';
export { fiscalDaySummary, type FiscalDaySummary, type FiscalTaxTotals } from './store/day-summary.js';
export type { FiscalEmitter } from './emission/fiscal-service.js';
export type { FiscalTx } from './emission/context.js';
export { defaultTaxGroups, fiscalSaleFromOrder, type PaidOrder, type PaidOrderLine, type TaxGroupRule } from './nfce/order-to-sale.js';
export type { DanfeNfce, ReceiptBlock } from './danfe/danfe-nfce.js';
// Paid sales waiting for their document, whatever its type (NFC-e, SAT/MF-e, NF-e).
export {
  backlogEntry,
  deferEmission,
  hasPendingBacklog,
  pendingBacklog,
  recordBacklogAttempt,
  resolveBacklog,
  waiveEmission,
  type BacklogEntry,
  type BacklogStatus,
  type DeferredReason,
  type DeferredSale,
} from './backlog/backlog-store.js';
export { takeBackRejectedSale } from './backlog/backlog-take-back.js';
// SAT CF-e (legacy São Paulo stores) and MF-e (Ceará) share the SatLibrary port.
export type { SatLibrary } from './sat/sat-library.js';
export type { KoffiSatLibrary } from './sat/koffi-sat-library.js';
export { openKoffiSatLibrary } from './sat/open-sat-library.js';
export { SatDevice, SatError, cancellationXml, type SatSale } from './sat/sat-device.js';
export { buildDadosVenda, type SatStoreConfig } from './sat/dados-venda-xml.js';
export { buildSatExtrato, satQrPayload, type SatExtrato } from './sat/extrato.js';
export { parseSatResponse, SatResponseError, type SatResponse } from './sat/sat-responses.js';

/** The fiscal answers' schemas, for the OpenAPI document of the workflow routes (loaded on demand). */
export const fiscalAnswers = () => import('./answers.js');

export interface FiscalModule extends ApplianceModule {
  /** Called by the payments workflow once an order is paid. */
  readonly emitter: FiscalEmitter;
  /** Same, from the order lines with their catalog fiscal fields, taxed by the store's tax groups. */
  emitForPaidOrder(order: PaidOrder): Promise<FiscalDocumentSummary>;
  /**
   * Issues a settled order's NFC-e inside the settling transaction (numbered in sale order, one
   * commit fewer per sale); false, having written nothing, when it is not an NFC-e or cannot be
   * issued there: `emitForPaidOrder` documents it after the commit, as it transmits the one issued here.
   */
  issueForPaidOrderWithin(tx: FiscalTx, order: PaidOrder): boolean;
  /**
   * The most lines the order's document takes (the NF-e its buyer asked for, else the store's CF-e,
   * else the NFC-e), so that a sale it could never document is refused before the money is taken.
   */
  itemLimitFor(orderId: string): number;
  /** Transmits the NFC-e already issued for the order if it still waits for SEFAZ; null when it has none. */
  completeIssuedFor(orderId: string): Promise<FiscalDocumentSummary | null>;
  /** DANFE NFC-e (or CF-e extrato) receipt data (lines + QR) for the printer driver. */
  danfe(documentId: string): DanfeNfce;
  /** A4 DANFE of an NF-e model 55, as PDF. */
  danfePdf(documentId: string): Promise<Buffer>;
  /** Records the company buyer of an order's NF-e model 55 (issued at payment, or by emitForPaidOrder once paid). */
  requestNfe(orderId: string, buyer: NfeBuyer): Promise<void>;
  /** The running runtime (after register), for tests and workflows. */
  runtime(): FiscalRuntime;
}

export interface FiscalModuleOptions {
  /** Settings given directly (tests); otherwise read from the data dir / CHEFIA_FISCAL_CONFIG. */
  settings?: LoadedSettings;
}

export function createFiscalModule(options: FiscalModuleOptions = {}): FiscalModule {
  let runtime: FiscalRuntime | undefined;
  let simulator: SefazSimulator | undefined;
  let timer: NodeJS.Timeout | undefined;
  let ticking = false;
  let settings: LoadedSettings | undefined;
  let started = false;

  const current = (): FiscalRuntime => {
    if (!runtime) throw new AppError('FISCAL_NOT_CONFIGURED', 503);
    return runtime;
  };

  const tick = async (ctx: ModuleContext) => {
    if (ticking || !runtime) return;
    ticking = true;
    try {
      await runtime.service.alertNearDeadlines();
      await runtime.service.transmitPending();
      await runtime.documents.nfe55.transmitPending();
    } catch (error) {
      ctx.logger.warn({ err: error }, 'fiscal transmitter tick failed');
    } finally {
      ticking = false;
    }
  };

  return {
    name: 'fiscal',
    migrations: fiscalMigrations,
    messages: { 'pt-BR': fiscalMessages },
    emitter: { emitForOrder: (sale: FiscalSale): Promise<FiscalDocumentSummary> => current().emitForSale(sale) },
    emitForPaidOrder: (order: PaidOrder) => {
      const rt = current();
      return rt.emitForSale(fiscalSaleFromOrder(order, settings?.taxGroups ?? defaultTaxGroups(rt.ctx.config.crt)));
    },
    issueForPaidOrderWithin: (tx, order) => {
      const rt = current();
      let sale: FiscalSale;
      try {
        sale = fiscalSaleFromOrder(order, settings?.taxGroups ?? defaultTaxGroups(rt.ctx.config.crt));
      } catch {
        return false; // the emission after the commit meets the same error and defers the sale
      }
      return rt.issueSaleWithin(tx, sale);
    },
    itemLimitFor: (orderId) => documentItemLimit(current().documentModelFor(orderId)),
    completeIssuedFor: (orderId) => current().service.completeIssued(orderId),
    danfe: (documentId) => current().danfe(documentId),
    danfePdf: (documentId) => current().danfePdf(documentId),
    requestNfe: (orderId, buyer) => current().documents.nfe55.request(orderId, buyer),
    runtime: current,

    register(ctx) {
      for (const store of sealedDocumentStores) ctx.pii.register(store);
      const file = ctx.config.fiscalConfigPath;
      if (!options.settings && ctx.config.demo) writeDemoSettings(ctx.config.dataDir);
      registerFiscalRoutes(ctx, current);
      registerBacklogRoutes(ctx);
      registerSettingsRoutes(ctx, {
        runtime: () => runtime,
        pause: () => {
          runtime = undefined;
          settings = undefined;
        },
        reconfigure: async () => {
          await stopEmission();
          const loaded = loadSettingsOrNone(ctx, file);
          if (loaded) activate(ctx, loaded);
          if (started) await startEmission(ctx);
        },
      });
      ctx.health.add('fiscal', () => fiscalHealth(ctx.db, runtime !== undefined));
      const loaded = options.settings ?? loadSettingsOrNone(ctx, file);
      if (!loaded) {
        ctx.logger.warn({ file }, 'fiscal module not configured: NFC-e emission disabled');
        return;
      }
      activate(ctx, loaded);
    },

    async start(ctx) {
      started = true;
      await startEmission(ctx);
    },

    async stop() {
      started = false;
      await stopEmission();
    },
  };

  /** Builds the runtime from the settings, or leaves emission off (and says why) when they cannot work. */
  function activate(ctx: ModuleContext, loaded: LoadedSettings): void {
    runtime = undefined;
    settings = undefined;
    if (!sefazTablesAvailable()) {
      // Without the official endpoint tables no document could ever be sent: say so once and
      // leave emission off (sales print a non-fiscal receipt and wait in the backlog) instead
      // of failing every sale.
      ctx.logger.error(
        { reference: referencePaths.sefazDir() },
        'fiscal reference data (SEFAZ endpoint tables) not found: set CHEFIA_FISCAL_REFERENCE; NFC-e emission disabled; paid sales wait in the fiscal backlog',
      );
      return;
    }
    const file = ctx.config.fiscalConfigPath;
    const emitter = { ...loaded.emitter, timeZone: loaded.emitter.timeZone ?? ctx.config.timeZone };
    let certificate: A1Certificate;
    try {
      certificate = loadA1Certificate(emitter.certificate.pfx, emitter.certificate.password);
    } catch (error) {
      if (!(error instanceof CertificateError)) throw error;
      ctx.logger.error({ code: error.code }, 'fiscal certificate (A1) unusable: NFC-e emission disabled; paid sales wait in the fiscal backlog');
      return;
    }
    const fiscalCtx = {
      db: ctx.db,
      commands: ctx.commands,
      config: emitter,
      certificate,
      client: new SefazClient(emitter, certificate, 65, () => ctx.commands.durable()),
      newId: randomUUID,
      now: () => ctx.clock.now(),
    };
    const service = new FiscalService(fiscalCtx, { alertBeforeDeadlineMs: loaded.alertBeforeDeadlineMs });
    const documents = loaded.documents ?? documentTypeSettings({}, file);
    settings = loaded;
    runtime = new FiscalRuntime(fiscalCtx, service, (key, params) => ctx.messages.t(key, params), loaded.cancellationWindowMinutes, {
      documentType: documents.documentType,
      nfe55: new Nfe55Service(fiscalCtx, documents.nfeSeries),
      sat: documents.sat ? new SatEmitter(fiscalCtx, documents.sat) : undefined,
    });
    ctx.logger.info({ documentType: documents.documentType }, 'fiscal document type');
  }

  async function startEmission(ctx: ModuleContext): Promise<void> {
    if (!runtime || !settings) return;
    const config = runtime.ctx.config;
    if ((ctx.config.demo || settings.sefazSimulator) && config.environment === 'homologation' && !config.sefazBaseUrl) {
      // Demo and training stores: NFC-e end to end against the in-repo SEFAZ simulator on loopback.
      // Imported here: the simulator's signature checks (xml-crypto, xmldom) are only for them.
      const { SefazSimulator } = await import('./simulators/sefaz-simulator.js');
      simulator = new SefazSimulator({ validateSchemas: fiscalReferenceAvailable() });
      config.sefazBaseUrl = await simulator.start();
      config.sefazCaPem = simulator.caPem;
      ctx.logger.info({ url: config.sefazBaseUrl }, 'fiscal: SEFAZ simulator started');
    }
    timer = setInterval(() => void tick(ctx), settings.transmitIntervalMs);
    timer.unref();
    void tick(ctx); // documents left PENDING by a crash are resumed right away
  }

  async function stopEmission(): Promise<void> {
    if (timer) clearInterval(timer);
    timer = undefined;
    await simulator?.stop();
    simulator = undefined;
  }
}

/**
 * The store's fiscal settings; a certificate file that is not there yet (the accountant has not
 * sent the A1) leaves emission off instead of stopping the store: sales wait in the backlog.
 */
function loadSettingsOrNone(ctx: ModuleContext, file: string): LoadedSettings | undefined {
  try {
    return loadSettings(file, ctx.config.timeZone);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    ctx.logger.error({ file, missing: (error as NodeJS.ErrnoException).path }, 'fiscal certificate file not found: NFC-e emission disabled; paid sales wait in the fiscal backlog');
    return undefined;
  }
}

/** The appliance's fiscal module instance (register it in appliance/src/modules.ts). */
export const fiscalModule = createFiscalModule();
