import { useState } from 'preact/hooks';
import type { ApiAnswer } from '../../shared/appliance-api';
import { formatCents, parseCents } from '../../shared/money';
import { Outcome } from '../components/Outcome';
import { type Category, flattenCategories } from '../state/catalog';
import { formFields, useAction } from '../state/load';
import { api } from '../state/session';
import { InputError, t } from '../texts';

type PriceChange = ApiAnswer<'/api/v1/catalog/price-changes', 'post'>;

/** `10`, `-5`, `2,5` (%) → basis points; `2,50` / `-1,00` (R$) → centavos. */
function changeBody(fields: Record<string, string>) {
  const negative = fields.value.startsWith('-');
  const magnitude = fields.value.replace(/^[-+]/, '');
  const base = { categoryId: fields.categoryId, includeSubcategories: fields.includeSubcategories === 'on' };
  const parsed = parseCents(magnitude);
  if (parsed === null) throw new InputError(t('ADMIN_PRICE_CHANGE_INVALID'));
  // parseCents reads "10" as 1000 centavos: the same integer is 10 % in basis points.
  return fields.mode === 'percent' ? { ...base, percentBp: negative ? -parsed : parsed } : { ...base, amountCents: negative ? -parsed : parsed };
}

/** Bulk price change of a category: preview every product's new price, then apply them in one go. */
export function PriceChangePanel({ tree, onChange }: { tree: Category[]; onChange: () => Promise<void> }) {
  const [preview, setPreview] = useState<{ body: ReturnType<typeof changeBody>; answer: PriceChange } | null>(null);
  const [run, busy, message, failed] = useAction();
  const submit = (event: Event) => {
    const fields = formFields(event);
    void run(async () => {
      const body = changeBody(fields);
      setPreview({ body, answer: await api.post('/api/v1/catalog/price-changes', { body }) });
      return t('ADMIN_PRICE_CHANGE_PREVIEWED');
    });
  };
  const apply = () =>
    void run(async () => {
      if (!preview) throw new InputError(t('ADMIN_PRICE_CHANGE_INVALID'));
      // The previewed changes go back: prices moved since (another manager, a retried click) refuse the apply.
      const body = { ...preview.body, apply: true, expected: preview.answer.changes };
      setPreview(null);
      const answer = await api.post('/api/v1/catalog/price-changes', { body, idempotencyKey: crypto.randomUUID() });
      await onChange();
      return t('ADMIN_PRICE_CHANGE_APPLIED', { n: answer.changes.length });
    });
  return (
    <section class="card" id="price-change">
      <form class="grid-form" onSubmit={submit} onInput={() => setPreview(null)}>
        <h2>{t('ADMIN_PRICE_CHANGE')}</h2>
        <label>
          {t('ADMIN_CATEGORY')}
          <select name="categoryId" required>
            {flattenCategories(tree).map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('ADMIN_PRICE_CHANGE_MODE')}
          <select name="mode">
            <option value="percent">{t('ADMIN_PRICE_CHANGE_PERCENT')}</option>
            <option value="amount">{t('ADMIN_PRICE_CHANGE_AMOUNT')}</option>
          </select>
        </label>
        <label>
          {t('ADMIN_PRICE_CHANGE_VALUE')}
          <input name="value" required inputMode="decimal" placeholder="10 ou -5" />
        </label>
        <label class="check">
          <input name="includeSubcategories" type="checkbox" defaultChecked />
          {t('ADMIN_PRICE_CHANGE_SUBCATEGORIES')}
        </label>
        <div class="wide row">
          <button type="submit" disabled={busy}>
            {t('ADMIN_PRICE_CHANGE_PREVIEW')}
          </button>
          <button type="button" class="primary" id="price-change-apply" disabled={busy || !preview || preview.answer.changes.length === 0} onClick={apply}>
            {t('ADMIN_PRICE_CHANGE_APPLY')}
          </button>
        </div>
      </form>
      {preview && (
        <table id="price-change-preview">
          <thead>
            <tr>
              <th>{t('ADMIN_NAME')}</th>
              <th class="num">{t('ADMIN_PRICE_CHANGE_FROM')}</th>
              <th class="num">{t('ADMIN_PRICE_CHANGE_TO')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.answer.changes.map((c) => (
              <tr key={`${c.productId}/${c.optionId ?? ''}`} data-product-id={c.productId} data-option-id={c.optionId}>
                <td>{c.name}</td>
                <td class="num">{formatCents(c.fromCents)}</td>
                <td class="num">{formatCents(c.toCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Outcome message={message} failed={failed} />
    </section>
  );
}
