import { useQuery } from '../state/load';
import { api } from '../state/session';
import type { User } from '../state/users';
import { t } from '../texts';

/** Who changed what: the latest security events of the journal, with names instead of ids. */
export function AuditPanel({ users }: { users: User[] }) {
  const audit = useQuery(() => api.get('/api/v1/audit', { params: { query: { size: 30 } } }), 'audit');
  const nameOf = (id: string | undefined) => users.find((u) => u.id === id)?.name ?? id ?? t('ADMIN_SYSTEM');
  return (
    <section class="card" id="audit">
      <h2>{t('ADMIN_AUDIT')}</h2>
      {audit.error && <p class="error">{audit.error}</p>}
      <table>
        <thead>
          <tr>
            <th>{t('ADMIN_WHEN')}</th>
            <th>{t('ADMIN_WHO')}</th>
            <th>{t('ADMIN_WHAT')}</th>
            <th>{t('ADMIN_SUBJECT')}</th>
          </tr>
        </thead>
        <tbody>
          {(audit.data ?? []).map((event) => (
            <tr key={event.seq}>
              <td>{new Date(event.occurredAt).toLocaleString('pt-BR')}</td>
              <td>{nameOf(event.actor?.id)}</td>
              <td>{event.type}</td>
              <td>{nameOf(event.aggregateId)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
