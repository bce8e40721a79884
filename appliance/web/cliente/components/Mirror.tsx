import { formatCents } from '../../shared/money';
import { live, shown } from '../state/mirror';
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

/** What the till's customer reads: the cart, the PIX QR, the change, or the idle slides. */
export function Mirror({ storeName }: { storeName: string }) {
  const phase = shown.value?.phase ?? 'IDLE';
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
      {phase === 'CART' && <Cart />}
      {phase === 'PIX' && <Pix />}
      {phase === 'PAID' && <Paid />}
      {phase === 'IDLE' && <IdleSlides storeName={storeName} />}
    </main>
  );
}
