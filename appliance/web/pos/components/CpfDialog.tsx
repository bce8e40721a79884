import { closeOnEscape } from '../../shared/escape';
import { useState } from 'preact/hooks';
import { useAutofocus } from '../../shared/autofocus';
import { consumerTaxId } from '../state/cart';
import { type CustomerMatch, findCustomers } from '../state/customers';
import { cpfOpen } from '../state/ui';
import { errorText, t } from '../texts';

/**
 * F6, "CPF na nota?": 11 digits (CPF) or 14 (CNPJ); the appliance checks the check digits. A
 * registered customer can be found by phone or CPF and their CPF taken from the record.
 */
export function CpfDialog() {
  const [error, setError] = useState('');
  const [taxId, setTaxId] = useState(consumerTaxId.value ?? '');
  const [found, setFound] = useState<CustomerMatch[] | null>(null);
  const field = useAutofocus<HTMLInputElement>();
  const close = () => {
    cpfOpen.value = false;
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const digits = taxId.replace(/\D/g, '');
    if (digits !== '' && digits.length !== 11 && digits.length !== 14) return setError(t('POS_CPF_INVALID'));
    consumerTaxId.value = digits || null;
    close();
  };
  const search = async (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    try {
      setFound(await findCustomers((event.currentTarget as HTMLInputElement).value));
      setError('');
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  return (
    <div class="overlay">
      <form class="card dialog narrow-dialog" id="cpf-form" onSubmit={submit} onKeyDown={closeOnEscape(close)} autocomplete="off">
        <h2>{t('POS_CPF_TITLE')}</h2>
        <label>
          {t('POS_CPF_FIELD')}
          <input name="taxId" inputMode="numeric" ref={field} value={taxId} onInput={(e) => setTaxId((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          {t('POS_CUSTOMER_SEARCH')}
          <input name="customer" inputMode="tel" onKeyDown={search} />
        </label>
        {found && found.length === 0 && <p class="hint">{t('POS_CUSTOMER_NONE')}</p>}
        {found && found.length > 0 && (
          <ul class="customers" id="customers">
            {found.map((customer) => (
              <li key={customer.id}>
                <button type="button" disabled={!customer.cpf} onClick={() => setTaxId(customer.cpf ?? '')}>
                  {customer.name} {customer.cpf ? `· CPF ${customer.cpf}` : `· ${t('POS_CUSTOMER_NO_CPF')}`}
                </button>
              </li>
            ))}
          </ul>
        )}
        {error && <p class="error" role="alert">{error}</p>}
        <div class="actions">
          <button type="button" onClick={close}>{t('POS_CANCEL')}</button>
          <button type="submit" class="primary">{t('POS_CPF_OK')}</button>
        </div>
      </form>
    </div>
  );
}
