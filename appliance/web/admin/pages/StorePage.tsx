import { Outcome } from '../components/Outcome';
import { formFields, useAction, useQuery } from '../state/load';
import { api } from '../state/session';
import { storeProfileBody } from '../state/store';
import { t } from '../texts';

/** The store's own data: name and company ids, address, service charge and the receipt texts. */
export function StorePage() {
  const profile = useQuery(() => api.get('/api/v1/store'), 'store');
  const [run, busy, message, failed] = useAction();
  const submit = (event: Event) => {
    const fields = formFields(event);
    void run(async () => {
      await api.put('/api/v1/store', { body: storeProfileBody(fields) });
      await profile.reload();
      return t('ADMIN_SAVED');
    });
  };
  const p = profile.data;
  if (!p) return <h1>{profile.error || t('ADMIN_CHECKING')}</h1>;
  const address = p.address;
  return (
    <>
      <h1>{t('ADMIN_NAV_STORE')}</h1>
      <form class="card grid-form" id="store-form" onSubmit={submit} key={p.updatedAt ?? 'new'}>
        <h2>{t('ADMIN_STORE_IDENTITY')}</h2>
        <label>
          {t('ADMIN_STORE_NAME')}
          <input name="name" required minLength={2} maxLength={60} defaultValue={p.name} />
        </label>
        <label>
          {t('ADMIN_STORE_LEGAL_NAME')}
          <input name="legalName" maxLength={60} defaultValue={p.legalName ?? ''} />
        </label>
        <label>
          CNPJ
          <input name="cnpj" autocapitalize="characters" maxLength={20} placeholder="00.000.000/0000-00" defaultValue={p.cnpj ?? ''} />
        </label>
        <label>
          {t('ADMIN_STORE_IE')}
          <input name="ie" placeholder={t('ADMIN_STORE_IE_HINT')} defaultValue={p.ie ?? ''} />
        </label>
        <label>
          {t('ADMIN_STORE_PHONE')}
          <input name="phone" inputMode="tel" pattern="\d{10,11}" title={t('ADMIN_STORE_PHONE_HINT')} defaultValue={p.phone ?? ''} />
        </label>
        <label>
          {t('ADMIN_STORE_OPENING_HOURS')}
          <input name="openingHours" maxLength={120} placeholder={t('ADMIN_STORE_OPENING_HOURS_HINT')} defaultValue={p.openingHours ?? ''} />
        </label>
        <label>
          {t('ADMIN_STORE_TIME_ZONE')}
          <input name="timeZone" readOnly value={p.timeZone} title={t('ADMIN_STORE_TIME_ZONE_HINT')} />
        </label>
        <h2>{t('ADMIN_STORE_ADDRESS')}</h2>
        <label>
          {t('ADMIN_STORE_STREET')}
          <input name="street" maxLength={60} defaultValue={address?.street ?? ''} />
        </label>
        <label>
          {t('ADMIN_STORE_NUMBER')}
          <input name="number" maxLength={10} defaultValue={address?.number ?? ''} />
        </label>
        <label>
          {t('ADMIN_STORE_COMPLEMENT')}
          <input name="complement" maxLength={60} defaultValue={address?.complement ?? ''} />
        </label>
        <label>
          {t('ADMIN_STORE_DISTRICT')}
          <input name="district" maxLength={60} defaultValue={address?.district ?? ''} />
        </label>
        <label>
          {t('ADMIN_STORE_CITY')}
          <input name="city" maxLength={60} defaultValue={address?.city ?? ''} />
        </label>
        <label>
          UF
          <input name="uf" maxLength={2} pattern="[A-Za-z]{2}" defaultValue={address?.uf ?? ''} />
        </label>
        <label>
          CEP
          <input name="cep" inputMode="numeric" placeholder="00000-000" defaultValue={address?.cep ?? ''} />
        </label>
        <h2>{t('ADMIN_STORE_BILLS')}</h2>
        <label>
          {t('ADMIN_STORE_SERVICE_CHARGE')}
          <input name="serviceCharge" inputMode="decimal" placeholder="10" defaultValue={String(p.serviceChargeBp / 100).replace('.', ',')} />
        </label>
        <label class="wide">
          {t('ADMIN_STORE_RECEIPT_HEADER')}
          <textarea name="receiptHeader" rows={3} defaultValue={p.receiptHeader.join('\n')} />
        </label>
        <label class="wide">
          {t('ADMIN_STORE_RECEIPT_FOOTER')}
          <textarea name="receiptFooter" rows={2} defaultValue={p.receiptFooter.join('\n')} />
        </label>
        <div class="wide">
          <button type="submit" class="primary" disabled={busy}>
            {t('ADMIN_SAVE')}
          </button>
          <Outcome message={message} failed={failed} />
        </div>
      </form>
    </>
  );
}
