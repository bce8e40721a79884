import type { ScreenConfig } from '../../shared/device-screen';
import { PairedScreen } from '../../shared/PairedScreen';
import { config, paired, STORAGE_KEY, waiter } from '../state/session';
import { pairTexts } from '../texts';
import { LoginScreen } from './LoginScreen';
import { WaiterScreens } from './waiter-chunk';

const start = (store: ScreenConfig) => {
  config.value = store;
  return () => undefined;
};

/** The phone is paired once (code typed, or `?pair=` in the address); waiters then sign in by PIN. */
export function App() {
  return (
    <PairedScreen page="/garcom" storageKey={STORAGE_KEY} paired={paired} texts={pairTexts} start={start}>
      {() => (waiter.value ? <WaiterScreens /> : <LoginScreen />)}
    </PairedScreen>
  );
}
