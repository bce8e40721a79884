import { useAutofocus } from '../../shared/autofocus';
import { closeSlip, drawer } from '../state/drawer';
import { lock } from '../state/session';
import { t } from '../texts';

/** The close slip as printed (48 columns); Enter ends the operator's shift. */
export function CloseSlip({ text }: { text: string }) {
  const button = useAutofocus<HTMLButtonElement>();
  const done = () => {
    closeSlip.value = null;
    drawer.value = null;
    lock();
  };
  return (
    <div class="overlay">
      <div class="card dialog slip" role="dialog" aria-label={t('POS_CLOSE_SLIP')}>
        <h2>{t('POS_CLOSE_SLIP')}</h2>
        <p class="hint">{t('POS_CLOSE_PRINTED')}</p>
        <pre id="close-slip">{text}</pre>
        <button type="button" class="primary" ref={button} onClick={done}>{t('POS_CLOSE_DONE')}</button>
      </div>
    </div>
  );
}
