import { removeLastLine, cart, setQuantity, soldByWeight } from './state/cart';
import { scan, sendToKitchen, startPayment } from './state/actions';
import { openDelivery } from './state/delivery';
import { closing } from './state/drawer';
import { drawerOpsOpen } from './state/drawer-ops';
import { openLatestSale } from './state/past-sale';
import { traceLastLine } from './state/price-trace';
import { cpfOpen, focusSearch, helpOpen } from './state/ui';

/**
 * Digits typed outside any field form a code until Enter; a pause this long starts over (a stray
 * key pressed a while ago must not prefix the next scan, and a busy tablet may stall a scan's keys).
 */
const CODE_IDLE_MS = 5000;
const BARCODE = /^\d{8,14}$/;

const typing = (target: EventTarget | null) => target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);

/** The search field with nothing typed: Delete there has no text to delete, so it takes the last line. */
const emptySearch = (target: EventTarget | null) => target instanceof HTMLInputElement && target.id === 'search' && target.value === '';

/**
 * The sale screen's keys: function keys work everywhere; a barcode scanner (keyboard wedge) adds its
 * product without any field focused (digits then Enter), and the search field takes codes on its
 * own Enter, so a scan works whether or not the cashier was searching.
 */
export function bindSaleKeys(active: () => boolean): () => void {
  let buffer = '';
  let lastAt = 0;
  const onKey = (event: KeyboardEvent) => {
    if (!active()) return;
    const key = event.key;
    if (key === 'F1') helpOpen.value = !helpOpen.value;
    else if (key === 'Escape' && helpOpen.value) helpOpen.value = false;
    else if (key === 'F2') focusSearch();
    else if (key === 'F3') drawerOpsOpen.value = true;
    else if (key === 'F4') void openLatestSale();
    else if (key === 'F5') openDelivery();
    else if (key === 'F6') cpfOpen.value = true;
    else if (key === 'F7') traceLastLine();
    else if (key === 'F8') void sendToKitchen();
    else if (key === 'F9') void startPayment();
    else if (key === 'F10') closing.value = true;
    else if (key === 'Delete' && emptySearch(event.target)) removeLastLine();
    else if (typing(event.target)) return;
    else if (/^\d$/.test(key)) {
      buffer = event.timeStamp - lastAt > CODE_IDLE_MS ? key : buffer + key;
      lastAt = event.timeStamp;
    } else if (key === 'Enter' && BARCODE.test(buffer)) {
      void scan(buffer);
      buffer = '';
    } else if (key === 'Delete') removeLastLine();
    else if (key === '+') {
      const last = cart.value[cart.value.length - 1];
      // A weighed line's quantity is what the scale read: weigh again for more.
      if (last && !soldByWeight(last.product)) setQuantity(last.key, last.quantity + 1);
    } else if (key === '*') traceLastLine();
    else if (key.length === 1 && key !== ' ') {
      // Typing a letter anywhere starts a search.
      focusSearch();
      return;
    } else return;
    event.preventDefault();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
