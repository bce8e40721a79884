import { startLive } from '../state/live';
import { startOutbox } from '../state/round';
import { openTableId } from '../state/ui';
import { FloorScreen } from './FloorScreen';
import { TableScreen } from './TableScreen';
import { TopBar } from './TopBar';

/** The signed-in waiter's screens: the floor plan, or one table. */
export function Waiter() {
  const tableId = openTableId.value;
  return (
    <div class="app">
      <TopBar />
      {tableId ? <TableScreen tableId={tableId} /> : <FloorScreen />}
    </div>
  );
}

/**
 * The live floor and the outbox of unsent rounds start with this chunk (loaded when the phone is
 * idle after the PIN screen, or at sign-in): they wait for a waiter, so the PIN screen never waits
 * for them.
 */
export function startWaiter(): typeof Waiter {
  startLive();
  startOutbox();
  return Waiter;
}
