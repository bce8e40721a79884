import { effect } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { PairedScreen } from '../../shared/PairedScreen';
import { cart } from '../state/cart';
import { abandonPix, loadMenu, paired, priceCart, reset, screen, STORAGE_KEY } from '../state/kiosk';
import { pairTexts } from '../texts';
import { Menu } from './Menu';
import { Attract, CardStep, Done, PixStep } from './Steps';

/** Seconds without a touch before the kiosk goes back to its attract screen: `?idle=` in its address. */
const IDLE_MS = (Number(new URLSearchParams(location.search).get('idle')) || 90) * 1000;
/** Idle periods the Pix QR waits untouched (6 min by default): a customer paying in their bank app needs a minute or two. */
const PIX_IDLE_PERIODS = 4;

function Kiosk() {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let periods = 0;
    const idle = () => {
      periods += 1;
      if (screen.value === 'menu' || screen.value === 'done') return reset();
      // A card in the terminal is never abandoned; a QR left untouched far longer than a payment takes is.
      if (screen.value === 'pix' && periods >= PIX_IDLE_PERIODS) return void abandonPix().finally(wait);
      wait();
    };
    const wait = () => {
      clearTimeout(timer);
      timer = setTimeout(idle, IDLE_MS);
    };
    const touched = () => {
      periods = 0;
      wait();
    };
    touched();
    addEventListener('pointerdown', touched);
    addEventListener('keydown', touched);
    return () => {
      clearTimeout(timer);
      removeEventListener('pointerdown', touched);
      removeEventListener('keydown', touched);
    };
  }, []);
  const step = screen.value;
  if (step === 'attract') return <Attract />;
  if (step === 'pix') return <PixStep />;
  if (step === 'card') return <CardStep />;
  if (step === 'done') return <Done />;
  return <Menu />;
}

const start = () => {
  void loadMenu().catch(() => undefined);
  // Every change of the cart is priced by the appliance: the total on screen is the one charged.
  return effect(() => void priceCart(cart.value));
};

export function App() {
  return (
    <PairedScreen page="/totem" storageKey={STORAGE_KEY} paired={paired} texts={pairTexts} start={start}>
      {() => <Kiosk />}
    </PairedScreen>
  );
}
