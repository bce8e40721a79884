import { closeOnEscape } from '../../shared/escape';
import { useState } from 'preact/hooks';
import { useAutofocus } from '../../shared/autofocus';
import { consumerTaxId } from '../state/cart';
import { cpfOpen } from '../state/ui';
import { t } from '../texts';

/** F6, "CPF na nota?": 11 digits (CPF) or 14 (CNPJ); the appliance checks the check digits. */
export function CpfDialog() {
  const [error, setError] = useState('');
  const field = useAutofocus<HTMLInputElement>();
  const submit = (event: Event) => {
    event.preventDefault();
    const digits = String(new FormData(event.currentTarget as HTMLFormElement).get('taxId') ?? '').replace(/\D/g, '');
    if (digits !== '' && digits.length !== 11 && digits.length !== 14) return setError(t('POS_CPF_INVALID'));
    consumerTaxId.value = digits || null;
    cpfOpen.value = false;
  };
  const onKey = closeOnEscape(() => {
    cpfOpen.value = false;
  });
  return (
    <div class="overlay">
      <form class="card dialog narrow-dialog" id="cpf-form" onSubmit={submit} onKeyDown={onKey} autocomplete="off">
        <h2>{t('POS_CPF_TITLE')}</h2>
        <label>
          {t('POS_CPF_FIELD')}
          <input name="taxId" inputMode="numeric" ref={field} defaultValue={consumerTaxId.value ?? ''} />
        </label>
        {error && <p class="error" role="alert">{error}</p>}
        <div class="actions">
          <button type="button" onClick={() => (cpfOpen.value = false)}>{t('POS_CANCEL')}</button>
          <button type="submit" class="primary">{t('POS_CPF_OK')}</button>
        </div>
      </form>
    </div>
  );
}
