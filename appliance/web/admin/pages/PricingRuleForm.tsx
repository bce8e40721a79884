import { useState } from 'preact/hooks';
import { ChannelSelect } from '../components/ChannelSelect';
import { Outcome } from '../components/Outcome';
import type { Product } from '../state/catalog';
import { useAction } from '../state/load';
import { CHANNEL_LABELS, CHANNELS, KIND_LABELS, percentText, RULE_KINDS, type RuleBody, type RuleKind, ruleFromForm, type RuleTarget, WEEKDAY_SHORT } from '../state/pricing';
import { api } from '../state/session';
import { t } from '../texts';

interface Props {
  editing: RuleBody | null;
  categories: { id: string; label: string }[];
  products: Product[];
  onSaved: () => Promise<void>;
  onDone: () => void;
}

/** The values a rule shows in the form, whatever its kind. */
function shown(rule: RuleBody | null) {
  const r = (rule ?? {}) as Partial<Record<string, unknown>> & { target?: RuleTarget };
  const bp = (r.percentBp ?? r.percentOffBp) as number | undefined;
  return {
    percent: bp === undefined ? '' : percentText(bp).replace(/\u00a0%$/, ''),
    amount: typeof r.amountOffCents === 'number' ? (r.amountOffCents / 100).toFixed(2).replace('.', ',') : '',
    weekdays: (r.weekdays as number[] | undefined) ?? [1, 2, 3, 4, 5],
    channels: r.target?.channels ?? (r.channels as string[] | undefined) ?? [],
    productIds: r.target?.productIds ?? (r.productIds as string[] | undefined) ?? [],
    categoryIds: r.target?.categoryIds ?? [],
  };
}

/** Creates a rule, or changes the one chosen in the list (same id: the rule is replaced). */
export function PricingRuleForm({ editing, categories, products, onSaved, onDone }: Props) {
  const [kind, setKind] = useState<RuleKind>(editing?.kind ?? 'HAPPY_HOUR');
  const [run, busy, message, failed] = useAction();
  const values = shown(editing);
  const r = (editing ?? {}) as Partial<Record<string, string | number>>;
  const submit = (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const list = (name: string) => data.getAll(name).map(String);
    void run(async () => {
      const fields = Object.fromEntries([...data.entries()].map(([name, value]) => [name, String(value).trim()]));
      const rule = ruleFromForm({ fields, lists: { weekdays: list('weekday'), channels: list('channels'), productIds: list('productIds'), categoryIds: list('categoryIds') } });
      await api.put('/api/v1/pricing/rules/{id}', { params: { path: { id: rule.id } }, body: rule });
      await onSaved();
      return t('ADMIN_RULE_SAVED', { id: rule.id });
    });
  };
  const targeted = kind !== 'CHANNEL_MARKUP' && kind !== 'COMBO_DISCOUNT';
  return (
    <form class="card grid-form" id="rule-form" onSubmit={submit}>
      <h2>
        {editing ? t('ADMIN_RULE_EDITING', { id: editing.id }) : t('ADMIN_RULE_NEW')}
        {editing && (
          <button type="button" onClick={onDone}>
            {t('ADMIN_RULE_CANCEL_EDIT')}
          </button>
        )}
      </h2>
      <label>
        {t('ADMIN_RULE_ID')}
        <input name="id" required pattern="[a-z0-9][a-z0-9\-]{0,63}" title={t('ADMIN_RULE_ID_HINT')} defaultValue={editing?.id} readOnly={!!editing} />
      </label>
      <label>
        {t('ADMIN_RULE_KIND')}
        <select name="kind" value={kind} disabled={!!editing} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as RuleKind)}>
          {RULE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(KIND_LABELS[k])}
            </option>
          ))}
        </select>
      </label>
      {editing && <input type="hidden" name="kind" value={kind} />}
      {(kind === 'CHANNEL_MARKUP' || kind === 'HAPPY_HOUR' || kind === 'PERCENT_OFF') && (
        <label>
          {t('ADMIN_RULE_PERCENT')}
          <input name="percent" required inputMode="decimal" defaultValue={values.percent} placeholder="15" />
        </label>
      )}
      {(kind === 'FIXED_OFF' || kind === 'COMBO_DISCOUNT') && (
        <label>
          {t('ADMIN_RULE_AMOUNT')}
          <input name="amount" required inputMode="decimal" defaultValue={values.amount} placeholder="5,00" />
        </label>
      )}
      {kind === 'CHANNEL_MARKUP' && (
        <ChannelSelect defaultValue={String(r.channel ?? 'DELIVERY')} />
      )}
      {kind === 'HAPPY_HOUR' && (
        <>
          <label>
            {t('ADMIN_RULE_FROM')}
            <input name="from" type="time" required defaultValue={String(r.from ?? '17:00')} />
          </label>
          <label>
            {t('ADMIN_RULE_TO')}
            <input name="to" type="time" required defaultValue={String(r.to ?? '19:00')} />
          </label>
          <fieldset class="wide">
            <legend>{t('ADMIN_RULE_WEEKDAYS')}</legend>
            {WEEKDAY_SHORT.map((day, index) => (
              <label key={day} class="check">
                <input type="checkbox" name="weekday" value={index} defaultChecked={values.weekdays.includes(index)} />
                {day}
              </label>
            ))}
          </fieldset>
        </>
      )}
      {kind === 'BUY_X_GET_Y' && (
        <>
          <label>
            {t('ADMIN_RULE_BUY')}
            <input name="buy" type="number" min={1} max={99} required defaultValue={String(r.buy ?? 2)} />
          </label>
          <label>
            {t('ADMIN_RULE_GET')}
            <input name="get" type="number" min={1} max={99} required defaultValue={String(r.get ?? 1)} />
          </label>
        </>
      )}
      {targeted && (
        <label>
          {t('ADMIN_RULE_TARGET_CATEGORIES')}
          <select name="categoryIds" multiple size={4} title={t('ADMIN_RULE_MULTI_HINT')}>
            {categories.map((c) => (
              <option key={c.id} value={c.id} selected={values.categoryIds.includes(c.id)}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind !== 'CHANNEL_MARKUP' && (
        <label>
          {t(kind === 'COMBO_DISCOUNT' ? 'ADMIN_RULE_COMBO_PRODUCTS_LABEL' : 'ADMIN_RULE_TARGET_PRODUCTS')}
          <select name="productIds" multiple size={4} title={t('ADMIN_RULE_MULTI_HINT')}>
            {products.map((p) => (
              <option key={p.id} value={p.id} selected={values.productIds.includes(p.id)}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind !== 'CHANNEL_MARKUP' && (
        <fieldset class="wide">
          <legend>{t('ADMIN_RULE_CHANNELS')}</legend>
          {CHANNELS.map((c) => (
            <label key={c} class="check">
              <input type="checkbox" name="channels" value={c} defaultChecked={values.channels.includes(c)} />
              {t(CHANNEL_LABELS[c])}
            </label>
          ))}
        </fieldset>
      )}
      <div class="wide">
        <button type="submit" class="primary" disabled={busy}>
          {t('ADMIN_RULE_SAVE')}
        </button>
        <p class="hint">{t('ADMIN_RULE_MULTI_HINT')}</p>
        <Outcome message={message} failed={failed} />
      </div>
    </form>
  );
}
