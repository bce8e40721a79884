import { type TabView, tables } from '../state/floor';
import { mergeTable, transferItems, transferTab } from '../state/tab-actions';
import { sheet } from '../state/ui';
import { t } from '../texts';

type Mode = 'transfer-tab' | 'transfer-items' | 'merge';

const TITLE: Record<Mode, Parameters<typeof t>[0]> = { 'transfer-tab': 'WAITER_PICK_FREE', 'transfer-items': 'WAITER_PICK_TARGET', merge: 'WAITER_PICK_MERGE' };

/** Picks the other table: a free one for the whole tab, any other for items, an occupied one to merge. */
export function MoveSheet({ tab, mode }: { tab: TabView; mode: Mode }) {
  const others = tables.value.filter((x) => !tab.tableIds.includes(x.id));
  const choices = mode === 'transfer-tab' ? others.filter((x) => !x.currentTabId) : mode === 'merge' ? others.filter((x) => x.currentTabId) : others;
  const pick = (tableId: string) => void (mode === 'transfer-tab' ? transferTab(tab, tableId) : mode === 'merge' ? mergeTable(tab, tableId) : transferItems(tab, tableId));
  return (
    <div class="sheet move" id="move-sheet">
      <h2>{t(TITLE[mode])}</h2>
      {choices.length === 0 && <p class="empty">{t('WAITER_NO_TABLES')}</p>}
      <div class="tables">
        {choices.map((x) => (
          <button type="button" key={x.id} class="table" data-table-id={x.id} onClick={() => pick(x.id)}>
            <span class="label">{x.label}</span>
          </button>
        ))}
      </div>
      <button type="button" onClick={() => (sheet.value = 'more')}>
        {t('WAITER_BACK')}
      </button>
    </div>
  );
}
