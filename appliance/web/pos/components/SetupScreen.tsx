import { useAutofocus } from '../../shared/autofocus';
import { useState } from 'preact/hooks';
import { pairTerminal, setUpTerminal, WrongDeviceKind } from '../state/session';
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
  const [pairError, setPairError] = useState('');
  const pair = async (event: Event) => {
    event.preventDefault();
    try {
      await pairTerminal(String(new FormData(event.currentTarget as HTMLFormElement).get('code')).trim());
    } catch (failure) {
      setPairError(failure instanceof WrongDeviceKind ? t('POS_PAIR_NOT_POS') : errorText(failure));
    }
  };
  return (
    <>
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
      <form class="card narrow" id="pair-form" onSubmit={pair} autocomplete="off">
        <h2>{t('POS_PAIR_TITLE')}</h2>
        <p class="hint">{t('POS_PAIR_HINT')}</p>
        <label>
          {t('POS_PAIR_CODE')}
          <input name="code" autocapitalize="characters" defaultValue={new URLSearchParams(location.search).get('pair') ?? ''} />
        </label>
        {pairError && <p class="error" role="alert">{pairError}</p>}
        <button type="submit">{t('POS_PAIR')}</button>
      </form>
    </>
  );
}
