import { randomUUID } from 'node:crypto';
import { AppError } from '../../kernel/errors.js';
import { runCommand } from '../../kernel/http/command-route.js';
import { ok } from '../../kernel/http/envelope.js';
import { requirePermission } from '../../kernel/http/permissions.js';
import { readJson } from '../../kernel/http/validation.js';
import type { ModuleContext } from '../../kernel/module.js';
import { routeDoc } from '../../../contract/api/openapi/route-doc.js';
import { readStoredSettings, writeFiscalSettings } from '../fiscal-settings.js';
import { defaultTaxGroups } from '../nfce/order-to-sale.js';
import { assertCfeTakesCnpj } from '../sat/cfe-cnpj.js';
import type { FiscalRuntime } from '../runtime.js';
import { checkUploadedCertificate, describeCertificate, fiscalWizardBody, wizardSettings } from '../settings-wizard.js';
import { getDocument, toSummary } from '../store/documents.js';
import { setNextNumber } from '../store/numbering.js';

const NFCE_MODEL = 65;
/** SEFAZ requires this description on the first item of every homologação document. */
const HOMOLOGATION_ITEM = 'NOTA FISCAL EMITIDA EM AMBIENTE DE HOMOLOGACAO - SEM VALOR FISCAL';

const settingsAnswer = () => import('../answers.js').then((a) => a.fiscalSettingsAnswer);

export interface SettingsRouteDeps {
  runtime: () => FiscalRuntime | undefined;
  /** Turns emission off at once, until `reconfigure`: paid sales meanwhile wait in the fiscal backlog. */
  pause: () => void;
  /** Reloads the settings file and restarts emission with it. */
  reconfigure: () => Promise<void>;
}

/** The fiscal wizard of the back office: what is configured, the upload of new settings, a test emission in homologação. */
export function registerSettingsRoutes(ctx: ModuleContext, deps: SettingsRouteDeps): void {
  const file = ctx.config.fiscalConfigPath;
  const view = () => {
    const stored = readStoredSettings(file);
    const runtime = deps.runtime();
    return {
      configured: stored !== undefined,
      active: runtime !== undefined,
      environment: stored ? (stored.sefazSimulator ? ('simulator' as const) : stored.environment) : null,
      cnpj: stored?.cnpj ?? null,
      legalName: stored?.legalName ?? null,
      // What the wizard starts from: a re-save (a renewed certificate) keeps the tax regime and address.
      ie: stored?.ie ?? null,
      crt: stored?.crt ?? null,
      address: stored ? { street: stored.address.street, number: stored.address.number, district: stored.address.district, cityCode: stored.address.cityCode, cityName: stored.address.cityName, uf: stored.address.uf, cep: stored.address.cep } : null,
      series: stored?.series ?? null,
      cscId: stored?.cscId ?? null,
      certificate: runtime ? describeCertificate(runtime.ctx.certificate, ctx.clock.now()) : null,
    };
  };

  ctx.api.get('/fiscal/settings', routeDoc({ tag: 'fiscal', summary: 'The fiscal settings as the wizard shows them (no secrets), with the certificate expiry', response: settingsAnswer }), requirePermission('fiscal.read'), (c) => ok(c, view()));

  ctx.api.put(
    '/fiscal/settings',
    routeDoc({
      tag: 'fiscal',
      summary: 'Save the fiscal settings and the A1 certificate, then start emitting with them',
      body: fiscalWizardBody,
      response: settingsAnswer,
      errors: { 422: ['CERTIFICATE_PASSWORD_INVALID', 'CERTIFICATE_UNREADABLE', 'CERTIFICATE_EXPIRED', 'FISCAL_CERTIFICATE_CNPJ_MISMATCH', 'FISCAL_SAT_CNPJ_ALPHANUMERIC'] },
    }),
    requirePermission('fiscal.manage'),
    async (c) => {
      const input = await readJson(c, fiscalWizardBody);
      const { pfx, certificate } = checkUploadedCertificate(input, ctx.clock.now());
      const settings = wizardSettings(input, readStoredSettings(file));
      // A SAT / MF-e store keeps its document type through the wizard; its CF-e cannot carry a CNPJ with letters.
      if (settings.documentType === 'SAT' || settings.documentType === 'MFE') assertCfeTakesCnpj(settings.cnpj);
      let paused = false;
      try {
        await runCommand(c, 'fiscal.settings_save', (tx) => {
          // Emission stops inside the commit that replaces the settings. With group-fsync the
          // batches after it (a payment issuing its NFC-e in its own transaction) run before this
          // request resumes, and none may number or sign a sale with the settings being replaced.
          deps.pause();
          paused = true;
          setNextNumber(tx.db, NFCE_MODEL, settings.series, settings.environment === 'production' ? 1 : 2, input.nextNumber);
          tx.emit({
            type: 'fiscal.settings_changed',
            aggregateType: 'store',
            aggregateId: ctx.config.storeId,
            payload: { environment: input.environment, cnpj: input.cnpj, series: input.series, nextNumber: input.nextNumber, certificateNotAfter: certificate.notAfter.toISOString() },
          });
          // Written inside the command: a refused write rolls the journal back with it.
          writeFiscalSettings(file, settings, pfx);
          return null;
        });
      } finally {
        // Saved or not, emission resumes with whatever settings file there now is.
        if (paused) await deps.reconfigure();
      }
      return ok(c, view());
    },
  );

  ctx.api.post(
    '/fiscal/test-emission',
    routeDoc({ tag: 'fiscal', summary: 'Issue a R$ 1,00 test NFC-e in homologação and answer SEFAZ\'s verdict', response: () => import('../answers.js').then((a) => a.testEmissionAnswer), status: 201, errors: { 409: ['FISCAL_TEST_EMISSION_PRODUCTION'], 503: ['FISCAL_NOT_CONFIGURED'] } }),
    requirePermission('fiscal.manage'),
    async (c) => {
      const runtime = deps.runtime();
      if (!runtime) throw new AppError('FISCAL_NOT_CONFIGURED', 503);
      if (runtime.ctx.config.environment === 'production') throw new AppError('FISCAL_TEST_EMISSION_PRODUCTION', 409);
      const taxation = defaultTaxGroups(runtime.ctx.config.crt).FOOD;
      const issued = await runtime.service.emitForOrder({
        orderId: `homologation-test-${randomUUID()}`,
        items: [{ code: 'TESTE', description: HOMOLOGATION_ITEM, ncm: '21069090', cfop: '5102', unit: 'UNIT', quantity: 1, unitPriceCents: 100, ...taxation }],
        payments: [{ method: 'CASH', amountCents: 100 }],
      });
      // Issued offline because SEFAZ was slow: the test is about SEFAZ's verdict, so send it once more now.
      if (issued.status === 'CONTINGENCY') await runtime.service.transmitPending();
      const { id, model, series, number, accessKey, status, cStat, xMotivo, protocol } = toSummary(getDocument(ctx.db, issued.id)!);
      return ok(c, { id, model, series, number, accessKey, status, cStat, xMotivo, protocol }, 201);
    },
  );
}
