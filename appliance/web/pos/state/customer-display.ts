import { effect } from '@preact/signals';
import type { CustomerDisplayBody } from '../../../contract/screens';
import { cart, optionLabels } from './cart';
import { pricedLines, shownCartTotal, shownLineTotal } from './cart-prices';
import { lastChange, pendingPix } from './sale';
import { createWebApi } from '../../shared/appliance-api';
import { whenIdle } from '../../shared/idle';
import { operator, terminalId } from './session';

function picture(): CustomerDisplayBody {
  const pix = pendingPix.value;
  if (pix) return { phase: 'PIX', lines: [], totalCents: pix.amountCents, pixCode: pix.qrPayload, pixImage: pix.qrImage?.startsWith('data:image/png;base64,') ? pix.qrImage : null };
  const lines = cart.value.map((line) => ({ name: line.product.name, detail: [...optionLabels(line.product, line.optionIds), line.notes].filter(Boolean).join(' · '), quantity: line.quantity, totalCents: shownLineTotal(line) }));
  if (lines.length > 0) return { phase: 'CART', lines, totalCents: shownCartTotal.value };
  const paid = lastChange.value;
  if (paid) return { phase: 'PAID', lines: [], totalCents: 0, changeCents: paid.changeCents };
  return { phase: 'IDLE', lines: [], totalCents: 0 };
}

/**
 * How long after a change the picture is sent: the cashier's own screen draws first (a request
 * started in the same task as a scanned line would delay that line), and a burst of scans goes out
 * as one picture. Far inside the half second the customer may wait.
 */
const MIRROR_DELAY_MS = 40;
/**
 * After that delay the picture waits for an idle moment, at most this long: on a slow terminal a
 * line's frame can take longer than the delay, and building and sending the picture in the middle
 * of it would hold that frame (and the next tap) back.
 */
const MIRROR_IDLE_WAIT_MS = 150;

/**
 * The customer-facing screen (`/cliente`) mirrors this terminal: every change of the cart, the PIX
 * QR or the change due goes to the appliance, which publishes it for the screen. The cart shows at
 * the prices on the till: the estimate at once, the appliance's price (the store's rules) when it
 * answered (`cart-prices.ts`). One call at a time, always the latest picture, and not the same
 * picture twice in a row (a pricing that changed no price); a failed one is simply replaced by the
 * next change.
 */
export function mirrorToCustomerDisplay(): void {
  const api = createWebApi({
    session: {
      current: () => operator.value,
      renewed: (fresh) => {
        const current = operator.value;
        if (fresh && current) operator.value = { ...current, token: fresh.accessToken, refreshToken: fresh.refreshToken };
      },
    },
  });
  let sending = false;
  /** The picture the appliance last took, as sent. */
  let lastSent: string | null = null;
  let changed = false;
  let scheduled: ReturnType<typeof setTimeout> | null = null;
  const flush = async () => {
    scheduled = null;
    if (sending) return;
    sending = true;
    while (changed && operator.value && terminalId.value) {
      changed = false;
      const body = picture();
      const sent = `${terminalId.value} ${operator.value.user.id} ${JSON.stringify(body)}`;
      if (sent === lastSent) continue;
      lastSent = await api.put('/api/v1/customer-displays/{terminalId}', { params: { path: { terminalId: terminalId.value } }, body }).then(
        () => sent,
        () => null,
      );
    }
    sending = false;
  };
  effect(() => {
    // Reading what the picture shows subscribes to it; the picture itself is built when sent.
    void [cart.value, pricedLines.value, pendingPix.value, lastChange.value];
    changed = true;
    // Signed out: the next sign-in shows its picture again, the same or not.
    if (!operator.value) lastSent = null;
    if (operator.value && terminalId.value && !scheduled) scheduled = setTimeout(() => whenIdle(() => void flush(), MIRROR_IDLE_WAIT_MS), MIRROR_DELAY_MS);
  });
}
