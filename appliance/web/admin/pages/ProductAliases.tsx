import { useState } from 'preact/hooks';
import { Outcome } from '../components/Outcome';
import { useAction } from '../state/load';
import { api } from '../state/session';
import { InputError, t } from '../texts';

/** Aliases typed one per line or separated by commas: trimmed, without empties or repeats. */
export function parseAliases(text: string): string[] {
  return [...new Set(text.split(/[,\n]/).map((a) => a.trim()).filter(Boolean))];
}

/**
 * What customers call an existing product in chat orders ("coca", "refri", "x bacon"), found by its
 * SKU. Its own buttons, not the new-product form's submit: it edits a product already on the menu.
 * Saved, the menu is read again (`onSaved`): the other panels then save from the product as it now
 * is, instead of being refused as changed since they read it.
 */
export function ProductAliases({ onSaved }: { onSaved: () => Promise<void> }) {
  const [sku, setSku] = useState('');
  const [aliases, setAliases] = useState('');
  const [productId, setProductId] = useState<string | null>(null);
  const [run, busy, message, failed] = useAction();
  const find = () =>
    run(async () => {
      const found = (await api.get('/api/v1/products', { params: { query: { q: sku.trim(), size: 20 } } })) as { id: string; sku: string; aliases: string[] }[];
      const product = found.find((p) => p.sku === sku.trim());
      if (!product) throw new InputError(t('ADMIN_ALIASES_NOT_FOUND'));
      setProductId(product.id);
      setAliases(product.aliases.join(', '));
      return '';
    });
  const save = () =>
    run(async () => {
      if (!productId) throw new InputError(t('ADMIN_ALIASES_NOT_FOUND'));
      const saved = await api.put('/api/v1/products/{id}/aliases', { params: { path: { id: productId } }, body: { aliases: parseAliases(aliases) } });
      setAliases(saved.aliases.join(', '));
      await onSaved();
      return t('ADMIN_SAVED');
    });
  return (
    <fieldset class="wide" id="product-aliases">
      <legend>{t('ADMIN_ALIASES')}</legend>
      <label>
        {t('ADMIN_SKU')}
        <input id="aliases-sku" value={sku} maxLength={40} onInput={(e) => setSku((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <button type="button" disabled={busy || !sku.trim()} onClick={() => void find()}>
        {t('ADMIN_ALIASES_FIND')}
      </button>
      <label class="wide">
        {t('ADMIN_ALIASES_LIST')}
        <textarea id="aliases-list" rows={2} value={aliases} disabled={!productId} placeholder={t('ADMIN_ALIASES_HINT')} onInput={(e) => setAliases((e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <button type="button" disabled={busy || !productId} onClick={() => void save()}>
        {t('ADMIN_ALIASES_SAVE')}
      </button>
      <Outcome message={message} failed={failed} />
    </fieldset>
  );
}
