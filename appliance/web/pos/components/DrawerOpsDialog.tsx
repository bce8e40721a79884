import { useState } from 'preact/hooks';
import { ApiError } from '../../shared/api';
import { useAutofocus } from '../../shared/autofocus';
import { closeOnEscape } from '../../shared/escape';
import { formatCents, parseCents } from '../../shared/money';
import { closeXReport, type DrawerOperation, drawerOpsOpen, openDrawerWithoutSale, printXReport, readXReport, recordOperation } from '../state/drawer-ops';
import { tell } from '../state/notice';
import type { ManagerApproval } from '../state/sale';
import { errorText, t } from '../texts';
import { ManagerFields, managerApprovalOf } from './ManagerFields';

/** The API asks for a manager: an override above the drawer's limits, or a role without the permission. */
const needsManager = (error: unknown) => error instanceof ApiError && (error.code === 'MANAGER_OVERRIDE_REQUIRED' || error.code === 'FORBIDDEN');

/**
 * F3: sangria (withdrawal) and suprimento (deposit) of cash, the X report, and "abrir gaveta" with
 * no sale. The manager's username and PIN are asked for only when the appliance answers that they
 * are needed.
 */
export function DrawerOpsDialog() {
  const [type, setType] = useState<DrawerOperation>('WITHDRAWAL');
  const [askManager, setAskManager] = useState(false);
  const [error, setError] = useState('');
  const [key] = useState(() => crypto.randomUUID());
  const [openingKey] = useState(() => crypto.randomUUID());
  const first = useAutofocus<HTMLInputElement>();
  const close = () => {
    drawerOpsOpen.value = false;
  };
  const managerOf = (data: FormData): ManagerApproval | undefined => (askManager ? managerApprovalOf(data) : undefined);
  const failed = (failure: unknown) => {
    if (needsManager(failure) && !askManager) setAskManager(true);
    setError(errorText(failure));
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const cents = parseCents(String(data.get('amount') ?? ''));
    if (cents === null || cents === 0) return setError(t('POS_INVALID_AMOUNT'));
    try {
      await recordOperation(type, cents, String(data.get('reason') ?? '').trim(), key, managerOf(data));
      tell('info', t(type === 'WITHDRAWAL' ? 'POS_WITHDRAWAL_DONE' : 'POS_DEPOSIT_DONE', { amount: formatCents(cents) }));
      close();
    } catch (failure) {
      failed(failure);
    }
  };
  const xReport = async (event: Event) => {
    const form = (event.currentTarget as HTMLButtonElement).form!;
    try {
      await readXReport(managerOf(new FormData(form)));
      close();
    } catch (failure) {
      failed(failure);
    }
  };
  const openDrawer = async (event: Event) => {
    const data = new FormData((event.currentTarget as HTMLButtonElement).form!);
    const reason = String(data.get('reason') ?? '').trim();
    if (!reason) return setError(t('POS_OPEN_CASH_DRAWER_REASON'));
    try {
      await openDrawerWithoutSale(reason, openingKey, managerOf(data));
      tell('info', t('POS_CASH_DRAWER_OPENED'));
      close();
    } catch (failure) {
      failed(failure);
    }
  };
  return (
    <div class="overlay">
      <form class="card dialog" id="drawer-ops-form" onSubmit={submit} onKeyDown={closeOnEscape(close)} autocomplete="off">
        <h2>{t('POS_DRAWER_OPS_TITLE')}</h2>
        <fieldset class="methods">
          <legend>{t('POS_DRAWER_OP')}</legend>
          {(['WITHDRAWAL', 'DEPOSIT'] as const).map((op) => (
            <label key={op} class={`option${type === op ? ' on' : ''}`}>
              <input type="radio" name="type" value={op} checked={type === op} onChange={() => setType(op)} />
              <span>{t(op === 'WITHDRAWAL' ? 'POS_WITHDRAWAL' : 'POS_DEPOSIT')}</span>
            </label>
          ))}
        </fieldset>
        <label>
          {t('POS_DRAWER_OP_AMOUNT')}
          <input name="amount" inputMode="decimal" placeholder="0,00" ref={first} />
        </label>
        <label>
          {t('POS_REASON')}
          <input name="reason" maxLength={200} />
        </label>
        {askManager && <ManagerFields />}
        {error && <p class="error" role="alert">{error}</p>}
        <div class="actions">
          <button type="button" onClick={close}>{t('POS_CANCEL')}</button>
          <button type="button" id="x-report" onClick={xReport}>{t('POS_X_REPORT')}</button>
          <button type="button" id="open-cash-drawer" onClick={openDrawer}>{t('POS_OPEN_CASH_DRAWER')}</button>
          <button type="submit" class="primary">{t('POS_DRAWER_OP_CONFIRM')}</button>
        </div>
      </form>
    </div>
  );
}

/** The X report as printed (48 columns), on screen until dismissed; "Imprimir" sends it to the report printer. */
export function XReportDialog({ text }: { text: string }) {
  const button = useAutofocus<HTMLButtonElement>();
  const [error, setError] = useState('');
  const [key, setKey] = useState(() => crypto.randomUUID());
  const done = () => {
    void closeXReport();
  };
  const print = async () => {
    try {
      await printXReport(key);
      tell('info', t('POS_X_REPORT_PRINTED'));
      setKey(crypto.randomUUID());
      setError('');
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  return (
    <div class="overlay">
      <div class="card dialog slip" role="dialog" aria-label={t('POS_X_REPORT')} onKeyDown={closeOnEscape(done)}>
        <h2>{t('POS_X_REPORT')}</h2>
        <pre id="x-report-text">{text}</pre>
        {error && <p class="error" role="alert">{error}</p>}
        <div class="actions">
          <button type="button" id="x-report-print" onClick={print}>{t('POS_X_REPORT_PRINT')}</button>
          <button type="button" class="primary" ref={button} onClick={done}>{t('POS_CLOSE_DONE')}</button>
        </div>
      </div>
    </div>
  );
}
