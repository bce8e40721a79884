import { useState } from 'preact/hooks';
import { FloorGrid } from '../components/FloorGrid';
import { Outcome } from '../components/Outcome';
import { type Cell, cellKey, cellsOf, firstFreeCell, type FloorLayout, type FloorTable } from '../state/floor';
import { formFields, useAction, useQuery } from '../state/load';
import { api } from '../state/session';
import { InputError, t } from '../texts';

/** The floor editor: layouts and their sections, each a grid where tables are dragged into place. */
export function FloorPage() {
  const layouts = useQuery(async () => (await api.get('/api/v1/table-layouts')) as FloorLayout[], 'table-layouts');
  const [layoutId, setLayoutId] = useState<string | null>(null);
  const [sectionId, setSectionId] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [run, busy, message, failed] = useAction();
  const layout = layouts.data?.find((l) => l.id === layoutId) ?? layouts.data?.[0] ?? null;
  const section = layout?.sections.find((s) => s.id === sectionId) ?? layout?.sections[0] ?? null;
  const selected = section?.tables.find((tb) => tb.id === selectedId) ?? null;

  const place = (table: FloorTable, cell: Cell) =>
    run(async () => {
      await api.put('/api/v1/tables/{id}/placement', { params: { path: { id: table.id } }, body: cell });
      await layouts.reload();
      return t('ADMIN_FLOOR_PLACED', { label: table.label, col: cell.gridCol + 1, row: cell.gridRow + 1 });
    });
  const addTable = (event: Event) => {
    const fields = formFields(event);
    const form = event.currentTarget as HTMLFormElement;
    void run(async () => {
      if (!section) throw new InputError(t('ADMIN_FLOOR_NO_SECTION'));
      const taken = new Set([...cellsOf(section.tables).values()].map(cellKey));
      const cell = firstFreeCell(taken);
      if (!cell) throw new InputError(t('ADMIN_FLOOR_FULL'));
      const table = await api.post('/api/v1/tables', { body: { sectionId: section.id, label: fields.label, capacity: Number(fields.capacity), ...cell } });
      form.reset();
      await layouts.reload();
      setSelectedId(table.id);
      return t('ADMIN_FLOOR_TABLE_ADDED', { label: table.label });
    });
  };
  const saveCapacity = (event: Event) => {
    const fields = formFields(event);
    void run(async () => {
      if (!selected) throw new InputError(t('ADMIN_FLOOR_PICK_TABLE'));
      await api.patch('/api/v1/tables/{id}', { params: { path: { id: selected.id } }, body: { label: fields.label, capacity: Number(fields.capacity), seats: Number(fields.capacity) } });
      await layouts.reload();
      return t('ADMIN_SAVED');
    });
  };
  const addSection = (event: Event) => {
    const fields = formFields(event);
    const form = event.currentTarget as HTMLFormElement;
    void run(async () => {
      if (!layout) throw new InputError(t('ADMIN_FLOOR_NO_LAYOUT'));
      const added = await api.post('/api/v1/table-layouts/{id}/sections', { params: { path: { id: layout.id } }, body: { name: fields.name } });
      form.reset();
      await layouts.reload();
      setSectionId(added.id);
      return t('ADMIN_SAVED');
    });
  };
  const addLayout = (event: Event) => {
    const fields = formFields(event);
    const form = event.currentTarget as HTMLFormElement;
    void run(async () => {
      const created = (await api.post('/api/v1/table-layouts', { body: { name: fields.name, sections: [{ name: fields.section, tables: [] }] } })) as FloorLayout;
      form.reset();
      await layouts.reload();
      setLayoutId(created.id);
      setSectionId(null);
      return t('ADMIN_SAVED');
    });
  };

  return (
    <>
      <h1>
        {t('ADMIN_NAV_FLOOR')}
        {(layouts.data?.length ?? 0) > 1 && (
          <select aria-label={t('ADMIN_FLOOR_LAYOUT')} value={layout?.id} onChange={(e) => setLayoutId((e.currentTarget as HTMLSelectElement).value)}>
            {layouts.data!.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        )}
      </h1>
      {layouts.error && <p class="error">{layouts.error}</p>}
      <div class="floor-layout">
        <section class="card" id="floor">
          <div class="section-tabs" role="group" aria-label={t('ADMIN_FLOOR_SECTIONS')}>
            {(layout?.sections ?? []).map((s) => (
              <button key={s.id} type="button" aria-pressed={s.id === section?.id} onClick={() => setSectionId(s.id)}>
                {s.name} ({s.tables.length})
              </button>
            ))}
          </div>
          {section ? <FloorGrid tables={section.tables} selectedId={selectedId} onSelect={setSelectedId} onPlace={place} /> : <p class="hint">{t('ADMIN_FLOOR_NO_LAYOUT')}</p>}
          <p class="hint">{t('ADMIN_FLOOR_GRID_HINT')}</p>
          <Outcome message={message} failed={failed} />
        </section>
        <aside class="card floor-side">
          {selected && (
            <form id="floor-table-form" key={selected.id} onSubmit={saveCapacity}>
              <h2>{t('ADMIN_FLOOR_TABLE', { label: selected.label })}</h2>
              <label>
                {t('ADMIN_FLOOR_LABEL')}
                <input name="label" required maxLength={20} defaultValue={selected.label} />
              </label>
              <label>
                {t('ADMIN_FLOOR_CAPACITY')}
                <input name="capacity" type="number" min={1} max={50} required defaultValue={String(selected.capacity)} />
              </label>
              <button type="submit" disabled={busy}>
                {t('ADMIN_SAVE')}
              </button>
            </form>
          )}
          <form id="floor-add-table" onSubmit={addTable}>
            <h2>{t('ADMIN_FLOOR_ADD_TABLE')}</h2>
            <label>
              {t('ADMIN_FLOOR_LABEL')}
              <input name="label" required maxLength={20} />
            </label>
            <label>
              {t('ADMIN_FLOOR_CAPACITY')}
              <input name="capacity" type="number" min={1} max={50} defaultValue="4" required />
            </label>
            <button type="submit" class="primary" disabled={busy || !section}>
              {t('ADMIN_FLOOR_ADD_TABLE')}
            </button>
          </form>
          <form id="floor-add-section" onSubmit={addSection}>
            <label>
              {t('ADMIN_FLOOR_NEW_SECTION')}
              <input name="name" required maxLength={80} placeholder={t('ADMIN_FLOOR_SECTION_PLACEHOLDER')} />
            </label>
            <button type="submit" disabled={busy || !layout}>
              {t('ADMIN_FLOOR_ADD_SECTION')}
            </button>
          </form>
          <form id="floor-add-layout" onSubmit={addLayout}>
            <label>
              {t('ADMIN_FLOOR_NEW_LAYOUT')}
              <input name="name" required maxLength={80} />
            </label>
            <label>
              {t('ADMIN_FLOOR_FIRST_SECTION')}
              <input name="section" required maxLength={80} defaultValue={t('ADMIN_FLOOR_SECTION_DEFAULT')} />
            </label>
            <button type="submit" disabled={busy}>
              {t('ADMIN_FLOOR_ADD_LAYOUT')}
            </button>
          </form>
        </aside>
      </div>
    </>
  );
}
