import { formatCents } from '../../shared/money';
import { acceptCombo, declineOffer, offer, takeSuggestion } from '../state/choices';
import { accompaniments } from '../state/menu';
import { t } from '../texts';
import { ProductPhoto, ProductTile } from './ProductPhoto';

/** The upsell after an item is added: "Quer transformar em combo?", or a drink or side to go with it. */
export function Offer() {
  const current = offer.value;
  if (!current) return null;
  return (
    <div class="overlay">
      <section class="offer" id="offer" role="dialog" aria-modal="true" aria-labelledby="offer-title">
        {current.kind === 'combo' ? (
          <>
            <h2 id="offer-title">{t('TOTEM_COMBO_OFFER_TITLE')}</h2>
            <ProductPhoto product={current.combo} size={320} />
            <p class="combo-offer">{t('TOTEM_COMBO_OFFER', { combo: current.combo.name, price: formatCents(current.combo.priceCents) })}</p>
            <button type="button" class="primary" id="offer-accept" onClick={acceptCombo}>
              {t('TOTEM_COMBO_YES')}
            </button>
          </>
        ) : (
          <>
            <h2 id="offer-title">{t('TOTEM_EXTRAS_TITLE')}</h2>
            <div class="suggestions">
              {accompaniments.value.map((p) => (
                <ProductTile key={p.id} product={p} size={160} data-suggestion-id={p.id} onPick={() => takeSuggestion(p)} />
              ))}
            </div>
          </>
        )}
        <button type="button" id="offer-decline" onClick={declineOffer}>
          {t('TOTEM_NO_THANKS')}
        </button>
      </section>
    </div>
  );
}
