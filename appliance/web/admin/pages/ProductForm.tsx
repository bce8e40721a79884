import { useState } from 'preact/hooks';
import { parseCents } from '../../shared/money';
import { Outcome } from '../components/Outcome';
import { type Category, flattenCategories, flavourGroup, type Product, PRODUCT_TYPES, type ProductBody, type Station, TYPE_LABELS } from '../state/catalog';
import { formFields, useAction } from '../state/load';
import { noDrafts, optionFields } from '../state/option-groups';
import { uploadPhoto } from '../state/photo';
import { api } from '../state/session';
import { InputError, t } from '../texts';
import { ProductAliases } from './ProductAliases';
import { ProductOptionsFields } from './ProductOptionsFields';

/** The fields of one product type the API asks for beyond the common ones (option groups aside). */
function typeFields(type: string, fields: Record<string, string>) {
  if (type === 'COMPOSITE') {
    const maxFractions = Number(fields.maxFractions) as 2 | 3 | 4;
    return { composite: { priceRule: fields.priceRule as 'HIGHEST' | 'AVERAGE', maxFractions }, flavours: [flavourGroup(fields.flavours ?? '', maxFractions, t('ADMIN_FLAVOURS_INVALID'))] };
  }
  if (type === 'TIME') return { timeBlockMinutes: Number(fields.timeBlockMinutes), sendToKitchen: false };
  return {};
}

/** A new product of any sellable type, with its options or combo, barcode, kitchen station and fiscal fields. */
export function ProductForm({ tree, stations, menu, onChange }: { tree: Category[]; stations: Station[]; menu: Product[]; onChange: () => Promise<void> }) {
  const [type, setType] = useState<string>('SIMPLE');
  const [drafts, setDrafts] = useState(noDrafts);
  const [run, busy, message, failed] = useAction();
  const submit = (event: Event) => {
    const fields = formFields(event);
    const form = event.currentTarget as HTMLFormElement;
    void run(async () => {
      const priceCents = parseCents(fields.price);
      if (priceCents === null) throw new InputError(t('ADMIN_PRICE_INVALID'));
      const photo = (form.elements.namedItem('photo') as HTMLInputElement).files?.[0];
      const { flavours, ...special } = typeFields(type, fields);
      const body: ProductBody = {
        name: fields.name,
        sku: fields.sku,
        type,
        categoryId: fields.categoryId,
        priceCents,
        barcode: fields.barcode || null,
        station: fields.station || null,
        prepSeconds: fields.prepMinutes ? Number(fields.prepMinutes) * 60 : null,
        fiscal: { ncm: fields.ncm || null, cfop: fields.cfop || null, cest: fields.cest || null, taxGroup: fields.taxGroup || null },
        ...special,
        ...optionFields(type, drafts, menu, flavours),
      } as ProductBody;
      const product = (await api.post('/api/v1/products', { body, idempotencyKey: crypto.randomUUID() })) as Product;
      if (photo) await uploadPhoto(product.id, photo);
      form.reset();
      setType('SIMPLE');
      setDrafts(noDrafts());
      await onChange();
      return t('ADMIN_SAVED');
    });
  };
  const categories = flattenCategories(tree);
  return (
    <form class="card grid-form" id="product-form" onSubmit={submit}>
      <h2>{t('ADMIN_NEW_PRODUCT')}</h2>
      <label>
        {t('ADMIN_NAME')}
        <input name="name" required maxLength={120} />
      </label>
      <label>
        {t('ADMIN_SKU')}
        <input name="sku" required maxLength={40} />
      </label>
      <label>
        {t('ADMIN_PRODUCT_TYPE')}
        <select name="type" value={type} onChange={(e) => setType((e.currentTarget as HTMLSelectElement).value)}>
          {PRODUCT_TYPES.map((name) => (
            <option key={name} value={name}>
              {t(TYPE_LABELS[name])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('ADMIN_CATEGORY')}
        <select name="categoryId" required>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t(type === 'WEIGHT' ? 'ADMIN_PRICE_PER_KG' : type === 'TIME' ? 'ADMIN_PRICE_PER_BLOCK' : 'ADMIN_PRICE')}
        <input name="price" inputMode="decimal" required placeholder="0,00" />
      </label>
      <label>
        {t('ADMIN_BARCODE')}
        <input name="barcode" inputMode="numeric" pattern="\d{8}|\d{12,14}" title={t('ADMIN_BARCODE_HINT')} />
      </label>
      <label>
        {t('ADMIN_STATION')}
        <select name="station">
          <option value="">{t('ADMIN_STATION_FROM_CATEGORY')}</option>
          {stations.map((s) => (
            <option key={s.code} value={s.code}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('ADMIN_PREP_MINUTES')}
        <input name="prepMinutes" type="number" min={0} max={240} />
      </label>
      <label>
        NCM
        <input name="ncm" inputMode="numeric" pattern="\d{8}" title={t('ADMIN_NCM_HINT')} />
      </label>
      <label>
        CFOP
        <input name="cfop" inputMode="numeric" pattern="5\d{3}" title={t('ADMIN_CFOP_HINT')} />
      </label>
      <label>
        CEST
        <input name="cest" inputMode="numeric" pattern="\d{7}" title={t('ADMIN_CEST_HINT')} />
      </label>
      <label>
        {t('ADMIN_TAX_GROUP')}
        <input name="taxGroup" maxLength={20} />
      </label>
      <label>
        {t('ADMIN_PHOTO')}
        <input name="photo" type="file" accept="image/jpeg,image/png,image/webp" />
      </label>
      {type === 'COMPOSITE' && (
        <>
          <label>
            {t('ADMIN_PRICE_RULE')}
            <select name="priceRule">
              <option value="HIGHEST">{t('ADMIN_PRICE_RULE_HIGHEST')}</option>
              <option value="AVERAGE">{t('ADMIN_PRICE_RULE_AVERAGE')}</option>
            </select>
          </label>
          <label>
            {t('ADMIN_MAX_FRACTIONS')}
            <select name="maxFractions">
              <option value="2">2</option>
              <option value="3">3</option>
              <option value="4">4</option>
            </select>
          </label>
          <label class="wide">
            {t('ADMIN_FLAVOURS')}
            <textarea name="flavours" rows={3} required placeholder={t('ADMIN_FLAVOURS_HINT')} />
          </label>
        </>
      )}
      {type === 'TIME' && (
        <label>
          {t('ADMIN_TIME_BLOCK')}
          <input name="timeBlockMinutes" type="number" min={1} max={1440} required />
        </label>
      )}
      <ProductOptionsFields type={type} drafts={drafts} onChange={setDrafts} menu={menu} />
      <ProductAliases onSaved={onChange} />
      <div class="wide">
        <button type="submit" class="primary" disabled={busy || categories.length === 0}>
          {t('ADMIN_ADD_PRODUCT')}
        </button>
        <Outcome message={message} failed={failed} />
      </div>
    </form>
  );
}
