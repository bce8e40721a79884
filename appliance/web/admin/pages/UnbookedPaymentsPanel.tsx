import { useRef } from 'preact/hooks';
import type { ApiAnswer } from '../../shared/appliance-api';
import { formatCents } from '../../shared/money';
import { Outcome } from '../components/Outcome';
import { formFields, useAction, useQuery } from '../state/load';
import { api } from '../state/session';
import { storeDateTime } from '../state/store-time';
import { InputError, type MessageKey, t } from '../texts';

type Unbooked = ApiAnswer<'/api/v1/payments/unbooked-confirmations/open', 'get'>[number];
type Resolution = NonNullable<Unbooked['resolution']>;

const KIND_TEXT: Record<Unbooked['kind'], MessageKey> = {
  AMOUNT_MISMATCH: 'ADMIN_UNBOOKED_KIND_AMOUNT_MISMATCH',
  PAID_AFTER_CANCEL: 'ADMIN_UNBOOKED_KIND_PAID_AFTER_CANCEL',
};
const RESOLUTION_TEXT: Record<Resolution, MessageKey> = {
  REFUNDED_AT_GATEWAY: 'ADMIN_UNBOOKED_REFUNDED_AT_GATEWAY',
  BOOKED_ON_ANOTHER_SALE: 'ADMIN_UNBOOKED_BOOKED_ON_ANOTHER_SALE',
  OTHER: 'ADMIN_UNBOOKED_OTHER',
};
const PROVIDER_TEXT: Partial<Record<Unbooked['provider'], string>> = { ASAAS: 'Asaas', MERCADO_PAGO: 'Mercado Pago' };

/**
 * Money a PIX gateway received that the store did not book (a charge paid after it was withdrawn,
 * or for another amount): a notice on the dashboard while any is open, and each with what the
 * manager did with it. Nothing shows while there is nothing to check.
 */
export function UnbookedPaymentsPanel() {
  const open = useQuery(() => api.get('/api/v1/payments/unbooked-confirmations/open'), 'unbooked-payments');
  const [run, busy, message, failed] = useAction();
  const list = useRef<HTMLElement>(null);
  const items = open.data ?? [];
  if (!items.length && !message && !open.error) return null;

  const check = () => {
    list.current?.scrollIntoView({ block: 'start' });
    list.current?.querySelector<HTMLSelectElement>('select')?.focus();
  };
  const resolve = (item: Unbooked) => (event: Event) => {
    const fields = formFields(event);
    void run(async () => {
      const resolution = fields.resolution as Resolution;
      if (resolution === 'OTHER' && !fields.note) throw new InputError(t('ADMIN_UNBOOKED_NOTE_NEEDED'));
      await api.post('/api/v1/payments/unbooked-confirmations/{id}/resolution', {
        params: { path: { id: item.id } },
        body: { resolution, ...(fields.note ? { note: fields.note } : {}) },
        idempotencyKey: crypto.randomUUID(),
      });
      await open.reload();
      return t('ADMIN_UNBOOKED_RESOLVED', { number: item.orderNumber ?? '—' });
    });
  };

  return (
    <>
      {items.length > 0 && (
        <p class="confirm notice" id="unbooked-notice" role="alert">
          <strong>{t(items.length === 1 ? 'ADMIN_UNBOOKED_NOTICE_ONE' : 'ADMIN_UNBOOKED_NOTICE_MANY', { n: items.length })}</strong>
          <button type="button" onClick={check}>
            {t('ADMIN_UNBOOKED_CHECK')}
          </button>
        </p>
      )}
      <section class="card" id="unbooked-payments" ref={list}>
        <h2>{t('ADMIN_UNBOOKED_TITLE')}</h2>
        <p class="hint">{t('ADMIN_UNBOOKED_HINT')}</p>
        {open.error && <p class="error">{open.error}</p>}
        {items.length > 0 && (
          <div class="table-scroll">
            <table>
              <thead>
                <tr>
                  <th>{t('ADMIN_WHEN')}</th>
                  <th>{t('ADMIN_UNBOOKED_ORDER')}</th>
                  <th>{t('ADMIN_UNBOOKED_KIND')}</th>
                  <th class="num">{t('ADMIN_UNBOOKED_CHARGED')}</th>
                  <th class="num">{t('ADMIN_UNBOOKED_RECEIVED')}</th>
                  <th>{t('ADMIN_UNBOOKED_PROVIDER')}</th>
                  <th>{t('ADMIN_UNBOOKED_WHAT_WAS_DONE')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.id} data-unbooked-id={item.id}>
                    <td>{storeDateTime(item.createdAt)}</td>
                    <td>{item.orderNumber ?? '—'}</td>
                    <td>{t(KIND_TEXT[item.kind])}</td>
                    <td class="num">{formatCents(item.chargedCents)}</td>
                    <td class="num">
                      <strong>{formatCents(item.receivedCents)}</strong>
                    </td>
                    <td>
                      {PROVIDER_TEXT[item.provider] ?? item.provider}
                      {item.providerRef && <div class="hint">{item.providerRef}</div>}
                    </td>
                    <td>
                      <form class="resolve-form" onSubmit={resolve(item)}>
                        <select name="resolution" aria-label={t('ADMIN_UNBOOKED_WHAT_WAS_DONE')} required>
                          {(Object.keys(RESOLUTION_TEXT) as Resolution[]).map((value) => (
                            <option key={value} value={value}>
                              {t(RESOLUTION_TEXT[value])}
                            </option>
                          ))}
                        </select>
                        <input name="note" maxLength={200} aria-label={t('ADMIN_UNBOOKED_NOTE')} placeholder={t('ADMIN_UNBOOKED_NOTE')} />
                        <button type="submit" class="primary" disabled={busy}>
                          {t('ADMIN_UNBOOKED_RESOLVE')}
                        </button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Outcome message={message} failed={failed} />
      </section>
    </>
  );
}
