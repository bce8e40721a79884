import { auditEventLabel } from '../state/audit';
import { readAllPages, useQuery } from '../state/load';
import { api } from '../state/session';
import type { User } from '../state/users';
import { t } from '../texts';
import { storeDateTime } from '../state/store-time';

/** The latest security events of the journal, as the users screen reads (and reloads) them after each change. */
export const useAuditTrail = () => useQuery(() => api.get('/api/v1/audit', { params: { query: { size: 30 } } }), 'audit');
export type AuditTrail = ReturnType<typeof useAuditTrail>;

/** Who changed what: the latest security events of the journal, in words, with names instead of ids. */
export function AuditPanel({ users, audit }: { users: User[]; audit: AuditTrail }) {
  const devices = useQuery(() => readAllPages((page, size) => api.get('/api/v1/devices', { params: { query: { page, size } } })), 'devices');
  const nameOf = (id: string | undefined) => users.find((u) => u.id === id)?.name ?? devices.data?.find((d) => d.id === id)?.name ?? id ?? t('ADMIN_SYSTEM');
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
            <tr key={event.seq} data-type={event.type}>
              <td>{storeDateTime(event.occurredAt)}</td>
              <td>{event.actor?.type === 'system' ? t('ADMIN_SYSTEM') : nameOf(event.actor?.id)}</td>
              <td>{t(auditEventLabel(event.type))}</td>
              <td>{nameOf(event.aggregateId)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
