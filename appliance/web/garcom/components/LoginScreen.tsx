import { useState } from 'preact/hooks';
import { useAutofocus } from '../../shared/autofocus';
import { pinLogin } from '../state/session';
import { errorText, t } from '../texts';

/** The waiter signs in on the paired phone by username and PIN. */
export function LoginScreen() {
  const [error, setError] = useState('');
  const first = useAutofocus<HTMLInputElement>();
  const submit = async (event: Event) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    try {
      await pinLogin(String(data.get('username')), String(data.get('pin')));
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  return (
    <form class="login" id="login-form" onSubmit={submit} autocomplete="off">
      <h1>{t('WAITER_LOGIN_TITLE')}</h1>
      <label>
        {t('WAITER_USERNAME')}
        <input name="username" autocapitalize="off" ref={first} />
      </label>
      <label>
        {t('WAITER_PIN')}
        <input name="pin" type="password" inputMode="numeric" maxLength={6} />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="primary">
        {t('WAITER_LOGIN')}
      </button>
    </form>
  );
}
