import { useEffect, useState } from 'preact/hooks';
import { formatCents } from '../../shared/money';
import { liveItems, type TabView } from '../state/floor';
import { type BillPart, previewSplit, type SplitMethod } from '../state/tab-actions';
import { paidParts, startPayment } from '../state/table-payment';
import { sheet } from '../state/ui';
import { partLabel, t } from '../texts';
import { ServiceChargeToggle } from './ServiceChargeToggle';

const METHODS: [SplitMethod, Parameters<typeof t>[0]][] = [
  ['SEAT', 'WAITER_SPLIT_SEAT'],
  ['EQUAL', 'WAITER_SPLIT_EQUAL'],
  ['ITEMS', 'WAITER_SPLIT_ITEMS'],
];

/** How the bill splits (by seat, equally, by items); each part is charged here on the card terminal or at the till. */
export function SplitSheet({ tab }: { tab: TabView }) {
  const items = liveItems(tab);
  const [method, setMethod] = useState<SplitMethod>('SEAT');
  const [parts, setParts] = useState(Math.max(2, tab.guests ?? 2));
  // By items: each item's person (0-based); a tap moves it on to the next person.
  const [groupOf, setGroupOf] = useState<Record<string, number>>({});
  const [result, setResult] = useState<BillPart[] | null>(null);
  // With fewer people than before, a dish given to a person no longer there is on the one the screen shows.
  const personOf = (itemId: string) => (groupOf[itemId] ?? 0) % parts;
  // The people with items, by their number on screen; one left without items is skipped, the others keep theirs.
  const persons = Array.from({ length: parts }, (_, g) => g).filter((g) => items.some((i) => personOf(i.itemId) === g));
  const groups = persons.map((g) => items.filter((i) => personOf(i.itemId) === g).map((i) => i.itemId));
  // The shares change with the tab's total and with the guests declining the service charge.
  const key = JSON.stringify([method, parts, persons, groups, tab.totalCents, tab.serviceChargeWaived]);
  const paidLabels = paidParts.value.get(tab.id) ?? new Set<string>();
  const dueCents = Math.max(0, tab.totalCents - tab.paidCents);
  useEffect(() => {
    // The appliance numbers the groups it is sent from 1 (`table 4 1`): each part is renumbered
    // after its person, keeping the bill the label names, so the guest charged (and a part paid, by
    // its label) is the one whose dishes it holds, and never a person of another bill.
    const names = method === 'ITEMS' ? persons.map((g) => String(g + 1)) : null;
    const named = (part: BillPart, k: number) => (names?.[k] ? { ...part, label: part.label.replace(/\d+$/, names[k]) } : part);
    void previewSplit(tab, method, parts, groups).then((split) => setResult(split && split.map(named)));
  }, [key]);
  return (
    <div class="sheet split" id="split-sheet">
      <h2>{t('WAITER_SPLIT')}</h2>
      <div class="categories">
        {METHODS.map(([m, label]) => (
          <button type="button" key={m} class={m === method ? 'on' : ''} data-method={m} onClick={() => setMethod(m)}>
            {t(label)}
          </button>
        ))}
      </div>
      {method !== 'SEAT' && (
        <div class="stepper">
          <span>{t('WAITER_SPLIT_PARTS')}</span>
          <button type="button" aria-label="−" onClick={() => setParts(Math.max(2, parts - 1))}>
            −
          </button>
          <output>{parts}</output>
          <button type="button" aria-label="+" onClick={() => setParts(Math.min(20, parts + 1))}>
            +
          </button>
        </div>
      )}
      {method === 'ITEMS' && (
        <>
          <p class="hint">{t('WAITER_SPLIT_HINT')}</p>
          <ul class="lines">
            {items.map((item) => {
              const group = personOf(item.itemId);
              return (
                <li key={item.itemId} class="line" onClick={() => setGroupOf({ ...groupOf, [item.itemId]: (group + 1) % parts })}>
                  <span class="name">
                    {item.quantity}× {item.name}
                  </span>
                  <span class="seat">{t('WAITER_SPLIT_PERSON', { n: group + 1 })}</span>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <ServiceChargeToggle tab={tab} />
      <ul class="parts" id="split-parts">
        {(result ?? []).map((part) => {
          const paid = paidLabels.has(part.label);
          // Never more than the tab still owes (the till may have taken part of it).
          const amountCents = Math.min(part.amountCents, dueCents);
          return (
            <li key={part.label} class={paid ? 'part paid' : 'part'} data-part={part.label}>
              <span>{partLabel(part.label, tab.tableIds.length > 1)}</span>
              <strong>
                {formatCents(part.amountCents + part.serviceChargeCents)}
                {part.serviceChargeCents > 0 && <small class="service-share">{t('WAITER_SPLIT_WITH_SERVICE', { amount: formatCents(part.serviceChargeCents) })}</small>}
              </strong>
              {paid ? (
                <span class="paid-mark">{t('WAITER_SPLIT_PAID')}</span>
              ) : (
                <button
                  type="button"
                  class="charge"
                  data-part={part.label}
                  disabled={amountCents <= 0}
                  onClick={() => {
                    startPayment({ amountCents, serviceChargeCents: part.serviceChargeCents, label: part.label });
                    sheet.value = 'pay';
                  }}
                >
                  {t('WAITER_SPLIT_CHARGE')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <p class="hint">{t('WAITER_SPLIT_PAY_WHERE')}</p>
      <button type="button" onClick={() => (sheet.value = 'more')}>
        {t('WAITER_BACK')}
      </button>
    </div>
  );
}
