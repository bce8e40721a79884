import { useAutofocus } from '../../shared/autofocus';
import { useState } from 'preact/hooks';
import { parseCents } from '../../shared/money';
import { openDrawer } from '../state/drawer';
import { errorText, t } from '../texts';

/** Abrir caixa: the opening float the operator counted into the drawer. */
export function DrawerScreen() {
  const [error, setError] = useState('');
  const first = useAutofocus<HTMLInputElement>();
  const submit = async (event: Event) => {
    event.preventDefault();
    const cents = parseCents(String(new FormData(event.currentTarget as HTMLFormElement).get('float')));
    if (cents === null) return setError(t('POS_INVALID_AMOUNT'));
    try {
      await openDrawer(cents);
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  return (
    <form class="card narrow" id="drawer-form" onSubmit={submit} autocomplete="off">
      <h1>{t('POS_DRAWER_TITLE')}</h1>
      <label>
        {t('POS_DRAWER_FLOAT')}
        <input name="float" inputMode="decimal" ref={first} />
      </label>
      {error && <p class="error" role="alert">{error}</p>}
      <button type="submit" class="primary">{t('POS_DRAWER_OPEN')}</button>
    </form>
  );
}
