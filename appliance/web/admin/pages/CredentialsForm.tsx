import { Outcome } from '../components/Outcome';
import { formFields, useAction } from '../state/load';
import { api, manager } from '../state/session';
import type { User } from '../state/users';
import { t } from '../texts';

/**
 * Resets one user's password and/or PIN (the API enforces the policies and answers in pt-BR).
 * One's own takes the current password too: the API refuses it otherwise.
 */
export function CredentialsForm({ user, onDone }: { user: User; onDone: () => Promise<void> }) {
  const [run, busy, message, failed] = useAction();
  const own = manager.value?.user.id === user.id;
  const submit = (event: Event) => {
    const fields = formFields(event);
    const form = event.currentTarget as HTMLFormElement;
    const current = own ? { currentPassword: fields.currentPassword } : {};
    void run(async () => {
      // The PIN first: a new password ends every session of the user, this one included.
      if (fields.pin) await api.put('/api/v1/users/{id}/pin', { params: { path: { id: user.id } }, body: { pin: fields.pin, ...current } });
      if (fields.password) await api.post('/api/v1/users/{id}/password', { params: { path: { id: user.id } }, body: { newPassword: fields.password, ...current } });
      form.reset();
      await onDone();
      return t('ADMIN_CREDENTIALS_RESET', { name: user.name });
    });
  };
  return (
    <form class="card grid-form" id="credentials-form" onSubmit={submit} autocomplete="off">
      <h2>{t('ADMIN_RESET_FOR', { name: user.name })}</h2>
      {own && (
        <label>
          {t('ADMIN_CURRENT_PASSWORD')}
          <input name="currentPassword" type="password" autocomplete="current-password" required />
        </label>
      )}
      <label>
        {t('ADMIN_NEW_PASSWORD')}
        <input name="password" type="password" autocomplete="new-password" />
      </label>
      <label>
        {t('ADMIN_NEW_PIN')}
        <input name="pin" type="password" inputMode="numeric" pattern="\d{4,6}" title={t('ADMIN_PIN_HINT')} autocomplete="off" />
      </label>
      <div class="wide">
        <button type="submit" class="primary" disabled={busy}>
          {t('ADMIN_RESET')}
        </button>
        <Outcome message={message} failed={failed} />
      </div>
    </form>
  );
}
