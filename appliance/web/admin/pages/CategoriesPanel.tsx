import { api } from '../state/session';
import { type Category, flattenCategories, type Station, stationName } from '../state/catalog';
import { formFields, useAction } from '../state/load';
import { Outcome } from '../components/Outcome';
import { t } from '../texts';

/** The category tree, and a form to add a category under any other with its kitchen station (`stations` null: not read yet, the tree waits). */
export function CategoriesPanel({ tree, stations, onChange }: { tree: Category[]; stations: Station[] | null; onChange: () => Promise<void> }) {
  const [run, busy, message, failed] = useAction();
  const submit = (event: Event) => {
    const fields = formFields(event);
    const form = event.currentTarget as HTMLFormElement;
    void run(async () => {
      await api.post('/api/v1/categories', { body: { name: fields.name, parentId: fields.parentId || null, station: fields.station || null } });
      form.reset();
      await onChange();
      return t('ADMIN_SAVED');
    });
  };
  return (
    <section class="card" id="categories">
      <h2>{t('ADMIN_CATEGORIES')}</h2>
      <ul class="tree">
        {(stations ? flattenCategories(tree) : []).map((c) => (
          <li key={c.id}>
            {c.label}
            {c.station && <span class="tag">{stationName(stations ?? [], c.station)}</span>}
          </li>
        ))}
      </ul>
      <form id="category-form" class="row" onSubmit={submit}>
        <label>
          {t('ADMIN_NAME')}
          <input name="name" required maxLength={80} />
        </label>
        <label>
          {t('ADMIN_PARENT_CATEGORY')}
          <select name="parentId">
            <option value="">{t('ADMIN_NONE')}</option>
            {flattenCategories(tree).map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('ADMIN_STATION')}
          <select name="station">
            <option value="">{t('ADMIN_NONE')}</option>
            {(stations ?? []).map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="primary" disabled={busy}>
          {t('ADMIN_ADD_CATEGORY')}
        </button>
      </form>
      <Outcome message={message} failed={failed} />
    </section>
  );
}
