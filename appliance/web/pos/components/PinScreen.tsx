import { useAutofocus } from '../../shared/autofocus';
import { useState } from 'preact/hooks';
import { pinLogin } from '../state/session';
import { errorText, t } from '../texts';

/** Operator switch: username and PIN, the terminal stays set up. */
export function PinScreen() {
  const [error, setError] = useState('');
  const first = useAutofocus<HTMLInputElement>();
  const submit = async (event: Event) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    try {
      await pinLogin(String(data.get('username')).trim(), String(data.get('pin')));
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  return (
    <form class="card narrow" id="pin-form" onSubmit={submit} autocomplete="off">
      <h1>{t('POS_PIN_TITLE')}</h1>
      <label>
        {t('POS_OPERATOR')}
        <input name="username" autocapitalize="off" ref={first} />
      </label>
      <label>
        {t('POS_PIN')}
        <input name="pin" type="password" inputMode="numeric" maxLength={6} />
      </label>
      {error && <p class="error" role="alert">{error}</p>}
      <button type="submit" class="primary">{t('POS_ENTER')}</button>
    </form>
  );
}
