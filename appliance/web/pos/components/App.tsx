import { operator, terminalId } from '../state/session';
import { CounterScreens } from './counter-chunk';
import { PinScreen } from './PinScreen';
import { SetupScreen } from './SetupScreen';
import { StatusBar } from './StatusBar';

/** Set up the terminal once, then an operator by PIN, their drawer, and the sale. */
export function App() {
  let screen;
  if (!terminalId.value) screen = <SetupScreen />;
  else if (!operator.value) screen = <PinScreen />;
  else screen = <CounterScreens />;
  return (
    <div class="app">
      <StatusBar />
      {screen}
    </div>
  );
}
