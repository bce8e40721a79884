import { useState } from 'preact/hooks';
import { Outcome } from '../components/Outcome';
import { type Category, flattenCategories, type Product } from '../state/catalog';
import { readAllPages, useAction, useQuery } from '../state/load';
import { describeRule, KIND_LABELS, type StoredRule } from '../state/pricing';
import { api } from '../state/session';
import { t } from '../texts';
import { PricingRuleForm } from './PricingRuleForm';
import { PricingSimulator } from './PricingSimulator';

/** Pricing rules (happy hour, channel markup, promotions): list, create, edit, switch off; and the simulator. */
export function PricingPage() {
  const rules = useQuery(async () => (await api.get('/api/v1/pricing/rules')) as StoredRule[], 'pricing-rules');
  const tree = useQuery(async () => (await api.get('/api/v1/categories')) as Category[], 'categories');
  const products = useQuery(async () => (await readAllPages((page, size) => api.get('/api/v1/products', { params: { query: { page, size, sort: 'name:asc' } } }))) as Product[], 'products');
  const [editing, setEditing] = useState<StoredRule | null>(null);
  const [run, busy, message, failed] = useAction();
  const categories = flattenCategories(tree.data ?? []);
  const names = Object.fromEntries([...categories.map((c) => [c.id, c.label.trim()]), ...(products.data ?? []).map((p) => [p.id, p.name])]);
  const toggle = (stored: StoredRule) =>
    void run(async () => {
      const id = stored.rule.id;
      await api.post('/api/v1/pricing/rules/{id}/active', { params: { path: { id } }, body: { active: !stored.active } });
      await rules.reload();
      return t(stored.active ? 'ADMIN_RULE_SWITCHED_OFF' : 'ADMIN_RULE_SWITCHED_ON', { id });
    });
  return (
    <>
      <h1>{t('ADMIN_NAV_PRICING')}</h1>
      {[rules.error, tree.error, products.error].filter(Boolean).map((error) => (
        <p key={error} class="error" role="alert">
          {error}
        </p>
      ))}
      <section class="card" id="pricing-rules">
        <h2>{t('ADMIN_PRICING_RULES')}</h2>
        <p class="hint">{t('ADMIN_PRICING_HINT')}</p>
        <table>
          <thead>
            <tr>
              <th>{t('ADMIN_RULE_ID')}</th>
              <th>{t('ADMIN_RULE_KIND')}</th>
              <th>{t('ADMIN_RULE_WHAT')}</th>
              <th>{t('ADMIN_STATUS')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {(rules.data ?? []).map((stored) => (
              <tr key={stored.rule.id} data-rule={stored.rule.id}>
                <td>{stored.rule.id}</td>
                <td>{t(KIND_LABELS[stored.rule.kind])}</td>
                <td>{describeRule(stored.rule, names)}</td>
                <td>
                  <span class={stored.active ? 'pill ok' : 'pill'}>{t(stored.active ? 'ADMIN_RULE_ACTIVE' : 'ADMIN_RULE_INACTIVE')}</span>
                </td>
                <td class="row-actions">
                  <button type="button" onClick={() => setEditing(stored)}>
                    {t('ADMIN_RULE_EDIT')}
                  </button>
                  <button type="button" class={stored.active ? 'danger' : undefined} disabled={busy} onClick={() => toggle(stored)}>
                    {t(stored.active ? 'ADMIN_RULE_DEACTIVATE' : 'ADMIN_RULE_ACTIVATE')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Outcome message={message} failed={failed} />
      </section>
      <div class="columns">
        <PricingRuleForm key={editing?.rule.id ?? 'new'} editing={editing?.rule ?? null} categories={categories} products={products.data ?? []} onDone={() => setEditing(null)} onSaved={rules.reload} />
        <PricingSimulator products={products.data ?? []} />
      </div>
    </>
  );
}
