import { useState } from 'preact/hooks';
import { Outcome } from '../components/Outcome';
import { formFields, readAllPages, useAction, useQuery } from '../state/load';
import { api } from '../state/session';
import { STAFF_ROLES, type StaffRole, type User } from '../state/users';
import { t } from '../texts';
import { AuditPanel, useAuditTrail } from './AuditPanel';
import { CredentialsForm } from './CredentialsForm';

/** Users: create with role, password and PIN; change a role; deactivate or reactivate; reset credentials. */
export function UsersPage() {
  const users = useQuery(() => readAllPages((page, size) => api.get('/api/v1/users', { params: { query: { page, size, sort: 'username:asc' } } })), 'users');
  const audit = useAuditTrail();
  // Every change here is a security event: the trail below shows it at once, with the list.
  const reload = async () => {
    await Promise.all([users.reload(), audit.reload()]);
  };
  const [resetting, setResetting] = useState<User | null>(null);
  const [run, busy, message, failed] = useAction();
  const create = (event: Event) => {
    const fields = formFields(event);
    const form = event.currentTarget as HTMLFormElement;
    void run(async () => {
      await api.post('/api/v1/users', { body: { username: fields.username, name: fields.name, role: fields.role as StaffRole, password: fields.password, ...(fields.pin ? { pin: fields.pin } : {}) } });
      form.reset();
      await reload();
      return t('ADMIN_USER_CREATED', { username: fields.username });
    });
  };
  const setStatus = (user: User, status: User['status']) =>
    run(async () => {
      await api.patch('/api/v1/users/{id}', { params: { path: { id: user.id } }, body: { status } });
      await reload();
      return t(status === 'ACTIVE' ? 'ADMIN_USER_ACTIVATED' : 'ADMIN_USER_DEACTIVATED', { name: user.name });
    });
  const setRole = (user: User, role: string) =>
    run(async () => {
      await api.put('/api/v1/users/{id}/role', { params: { path: { id: user.id } }, body: { role: role as StaffRole } });
      await reload();
      return t('ADMIN_SAVED');
    });
  return (
    <>
      <h1>{t('ADMIN_NAV_USERS')}</h1>
      {users.error && <p class="error">{users.error}</p>}
      <section class="card">
        <table id="users">
          <thead>
            <tr>
              <th>{t('ADMIN_USERNAME')}</th>
              <th>{t('ADMIN_NAME')}</th>
              <th>{t('ADMIN_ROLE')}</th>
              <th>PIN</th>
              <th>{t('ADMIN_STATUS')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {(users.data ?? []).map((u) => (
              <tr key={u.id} data-username={u.username} data-status={u.status}>
                <td>{u.username}</td>
                <td>{u.name}</td>
                <td>
                  {(STAFF_ROLES as readonly string[]).includes(u.role) ? (
                    <select aria-label={t('ADMIN_ROLE')} value={u.role} disabled={busy} onChange={(e) => setRole(u, (e.currentTarget as HTMLSelectElement).value)}>
                      {STAFF_ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(`ADMIN_ROLE_${role}`)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    t('ADMIN_ROLE_CUSTOMER')
                  )}
                </td>
                <td>{u.hasPin ? t('ADMIN_YES') : t('ADMIN_NO')}</td>
                <td>{t(u.status === 'ACTIVE' ? 'ADMIN_ACTIVE' : 'ADMIN_INACTIVE')}</td>
                <td class="row-actions">
                  <button type="button" onClick={() => setResetting(u)}>
                    {t('ADMIN_RESET')}
                  </button>
                  {u.status === 'ACTIVE' ? (
                    <button type="button" class="danger" disabled={busy} onClick={() => setStatus(u, 'INACTIVE')}>
                      {t('ADMIN_DEACTIVATE')}
                    </button>
                  ) : (
                    <button type="button" disabled={busy} onClick={() => setStatus(u, 'ACTIVE')}>
                      {t('ADMIN_ACTIVATE')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Outcome message={message} failed={failed} />
      </section>
      <div class="columns">
        <form class="card grid-form" id="user-form" onSubmit={create} autocomplete="off">
          <h2>{t('ADMIN_NEW_USER')}</h2>
          <label>
            {t('ADMIN_USERNAME')}
            <input name="username" required pattern="[A-Za-z0-9._\-]{3,32}" autocapitalize="off" title={t('ADMIN_USERNAME_HINT')} />
          </label>
          <label>
            {t('ADMIN_NAME')}
            <input name="name" required maxLength={80} />
          </label>
          <label>
            {t('ADMIN_ROLE')}
            <select name="role">
              {STAFF_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`ADMIN_ROLE_${role}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('ADMIN_PASSWORD')}
            <input name="password" type="password" required autocomplete="new-password" title={t('ADMIN_PASSWORD_HINT')} />
          </label>
          <label>
            PIN
            <input name="pin" type="password" inputMode="numeric" pattern="\d{4,6}" title={t('ADMIN_PIN_HINT')} autocomplete="off" />
          </label>
          <p class="hint wide">{t('ADMIN_CREDENTIAL_POLICY')}</p>
          <div class="wide">
            <button type="submit" class="primary" disabled={busy}>
              {t('ADMIN_CREATE_USER')}
            </button>
          </div>
        </form>
        {resetting && <CredentialsForm key={resetting.id} user={resetting} onDone={reload} />}
      </div>
      <AuditPanel users={users.data ?? []} audit={audit} />
    </>
  );
}
