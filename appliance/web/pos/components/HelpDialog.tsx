import { useAutofocus } from '../../shared/autofocus';
import { terminalId } from '../state/session';
import { helpOpen } from '../state/ui';
import { t } from '../texts';
import type { PosMessageKey } from '../messages.pt-BR';

const KEYS: [string, PosMessageKey][] = [
  ['F1', 'POS_KEY_F1'],
  ['F2', 'POS_KEY_F2'],
  ['↑ ↓ ← →', 'POS_KEY_ARROWS'],
  ['Enter', 'POS_KEY_ENTER'],
  ['+', 'POS_KEY_PLUS'],
  ['*', 'POS_KEY_STAR'],
  ['Delete', 'POS_KEY_DEL'],
  ['F3', 'POS_KEY_F3'],
  ['F4', 'POS_KEY_F4_SALE'],
  ['F5', 'POS_KEY_F5'],
  ['F6', 'POS_KEY_F6'],
  ['F8', 'POS_KEY_F8'],
  ['F9', 'POS_KEY_F9'],
  ['F7', 'POS_KEY_F7_SALE'],
  ['F7', 'POS_KEY_F7'],
  ['F4', 'POS_KEY_F4'],
  ['F6', 'POS_KEY_F6_PAY'],
  ['F10', 'POS_KEY_F10'],
  ['F12', 'POS_KEY_F12'],
  ['Esc', 'POS_KEY_ESC'],
  ['▮▮▮', 'POS_KEY_SCAN'],
];

/** F1: every shortcut of the terminal, and how its customer-facing screen (`/cliente`) is set to follow it. */
export function HelpDialog() {
  const button = useAutofocus<HTMLButtonElement>();
  return (
    <div class="overlay" onClick={() => (helpOpen.value = false)}>
      <div class="card dialog" role="dialog" id="help" aria-label={t('POS_HELP_TITLE')}>
        <h2>{t('POS_HELP_TITLE')}</h2>
        <table class="keys">
          <tbody>
            {KEYS.map(([key, text]) => (
              <tr key={text}>
                <th>
                  <kbd>{key}</kbd>
                </th>
                <td>{t(text)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {terminalId.value && (
          <p class="help-display" id="help-customer-display">
            {t('POS_HELP_CUSTOMER_DISPLAY', { terminal: terminalId.value, address: `${location.origin}/cliente?terminal=${encodeURIComponent(terminalId.value)}` })}
          </p>
        )}
        <button type="button" ref={button} onClick={() => (helpOpen.value = false)}>{t('POS_HELP_CLOSE')}</button>
      </div>
    </div>
  );
}
