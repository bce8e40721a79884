import { useEffect, useState } from 'preact/hooks';
import { formatCents } from '../../shared/money';
import type { TabView } from '../state/floor';
import { tabDue } from '../state/tab-actions';
import { type CardMethod, chargeAtTable, payState, payTarget } from '../state/table-payment';
import { sheet } from '../state/ui';
import { partLabel, t } from '../texts';

const METHODS: [CardMethod, Parameters<typeof t>[0]][] = [
  ['CREDIT', 'WAITER_PAY_CREDIT'],
  ['DEBIT', 'WAITER_PAY_DEBIT'],
];

/** Seconds since the terminal was asked, ticking while the customer deals with it. */
function useElapsed(since: number | null): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (since === null) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [since]);
  return since === null ? 0 : Math.max(0, Math.floor((now - since) / 1000));
}

/**
 * Payment at the table on the card terminal: the whole tab or one part of the split, by credit
 * or debit. While the terminal works the sheet says what the customer does there; a declined or
 * unanswered card shows the terminal's reason and may be tried again. Cash and PIX stay at the till.
 */
export function PaySheet({ tab }: { tab: TabView }) {
  const [method, setMethod] = useState<CardMethod>('CREDIT');
  const target = payTarget.value;
  const state = payState.value;
  const elapsed = useElapsed(state.step === 'waiting' ? state.since : null);
  const due = tabDue(tab);
  const goodsCents = Math.min(target?.amountCents ?? due.goodsCents, due.goodsCents);
  // The share as previewed (the pré-conta's formula, on the appliance); none once the guests declined it.
  const serviceCents = goodsCents === 0 || tab.serviceChargeWaived ? 0 : (target?.serviceChargeCents ?? due.serviceCents);
  const amountCents = goodsCents + serviceCents;
  const back = () => (sheet.value = target?.label ? 'split' : 'bill');
  const waiting = state.step === 'waiting';
  return (
    <div class="sheet pay" id="pay-sheet" data-step={state.step}>
      <h2>{t('WAITER_PAY_TITLE')}</h2>
      <p class="pay-part">
        <span>{target?.label ? partLabel(target.label, tab.tableIds.length > 1) : t('WAITER_PAY_WHOLE')}</span>
        <strong id="pay-amount">{formatCents(amountCents)}</strong>
      </p>
      {tab.serviceChargeBp > 0 && goodsCents > 0 && state.step !== 'approved' && (
        <dl class="pay-breakdown" id="pay-breakdown">
          <dt>{t('WAITER_PAY_GOODS')}</dt>
          <dd>{formatCents(goodsCents)}</dd>
          <dt>{t('WAITER_SERVICE', { percent: (tab.serviceChargeBp / 100).toLocaleString('pt-BR') })}</dt>
          <dd id="pay-service">{tab.serviceChargeWaived ? t('WAITER_SERVICE_DECLINED') : formatCents(serviceCents)}</dd>
        </dl>
      )}
      {amountCents === 0 && state.step !== 'approved' && <p class="empty">{t('WAITER_PAY_NOTHING_DUE')}</p>}
      {state.step !== 'approved' && amountCents > 0 && (
        <>
          <div class="categories" role="radiogroup">
            {METHODS.map(([m, label]) => (
              <button type="button" key={m} role="radio" aria-checked={m === method} class={m === method ? 'on' : ''} data-method={m} disabled={waiting} onClick={() => setMethod(m)}>
                {t(label)}
              </button>
            ))}
          </div>
          <button type="button" class="primary" id="pay-charge" disabled={waiting} onClick={() => void chargeAtTable(tab, method, { amountCents: goodsCents, serviceChargeCents: serviceCents, label: target?.label ?? null })}>
            {state.step === 'failed' ? t('WAITER_PAY_RETRY') : t('WAITER_PAY_CHARGE', { amount: formatCents(amountCents) })}
          </button>
        </>
      )}
      {waiting && (
        <div class="pay-progress" id="pay-progress" role="status">
          <strong>{t('WAITER_PAY_WAITING', { seconds: elapsed })}</strong>
          <p>{t('WAITER_PAY_INSERT')}</p>
        </div>
      )}
      {state.step === 'failed' && (
        <p class="error" id="pay-error" role="alert">
          {state.reason}
        </p>
      )}
      {state.step === 'approved' && (
        <p class="approved" id="pay-approved" role="status">
          {t('WAITER_PAY_APPROVED', { amount: formatCents(state.amountCents) })}
          {state.nsu && <small>{t('WAITER_PAY_NSU', { nsu: state.nsu })}</small>}
        </p>
      )}
      <p class="hint">{t('WAITER_CASH_AT_TILL')}</p>
      <button type="button" id="pay-back" disabled={waiting} onClick={back}>
        {state.step === 'approved' ? t('WAITER_PAY_NEXT') : t('WAITER_BACK')}
      </button>
    </div>
  );
}
