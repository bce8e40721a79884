import { useEffect } from 'preact/hooks';
import type { ScreenConfig } from '../../shared/device-screen';
import { PairedScreen } from '../../shared/PairedScreen';
import { config, startLive } from '../state/live';
import { startOutbox } from '../state/round';
import { paired, STORAGE_KEY, waiter } from '../state/session';
import { openTableId } from '../state/ui';
import { pairTexts } from '../texts';
import { FloorScreen } from './FloorScreen';
import { LoginScreen } from './LoginScreen';
import { TableScreen } from './TableScreen';
import { TopBar } from './TopBar';

function Waiter() {
  if (!waiter.value) return <LoginScreen />;
  const tableId = openTableId.value;
  return (
    <div class="app">
      <TopBar />
      {tableId ? <TableScreen tableId={tableId} /> : <FloorScreen />}
    </div>
  );
}

const start = (store: ScreenConfig) => {
  config.value = store;
  return () => undefined;
};

/** The phone is paired once (code typed, or `?pair=` in the address); waiters then sign in by PIN. */
export function App() {
  useEffect(() => {
    startLive();
    startOutbox();
  }, []);
  return (
    <PairedScreen page="/garcom" storageKey={STORAGE_KEY} paired={paired} texts={pairTexts} start={start}>
      {() => <Waiter />}
    </PairedScreen>
  );
}
