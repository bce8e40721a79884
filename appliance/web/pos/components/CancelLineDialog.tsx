import { useEffect, useRef, useState } from 'preact/hooks';
import { closeOnEscape } from '../../shared/escape';
import { formatCents, formatGrams } from '../../shared/money';
import { tell } from '../state/notice';
import { activeLines, cancelOrderLine, type SentLine, type SentOrder } from '../state/sale';
import { managerAction } from '../state/ui';
import { errorText, t } from '../texts';
import { ManagerFields, managerApprovalOf } from './ManagerFields';

const quantityOf = (line: SentLine) => (line.unit === 'GRAM' ? formatGrams(line.quantity) : `${line.quantity}×`);

/**
 * F6 in the payment: one dish of the sent order leaves the bill (the kitchen voids it), with a
 * reason and the manager's username and PIN. The lines are radio buttons: arrows or a tap pick one.
 */
export function CancelLineDialog({ order }: { order: SentOrder }) {
  const [lines, setLines] = useState<SentLine[] | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const [error, setError] = useState('');
  // One key per line: a retry (a wrong PIN typed again) cancels that line once.
  const [keys] = useState(() => new Map<string, string>());
  const keyFor = (itemId: string) => keys.get(itemId) ?? keys.set(itemId, crypto.randomUUID()).get(itemId)!;
  useEffect(() => {
    activeLines(order).then(
      (found) => {
        setLines(found);
        setPicked(found[0]?.itemId ?? null);
      },
      (failure) => setError(errorText(failure)),
    );
  }, [order.id]);
  const firstLine = useRef<HTMLInputElement>(null);
  // The keyboard starts on the list once it is there: arrows pick the line, Tab goes on to the reason.
  useEffect(() => firstLine.current?.focus(), [lines]);
  const close = () => {
    managerAction.value = null;
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const line = lines?.find((l) => l.itemId === picked);
    if (!line) return setError(t('POS_CANCEL_LINE_NONE'));
    const data = new FormData(event.currentTarget as HTMLFormElement);
    try {
      await cancelOrderLine(order, line.itemId, String(data.get('reason') ?? '').trim(), managerApprovalOf(data), keyFor(line.itemId));
      tell('info', t('POS_LINE_CANCELLED', { name: line.name, number: order.number }));
      close();
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  return (
    <div class="overlay">
      <form class="card dialog" id="cancel-line-form" onSubmit={submit} onKeyDown={closeOnEscape(close)} autocomplete="off">
        <h2>{t('POS_CANCEL_LINE_TITLE', { number: order.number })}</h2>
        <fieldset class="lines" aria-label={t('POS_CANCEL_LINE_PICK')}>
          <legend>{t('POS_CANCEL_LINE_PICK')}</legend>
          {lines?.map((line, i) => (
            <label key={line.itemId} class={`option${picked === line.itemId ? ' on' : ''}`}>
              <input type="radio" name="line" value={line.itemId} checked={picked === line.itemId} onChange={() => setPicked(line.itemId)} ref={i === 0 ? firstLine : undefined} />
              <span class="qty">{quantityOf(line)}</span>
              <span class="name">{line.name}</span>
              <span class="price">{formatCents(line.totalCents)}</span>
            </label>
          ))}
        </fieldset>
        <label>
          {t('POS_REASON')}
          <input name="reason" maxLength={140} />
        </label>
        <ManagerFields />
        {error && <p class="error" role="alert">{error}</p>}
        <div class="actions">
          <button type="button" onClick={close}>{t('POS_CANCEL')}</button>
          <button type="submit" class="primary">{t('POS_AUTHORIZE')}</button>
        </div>
      </form>
    </div>
  );
}
