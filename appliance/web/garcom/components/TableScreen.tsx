import { useState } from 'preact/hooks';
import { lazyComponent } from '../../shared/lazy';
import { formatCents } from '../../shared/money';
import { floorStatus, liveItems, type TabView, tables, tabs } from '../state/floor';
import { draftOf, sendRound } from '../state/round';
import { openTab } from '../state/tab-actions';
import { sheet } from '../state/ui';
import { t } from '../texts';
import { DraftLines } from './DraftLines';
import { STATUS_TEXT } from './FloorScreen';
import { MenuSheet } from './MenuSheet';
import { TabItems } from './TabItems';

const TabSheet = lazyComponent(() => import('./TabSheet').then((m) => m.TabSheet));

function OpenTab({ tableId, seats }: { tableId: string; seats: number }) {
  const [guests, setGuests] = useState(Math.min(seats, 2));
  return (
    <form
      class="open-tab"
      id="open-tab"
      onSubmit={(event) => {
        event.preventDefault();
        void openTab(tableId, guests);
      }}
    >
      <p>{t('WAITER_FREE_TABLE')}</p>
      <div class="stepper">
        <button type="button" aria-label="−" onClick={() => setGuests(Math.max(1, guests - 1))}>
          −
        </button>
        <output id="guests">{guests}</output>
        <button type="button" id="more-guests" aria-label="+" onClick={() => setGuests(Math.min(50, guests + 1))}>
          +
        </button>
      </div>
      <button type="submit" class="primary">
        {t('WAITER_OPEN_TAB')}
      </button>
    </form>
  );
}

/** The round being taken and the action bar: they alone follow the draft, so a tap redraws only them. */
function RoundAndActions({ tab }: { tab: TabView }) {
  const count = draftOf(tab.id).length;
  return (
    <>
      {count > 0 && (
        <section class="draft" id="round">
          <h2>{t('WAITER_NEW_ROUND')}</h2>
          <DraftLines tabId={tab.id} />
        </section>
      )}
      <nav class="actions">
        <button type="button" id="add-items" onClick={() => (sheet.value = 'menu')}>
          {t('WAITER_ADD_ITEMS')}
        </button>
        {count > 0 ? (
          <button type="button" class="primary" id="send-round" onClick={() => void sendRound(tab.id)}>
            {t('WAITER_SEND_ROUND', { count })}
          </button>
        ) : (
          <button type="button" id="more" onClick={() => (sheet.value = 'more')}>
            {t('WAITER_MORE')}
          </button>
        )}
      </nav>
    </>
  );
}

/** One table: its tab's items with their kitchen status, the round being taken, and the actions. */
export function TableScreen({ tableId }: { tableId: string }) {
  const table = tables.value.find((x) => x.id === tableId);
  if (!table) return null;
  const tab = table.currentTabId ? tabs.value.get(table.currentTabId) : undefined;
  const { status } = floorStatus(table, tab);
  const open = sheet.value;
  return (
    <main class="table-screen" id="table" data-status={status}>
      <h1>
        {t('WAITER_TABLE', { label: table.label })} <span class={`chip ${status}`}>{t(STATUS_TEXT[status])}</span>
      </h1>
      {!tab ? (
        table.currentTabId ? null : <OpenTab tableId={table.id} seats={table.seats} />
      ) : (
        <>
          <p class="guests">
            {t('WAITER_GUESTS')}: {tab.guests ?? '–'} · {t('WAITER_TOTAL')} <strong id="tab-total">{formatCents(tab.totalCents)}</strong>
          </p>
          {liveItems(tab).length === 0 ? <p class="empty">{t('WAITER_NO_ITEMS')}</p> : <TabItems tab={tab} />}
          <RoundAndActions tab={tab} />
          {open === 'menu' && <MenuSheet tab={tab} />}
          {open && open !== 'menu' && <TabSheet tab={tab} open={open} />}
        </>
      )}
    </main>
  );
}
