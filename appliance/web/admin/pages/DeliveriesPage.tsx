import { useState } from 'preact/hooks';
import { ApiError } from '../../shared/api';
import { formatCents } from '../../shared/money';
import { DataTable } from '../components/DataTable';
import { Outcome } from '../components/Outcome';
import {
  changeForTyped,
  type Courier,
  createCourier,
  DELIVERY_STATUS_LABELS,
  DELIVERY_STATUS_TONES,
  type DeliveryOfDay,
  dispatchDelivery,
  loadCouriers,
  loadDeliveriesOfDay,
  loadZones,
  markDelivered,
  markReturned,
  newCourierBody,
  paymentMethodLabel,
  RETURN_REASONS,
  type ReturnReason,
  setCourierActive,
} from '../state/delivery';
import { formFields, useAction, useQuery } from '../state/load';
import { InputError, t } from '../texts';

const NO_VALUE = '—';

/**
 * Dispatches; when the order outgrew the note the customer said they would pay with, the appliance
 * refuses with both amounts and the dispatcher types the new note after asking the customer (empty:
 * no change), or keeps the delivery waiting (the refusal stands).
 */
async function dispatchAskingTheChange(id: string, courierId: string) {
  try {
    return await dispatchDelivery(id, courierId);
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'DELIVERY_CHANGE_OUTGROWN') throw error;
    const typed = window.prompt(`${error.message} ${t('ADMIN_DELIVERY_CHANGE_PROMPT')}`);
    if (typed === null) throw error;
    return dispatchDelivery(id, courierId, changeForTyped(typed));
  }
}

const orderLabel = (delivery: DeliveryOfDay) => (delivery.orderNumber === null ? NO_VALUE : t('ADMIN_DELIVERY_ORDER_NUMBER', { number: delivery.orderNumber }));

/**
 * What the courier collects at the door, how, and the note the customer will pay with (the change
 * to take); a prepaid order says so instead of R$ 0,00 (one whose fee is outside the order still
 * has the fee to collect).
 */
function AmountDue({ delivery }: { delivery: DeliveryOfDay }) {
  if (delivery.prepaid && delivery.amountDueCents === 0) return <span class="pill ok">{t('ADMIN_DELIVERY_PREPAID')}</span>;
  const how = paymentMethodLabel(delivery.paymentMethod);
  return (
    <>
      {formatCents(delivery.amountDueCents)}
      <br />
      <small class="hint">{delivery.changeForCents === null ? how : t('ADMIN_DELIVERY_CHANGE_FOR_AMOUNT', { method: how, amount: formatCents(delivery.changeForCents) })}</small>
    </>
  );
}

/**
 * Entregas: the open day's deliveries (the till's DELIVERY orders and the chat orders) with what
 * to collect; a waiting one is dispatched to a chosen courier (the route slip prints), one out on
 * the street is reported delivered, or back without delivering (it waits to go out again). Below, the couriers: add one, deactivate or reactivate.
 */
export function DeliveriesPage() {
  const deliveries = useQuery(loadDeliveriesOfDay, 'deliveries-of-day');
  const couriers = useQuery(loadCouriers, 'couriers');
  const zones = useQuery(loadZones, 'delivery-zones');
  // The courier picked on each waiting row, until it is dispatched.
  const [chosen, setChosen] = useState<Record<string, string>>({});
  // The reason picked on each row out on the street, until it is reported back.
  const [reasons, setReasons] = useState<Record<string, ReturnReason>>({});
  const [run, busy, message, failed] = useAction();
  const [runCourier, courierBusy, courierMessage, courierFailed] = useAction();

  const allCouriers = couriers.data ?? [];
  const activeCouriers = allCouriers.filter((c) => c.active);
  const courierName = (id: string | null) => (id === null ? NO_VALUE : (allCouriers.find((c) => c.id === id)?.name ?? NO_VALUE));
  const zoneName = (id: string) => zones.data?.find((z) => z.id === id)?.name ?? NO_VALUE;
  // A store with one courier has nothing to choose: that courier is picked already.
  const courierOf = (delivery: DeliveryOfDay) => chosen[delivery.id] ?? (activeCouriers.length === 1 ? activeCouriers[0].id : '');

  const dispatch = (delivery: DeliveryOfDay) =>
    run(async () => {
      const courierId = courierOf(delivery);
      const number = delivery.orderNumber ?? NO_VALUE;
      if (!courierId) throw new InputError(t('ADMIN_DELIVERY_PICK_COURIER', { number }));
      try {
        await dispatchAskingTheChange(delivery.id, courierId);
      } finally {
        // Dispatched or refused (dispatched from another screen meanwhile, the courier deactivated
        // there), the list and the couriers to choose from show where they stand now.
        await Promise.all([deliveries.reload(), couriers.reload()]);
      }
      return t('ADMIN_DELIVERY_DISPATCHED', { number, courier: courierName(courierId) });
    });
  const delivered = (delivery: DeliveryOfDay) =>
    run(async () => {
      try {
        await markDelivered(delivery.id);
      } finally {
        await deliveries.reload();
      }
      return t('ADMIN_DELIVERY_MARKED_DELIVERED', { number: delivery.orderNumber ?? NO_VALUE });
    });
  const returned = (delivery: DeliveryOfDay) =>
    run(async () => {
      try {
        await markReturned(delivery.id, t(reasons[delivery.id] ?? RETURN_REASONS[0]));
      } finally {
        await deliveries.reload();
      }
      return t('ADMIN_DELIVERY_MARKED_RETURNED', { number: delivery.orderNumber ?? NO_VALUE });
    });
  const reload = () => Promise.all([deliveries.reload(), couriers.reload(), zones.reload()]);

  const addCourier = (event: Event) => {
    const fields = formFields(event);
    const form = event.currentTarget as HTMLFormElement;
    void runCourier(async () => {
      const created = await createCourier(newCourierBody(fields));
      form.reset();
      await couriers.reload();
      return t('ADMIN_COURIER_CREATED', { name: created.name });
    });
  };
  const toggleCourier = (courier: Courier) =>
    runCourier(async () => {
      await setCourierActive(courier, !courier.active);
      await couriers.reload();
      return t(courier.active ? 'ADMIN_COURIER_DEACTIVATED' : 'ADMIN_COURIER_ACTIVATED', { name: courier.name });
    });

  const rows = deliveries.data ?? [];
  return (
    <>
      <h1>{t('ADMIN_NAV_DELIVERY')}</h1>
      <p class="hint">{t('ADMIN_DELIVERY_HINT')}</p>
      {[deliveries.error, couriers.error, zones.error].filter(Boolean).map((error) => (
        <p key={error} class="error" role="alert">
          {error}
        </p>
      ))}
      <section class="card" id="deliveries">
        <h2>
          {t('ADMIN_DELIVERY_TODAY')}
          <button type="button" onClick={() => void reload()}>
            {t('ADMIN_DELIVERY_RELOAD')}
          </button>
        </h2>
        {/* On a narrow screen the table scrolls inside its card rather than clip the row's buttons. */}
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th>{t('ADMIN_DELIVERY_ORDER')}</th>
                <th>{t('ADMIN_DELIVERY_RECIPIENT')}</th>
                <th>{t('ADMIN_DELIVERY_ZONE')}</th>
                <th class="num">{t('ADMIN_DELIVERY_DUE')}</th>
                <th>{t('ADMIN_DELIVERY_COURIER')}</th>
                <th>{t('ADMIN_STATUS')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.length === 0 && (
                <tr>
                  <td colSpan={7} class="hint">
                    {t('ADMIN_DELIVERY_EMPTY')}
                  </td>
                </tr>
              )}
              {rows.map((d) => (
                <tr key={d.id} data-delivery-id={d.id} data-order-number={d.orderNumber ?? ''} data-status={d.status}>
                  <td>
                    <strong>{orderLabel(d)}</strong>
                  </td>
                  <td>
                    {d.destination.recipientName || NO_VALUE}
                    <br />
                    <small class="hint">{d.destination.district || NO_VALUE}</small>
                  </td>
                  <td>{zoneName(d.zoneId)}</td>
                  <td class="num">
                    <AmountDue delivery={d} />
                  </td>
                  <td>
                    {d.status !== 'PENDING' ? (
                      courierName(d.courierId)
                    ) : activeCouriers.length === 0 ? (
                      <span class="hint">{t('ADMIN_DELIVERY_NO_COURIERS')}</span>
                    ) : (
                      <select
                        name="courierId"
                        aria-label={t('ADMIN_DELIVERY_COURIER_OF', { number: d.orderNumber ?? NO_VALUE })}
                        value={courierOf(d)}
                        onChange={(e) => setChosen({ ...chosen, [d.id]: (e.currentTarget as HTMLSelectElement).value })}
                      >
                        <option value="">{t('ADMIN_DELIVERY_CHOOSE_COURIER')}</option>
                        {activeCouriers.map((c) => (
                          <option key={c.id} value={c.id}>
                            {c.name}
                          </option>
                        ))}
                      </select>
                    )}
                  </td>
                  <td>
                    <span class={`pill ${DELIVERY_STATUS_TONES[d.status]}`}>{t(DELIVERY_STATUS_LABELS[d.status])}</span>
                    {d.returnedRuns > 0 && (
                      <>
                        <br />
                        <small class="hint returned-runs">{t('ADMIN_DELIVERY_RETURNED_RUNS', { count: d.returnedRuns })}</small>
                      </>
                    )}
                  </td>
                  <td>
                    <div class="row-actions">
                      {d.status === 'PENDING' && (
                        <button type="button" class="primary" disabled={busy || activeCouriers.length === 0} onClick={() => void dispatch(d)}>
                          {t('ADMIN_DELIVERY_DISPATCH')}
                        </button>
                      )}
                      {d.status === 'OUT_FOR_DELIVERY' && (
                        <>
                          <button type="button" disabled={busy} onClick={() => void delivered(d)}>
                            {t('ADMIN_DELIVERY_DELIVERED')}
                          </button>
                          <div class="return-run">
                            <select
                              name="returnReason"
                              aria-label={t('ADMIN_DELIVERY_RETURN_REASON_OF', { number: d.orderNumber ?? NO_VALUE })}
                              value={reasons[d.id] ?? RETURN_REASONS[0]}
                              onChange={(e) => setReasons({ ...reasons, [d.id]: (e.currentTarget as HTMLSelectElement).value as ReturnReason })}
                            >
                              {RETURN_REASONS.map((reason) => (
                                <option key={reason} value={reason}>
                                  {t(reason)}
                                </option>
                              ))}
                            </select>
                            <button type="button" class="returned" disabled={busy} onClick={() => void returned(d)}>
                              {t('ADMIN_DELIVERY_RETURNED')}
                            </button>
                          </div>
                        </>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Outcome message={message} failed={failed} />
      </section>
      <div class="columns">
        <DataTable
          id="couriers"
          title={t('ADMIN_COURIERS')}
          columns={[{ label: t('ADMIN_NAME') }, { label: t('ADMIN_COURIER_PAY'), num: true }, { label: t('ADMIN_STATUS') }, { label: '' }]}
          rows={allCouriers.map((c) => [
            c.name,
            formatCents(c.payPerDeliveryCents),
            t(c.active ? 'ADMIN_ACTIVE' : 'ADMIN_INACTIVE'),
            <div class="row-actions" key="actions">
              <button type="button" class={c.active ? 'danger' : undefined} disabled={courierBusy} onClick={() => void toggleCourier(c)}>
                {t(c.active ? 'ADMIN_DEACTIVATE' : 'ADMIN_ACTIVATE')}
              </button>
            </div>,
          ])}
        />
        <form class="card grid-form" id="courier-form" onSubmit={addCourier} autocomplete="off">
          <h2>{t('ADMIN_NEW_COURIER')}</h2>
          <label>
            {t('ADMIN_NAME')}
            <input name="name" required maxLength={80} />
          </label>
          <label>
            {t('ADMIN_COURIER_PAY_LABEL')}
            <input name="pay" inputMode="decimal" required placeholder="0,00" />
          </label>
          <p class="hint wide">{t('ADMIN_COURIERS_HINT')}</p>
          <div class="wide">
            <button type="submit" class="primary" disabled={courierBusy}>
              {t('ADMIN_CREATE_COURIER')}
            </button>
          </div>
        </form>
      </div>
      <Outcome message={courierMessage} failed={courierFailed} />
    </>
  );
}
