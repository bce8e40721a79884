import { useEffect, useState } from 'preact/hooks';
import { t } from '../texts';

const SLIDES = ['CLIENTE_SLIDE_1', 'CLIENTE_SLIDE_2', 'CLIENTE_SLIDE_3'] as const;
const SLIDE_MS = 8000;

/** Between sales: the store's welcome and a few store messages, one at a time. */
export function IdleSlides({ storeName }: { storeName: string }) {
  const [index, setIndex] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setIndex((i) => (i + 1) % SLIDES.length), SLIDE_MS);
    return () => clearInterval(timer);
  }, []);
  return (
    <section class="idle" id="idle">
      <h1>{t('CLIENTE_WELCOME')}</h1>
      <p class="store">{storeName}</p>
      <p class="slide">{t(SLIDES[index])}</p>
    </section>
  );
}
