import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { type FloorStatus, floorStatus, sections, tabs } from '../state/floor';
import { openTableId } from '../state/ui';
import { sinceText, t } from '../texts';

export const STATUS_TEXT: Record<FloorStatus, Parameters<typeof t>[0]> = {
  FREE: 'WAITER_STATUS_FREE',
  RESERVED: 'WAITER_STATUS_RESERVED',
  OCCUPIED: 'WAITER_STATUS_OCCUPIED',
  WAITING: 'WAITER_STATUS_WAITING',
  READY: 'WAITER_STATUS_READY',
  BILL: 'WAITER_STATUS_BILL',
  CLOSING: 'WAITER_STATUS_CLOSING',
};

/** The clock the "há N min" labels read; a minute's resolution is all they show. */
const now = signal(Date.now());

/** The floor plan by section: each table's live status and how long it has been so. */
export function FloorScreen() {
  useEffect(() => {
    now.value = Date.now();
    const timer = setInterval(() => (now.value = Date.now()), 20_000);
    return () => clearInterval(timer);
  }, []);
  const open = tabs.value;
  return (
    <main class="floor" id="floor">
      {sections.value.map((section) => (
        <section key={section.id}>
          <h2>{section.name}</h2>
          <div class="tables">
            {section.tables.map((table) => {
              const { status, sinceMs } = floorStatus(table, table.currentTabId ? open.get(table.currentTabId) : undefined);
              return (
                <button type="button" key={table.id} class={`table ${status}`} data-table-id={table.id} data-status={status} onClick={() => (openTableId.value = table.id)}>
                  <span class="label">{table.label}</span>
                  <span class="state">{t(STATUS_TEXT[status])}</span>
                  {status !== 'FREE' && <span class="since">{sinceText(sinceMs, now.value)}</span>}
                </button>
              );
            })}
          </div>
        </section>
      ))}
    </main>
  );
}
