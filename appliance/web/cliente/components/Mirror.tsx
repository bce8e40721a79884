import { formatCents } from '../../shared/money';
import { useAutofocus } from '../../shared/autofocus';
import { chooseTerminal, live, shown, terminal, tills } from '../state/mirror';
import type { ClienteMessageKey } from '../messages.pt-BR';
import { t } from '../texts';
import { IdleSlides } from './IdleSlides';

/** The screen holds this many lines; a longer cart shows its latest ones under a count of the rest. */
const LINES_SHOWN = 7;

function Cart() {
  const message = shown.value!;
  const hidden = Math.max(0, message.lines.length - LINES_SHOWN);
  return (
    <section class="cart" id="cart">
      <h1>{t('CLIENTE_YOUR_ORDER')}</h1>
      <ol class="lines">
        {hidden > 0 && <li class="more">{t('CLIENTE_MORE_LINES', { count: hidden })}</li>}
        {message.lines.slice(hidden).map((line, index) => (
          <li key={hidden + index} class="line">
            <span class="qty">{line.quantity}×</span>
            <span class="name">
              {line.name}
              {line.detail && <small>{line.detail}</small>}
            </span>
            <span class="amount">{formatCents(line.totalCents)}</span>
          </li>
        ))}
      </ol>
      <p class="total">
        {t('CLIENTE_TOTAL')} <strong id="total">{formatCents(message.totalCents)}</strong>
      </p>
    </section>
  );
}

function Pix() {
  const message = shown.value!;
  return (
    <section class="pix" id="pix">
      <h1>{t('CLIENTE_PIX_TITLE')}</h1>
      <p class="total">
        <strong>{formatCents(message.totalCents)}</strong>
      </p>
      {message.pixImage && <img src={message.pixImage} alt="QR Code Pix" width={360} height={360} />}
      <p>{t('CLIENTE_PIX_HINT')}</p>
      {message.pixCode && <p class="code">{message.pixCode}</p>}
    </section>
  );
}

function Paid() {
  const change = shown.value!.changeCents ?? 0;
  return (
    <section class="paid" id="paid">
      <h1>{t('CLIENTE_PAID')}</h1>
      {change > 0 && <p class="change">{t('CLIENTE_CHANGE', { amount: formatCents(change) })}</p>}
    </section>
  );
}

const TILL_STATE: Record<string, ClienteMessageKey> = { IDLE: 'CLIENTE_TILL_IDLE', CART: 'CLIENTE_TILL_CART', PIX: 'CLIENTE_TILL_PIX', PAID: 'CLIENTE_TILL_PAID' };

const timeOf = (iso: string) => new Date(iso).toLocaleTimeString('pt-BR', { hour: '2-digit', minute: '2-digit' });

/**
 * A screen that does not know its till yet (installed without `?terminal=`): the technician picks
 * it, by touch or keyboard (Tab, Enter), among the tills that have an operator signed in. Nothing
 * of their sales shows here: only each till's code and what it is doing (start a sale on the till
 * to tell it apart).
 */
function ChooseTill() {
  const first = useAutofocus<HTMLButtonElement>();
  const seen = tills.value;
  return (
    <section class="choose" id="choose-till">
      <h1>{t('CLIENTE_CHOOSE_TITLE')}</h1>
      <p class="hint">{t('CLIENTE_CHOOSE_HINT')}</p>
      {seen.length === 0 ? (
        <p class="none" id="no-tills">{t('CLIENTE_CHOOSE_NONE')}</p>
      ) : (
        <ul class="tills">
          {seen.map((till, index) => (
            <li key={till.terminalId}>
              <button type="button" ref={index === 0 ? first : undefined} data-terminal={till.terminalId} onClick={() => chooseTerminal(till.terminalId)}>
                <strong>{t('CLIENTE_CHOOSE_TILL', { terminal: till.terminalId })}</strong>
                <span>{t('CLIENTE_TILL_SINCE', { state: t(TILL_STATE[till.phase] ?? 'CLIENTE_TILL_IDLE'), time: timeOf(till.publishedAt) })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What the till's customer reads: the cart, the PIX QR, the change, or the idle slides; the choice of the till until it is made. */
export function Mirror({ storeName }: { storeName: string }) {
  const phase = shown.value?.phase ?? 'IDLE';
  const chosen = terminal.value !== null;
  return (
    <main class="mirror">
      <header>
        <strong>{storeName}</strong>
        {!live.value && (
          <span class="offline" id="offline" role="status">
            {t('CLIENTE_OFFLINE')}
          </span>
        )}
      </header>
      {!chosen && <ChooseTill />}
      {chosen && phase === 'CART' && <Cart />}
      {chosen && phase === 'PIX' && <Pix />}
      {chosen && phase === 'PAID' && <Paid />}
      {chosen && phase === 'IDLE' && <IdleSlides storeName={storeName} />}
    </main>
  );
}
