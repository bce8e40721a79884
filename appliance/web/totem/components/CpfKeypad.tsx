import { confirmCpf, dropCpf, eraseDigit, formatCpf, keypad, typeDigit } from '../state/cpf';
import { t } from '../texts';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** "CPF na nota" on a touch screen with no keyboard: large digit keys, the CPF as typed, and its check before any payment. */
export function CpfKeypad() {
  const current = keypad.value;
  if (!current) return null;
  return (
    <div class="overlay">
      <section class="cpf" id="cpf" role="dialog" aria-modal="true" aria-labelledby="cpf-title">
        <h2 id="cpf-title">{t('TOTEM_CPF_TITLE')}</h2>
        <p class="hint">{t('TOTEM_CPF_HINT')}</p>
        <output class="typed" id="cpf-typed" aria-live="polite">
          {current.digits ? formatCpf(current.digits) : ' '}
        </output>
        {current.wrong && (
          <p class="problem" role="alert">
            {t('TOTEM_CPF_INVALID')}
          </p>
        )}
        <div class="keys">
          {KEYS.map((key) => (
            <button type="button" key={key} data-key={key} onClick={() => typeDigit(key)}>
              {key}
            </button>
          ))}
          <button type="button" id="cpf-erase" onClick={eraseDigit}>
            {t('TOTEM_CPF_ERASE')}
          </button>
          <button type="button" data-key="0" onClick={() => typeDigit('0')}>
            0
          </button>
          <button type="button" class="primary" id="cpf-ok" onClick={confirmCpf}>
            {t('TOTEM_CPF_OK')}
          </button>
        </div>
        <button type="button" id="cpf-none" onClick={dropCpf}>
          {t('TOTEM_CPF_NONE')}
        </button>
      </section>
    </div>
  );
}
