import { draftOf, removeLine } from '../state/round';
import { t } from '../texts';
import { seatText } from './TabItems';

/** The round being taken: what the waiter tapped, with seat, options and note, before it is sent. */
export function DraftLines({ tabId }: { tabId: string }) {
  return (
    <ul class="lines" id="draft">
      {draftOf(tabId).map((line) => (
        <li key={line.key} class="line">
          <span class="name">
            {line.product.name}
            {line.optionNames.length > 0 && <small class="opts">{line.optionNames.join(', ')}</small>}
            {line.notes && <small class="notes">{line.notes}</small>}
          </span>
          <span class="seat">{seatText(line.seat)}</span>
          <button type="button" class="remove" aria-label={t('WAITER_REMOVE')} onClick={() => removeLine(tabId, line.key)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
