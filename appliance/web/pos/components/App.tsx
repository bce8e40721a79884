import { useEffect } from 'preact/hooks';
import { drawer, findOpenDrawer } from '../state/drawer';
import { loadCatalog } from '../state/catalog';
import { operator, terminalId } from '../state/session';
import { DrawerScreen } from './DrawerScreen';
import { PinScreen } from './PinScreen';
import { SaleScreen } from './SaleScreen';
import { SetupScreen } from './SetupScreen';
import { StatusBar } from './StatusBar';

/** Set up the terminal once, then an operator by PIN, their drawer, and the sale. */
export function App() {
  const current = operator.value;
  useEffect(() => {
    drawer.value = undefined;
    if (!current) return;
    findOpenDrawer().catch(() => {
      drawer.value = null;
    });
    void loadCatalog();
  }, [current?.user.id]);
  let screen;
  if (!terminalId.value) screen = <SetupScreen />;
  else if (!current) screen = <PinScreen />;
  else if (drawer.value === undefined) screen = null;
  else if (!drawer.value) screen = <DrawerScreen />;
  else screen = <SaleScreen />;
  return (
    <div class="app">
      <StatusBar />
      {screen}
    </div>
  );
}
