import { useAutofocus } from '../../shared/autofocus';
import { useState } from 'preact/hooks';
import { setUpTerminal } from '../state/session';
import { errorText, t } from '../texts';

/** Once per terminal: a username/password login sets the terminal up. */
export function SetupScreen() {
  const [error, setError] = useState('');
  const first = useAutofocus<HTMLInputElement>();
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    try {
      await setUpTerminal(String(data.get('username')).trim(), String(data.get('password')));
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  return (
    <form class="card narrow" id="setup-form" onSubmit={submit} autocomplete="off">
      <h1>{t('POS_SETUP_TITLE')}</h1>
      <p class="hint">{t('POS_SETUP_HINT')}</p>
      <label>
        {t('POS_USERNAME')}
        <input name="username" autocapitalize="off" ref={first} />
      </label>
      <label>
        {t('POS_PASSWORD')}
        <input name="password" type="password" />
      </label>
      {error && <p class="error" role="alert">{error}</p>}
      <button type="submit" class="primary">{t('POS_ENTER')}</button>
    </form>
  );
}
