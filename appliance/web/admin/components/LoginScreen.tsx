import { useState } from 'preact/hooks';
import { useAutofocus } from '../../shared/autofocus';
import { formFields } from '../state/load';
import { login, RoleNotAllowedError } from '../state/session';
import { errorText, t } from '../texts';

/** Managers and admins sign in with username and password. */
export function LoginScreen() {
  const [error, setError] = useState('');
  const first = useAutofocus<HTMLInputElement>();
  const submit = async (event: Event) => {
    const fields = formFields(event);
    try {
      await login(fields.username, fields.password);
    } catch (failure) {
      setError(failure instanceof RoleNotAllowedError ? t('ADMIN_ROLE_NOT_ALLOWED') : errorText(failure));
    }
  };
  return (
    <form class="card narrow" id="login-form" onSubmit={submit} autocomplete="off">
      <h1>{t('ADMIN_LOGIN_TITLE')}</h1>
      <p class="hint">{t('ADMIN_LOGIN_HINT')}</p>
      <label>
        {t('ADMIN_USERNAME')}
        <input name="username" autocapitalize="off" ref={first} required />
      </label>
      <label>
        {t('ADMIN_PASSWORD')}
        <input name="password" type="password" required />
      </label>
      {error && <p class="error" role="alert">{error}</p>}
      <button type="submit" class="primary">{t('ADMIN_ENTER')}</button>
    </form>
  );
}
