import { Outcome } from '../components/Outcome';
import { type FiscalSettingsView, fiscalWizardBody, wizardDefaults } from '../state/fiscal';
import { formFields, useAction, useQuery } from '../state/load';
import { api } from '../state/session';
import { type MessageKey, t } from '../texts';
import { storeDate as formatDate } from '../state/store-time';

const DOCUMENT_STATUSES: Record<string, MessageKey> = {
  PENDING: 'ADMIN_FISCAL_DOC_PENDING',
  CONTINGENCY: 'ADMIN_FISCAL_DOC_CONTINGENCY',
  AUTHORIZED: 'ADMIN_FISCAL_DOC_AUTHORIZED',
  REJECTED: 'ADMIN_FISCAL_DOC_REJECTED',
  DENIED: 'ADMIN_FISCAL_DOC_DENIED',
  CANCELLED: 'ADMIN_FISCAL_DOC_CANCELLED',
};
const ENVIRONMENTS = { production: 'ADMIN_FISCAL_ENV_PRODUCTION', homologation: 'ADMIN_FISCAL_ENV_HOMOLOGATION', simulator: 'ADMIN_FISCAL_ENV_SIMULATOR' } as const;

/** What is configured now: environment, series and the certificate's expiry (warned 30 days ahead). */
function FiscalStatus({ view }: { view: FiscalSettingsView }) {
  const certificate = view.certificate;
  return (
    <section class="card" id="fiscal-status" data-active={String(view.active)}>
      <h2>{t('ADMIN_FISCAL_STATUS')}</h2>
      <p>{view.active ? t('ADMIN_FISCAL_ACTIVE', { environment: t(ENVIRONMENTS[view.environment ?? 'homologation']), series: view.series ?? '' }) : t('ADMIN_FISCAL_INACTIVE')}</p>
      {certificate && (
        <p class={certificate.expiringSoon ? 'error' : 'hint'} id="certificate-expiry" role={certificate.expiringSoon ? 'alert' : undefined}>
          {t(certificate.expiringSoon ? 'ADMIN_FISCAL_CERTIFICATE_EXPIRING' : 'ADMIN_FISCAL_CERTIFICATE_VALID', { date: formatDate(certificate.notAfter), days: certificate.daysLeft })}
        </p>
      )}
    </section>
  );
}

/** The fiscal wizard: A1 certificate, CSC, series and numbering, environment, then a test emission. */
export function FiscalPage() {
  const settings = useQuery(() => api.get('/api/v1/fiscal/settings'), 'fiscal-settings');
  const store = useQuery(() => api.get('/api/v1/store'), 'store');
  const [run, busy, message, failed] = useAction();
  const [test, testing, testMessage, testFailed] = useAction();
  const submit = (event: Event) => {
    const fields = formFields(event);
    const form = event.currentTarget as HTMLFormElement;
    void run(async () => {
      const file = (form.elements.namedItem('certificate') as HTMLInputElement).files?.[0];
      await api.put('/api/v1/fiscal/settings', { body: await fiscalWizardBody(fields, file) });
      await settings.reload();
      return t('ADMIN_SAVED');
    });
  };
  const emitTest = () =>
    void test(async () => {
      const document = await api.post('/api/v1/fiscal/test-emission');
      return t('ADMIN_FISCAL_TEST_RESULT', { number: document.number, status: DOCUMENT_STATUSES[document.status] ? t(DOCUMENT_STATUSES[document.status]) : document.status, cStat: document.cStat ?? '-', reason: document.xMotivo ?? '' });
    });
  if (!settings.data || !store.data) return <h1>{settings.error || store.error || t('ADMIN_CHECKING')}</h1>;
  const defaults = wizardDefaults(store.data, settings.data);
  // Re-saving (say, a renewed certificate) keeps the environment in use: a select has no default value, its option is marked.
  const savedEnvironment = settings.data.environment ?? 'homologation';
  return (
    <>
      <h1>{t('ADMIN_NAV_FISCAL')}</h1>
      <FiscalStatus view={settings.data} />
      <form class="card grid-form" id="fiscal-form" onSubmit={submit}>
        <h2>{t('ADMIN_FISCAL_EMITTER')}</h2>
        <label>
          CNPJ
          <input name="cnpj" required autocapitalize="characters" maxLength={20} defaultValue={defaults.cnpj} />
        </label>
        <label>
          {t('ADMIN_STORE_IE')}
          <input name="ie" required defaultValue={defaults.ie} />
        </label>
        <label>
          {t('ADMIN_STORE_LEGAL_NAME')}
          <input name="legalName" required maxLength={60} defaultValue={defaults.legalName} />
        </label>
        <label>
          {t('ADMIN_FISCAL_CRT')}
          <select name="crt">
            {(['1', '2', '3', '4'] as const).map((crt) => (
              <option key={crt} value={crt} selected={crt === defaults.crt}>
                {t(`ADMIN_FISCAL_CRT_${crt}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('ADMIN_STORE_STREET')}
          <input name="street" required defaultValue={defaults.street} />
        </label>
        <label>
          {t('ADMIN_STORE_NUMBER')}
          <input name="number" required defaultValue={defaults.number} />
        </label>
        <label>
          {t('ADMIN_STORE_DISTRICT')}
          <input name="district" required defaultValue={defaults.district} />
        </label>
        <label>
          {t('ADMIN_STORE_CITY')}
          <input name="cityName" required defaultValue={defaults.cityName} />
        </label>
        <label>
          {t('ADMIN_FISCAL_CITY_CODE')}
          <input name="cityCode" required inputMode="numeric" pattern="\d{7}" title={t('ADMIN_FISCAL_CITY_CODE_HINT')} defaultValue={defaults.cityCode} />
        </label>
        <label>
          UF
          <input name="uf" required maxLength={2} defaultValue={defaults.uf} />
        </label>
        <label>
          CEP
          <input name="cep" required defaultValue={defaults.cep} />
        </label>
        <h2>{t('ADMIN_FISCAL_NFCE')}</h2>
        <label>
          {t('ADMIN_FISCAL_ENVIRONMENT')}
          <select name="environment">
            {(['homologation', 'simulator', 'production'] as const).map((environment) => (
              <option key={environment} value={environment} selected={environment === savedEnvironment}>
                {t(ENVIRONMENTS[environment])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('ADMIN_FISCAL_SERIES')}
          <input name="series" type="number" min={1} max={999} required defaultValue={String(settings.data.series ?? 1)} />
        </label>
        <label>
          {t('ADMIN_FISCAL_NEXT_NUMBER')}
          <input name="nextNumber" type="number" min={1} required defaultValue="1" />
        </label>
        <label>
          {t('ADMIN_FISCAL_CSC_ID')}
          <input name="cscId" required pattern="\d{1,6}" defaultValue={settings.data.cscId ?? ''} />
        </label>
        <label>
          {t('ADMIN_FISCAL_CSC_TOKEN')}
          <input name="cscToken" required minLength={16} maxLength={36} autocomplete="off" />
        </label>
        <label>
          {t('ADMIN_FISCAL_CERTIFICATE')}
          <input name="certificate" type="file" accept=".pfx,.p12,application/x-pkcs12" required />
        </label>
        <label>
          {t('ADMIN_FISCAL_CERTIFICATE_PASSWORD')}
          <input name="certificatePassword" type="password" autocomplete="off" />
        </label>
        <div class="wide">
          <button type="submit" class="primary" disabled={busy}>
            {t('ADMIN_FISCAL_SAVE')}
          </button>
          <Outcome message={message} failed={failed} />
        </div>
      </form>
      <section class="card" id="fiscal-test">
        <h2>{t('ADMIN_FISCAL_TEST')}</h2>
        <p class="hint">{t('ADMIN_FISCAL_TEST_HINT')}</p>
        <button type="button" id="test-emission" disabled={testing || !settings.data.active || settings.data.environment === 'production'} onClick={emitTest}>
          {t('ADMIN_FISCAL_TEST_BUTTON')}
        </button>
        <Outcome message={testMessage} failed={testFailed} />
      </section>
    </>
  );
}
