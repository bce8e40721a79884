import './style.css';
import { render } from 'preact';
import { whenIdle } from '../shared/idle';
import { App } from './components/App';
import { bindGlobalKeys } from './keyboard';
import { mirrorToCustomerDisplay } from './state/customer-display';
import { loadConfig, startLive } from './state/live';
import { startOutbox } from './state/queued-sale';

/* Chefia POS terminal (frente de caixa): served by the appliance at /pos. */
void loadConfig().then(startLive);
bindGlobalKeys();
render(<App />, document.getElementById('app')!);
// Neither is needed before an operator signs in: opening the outage queue's IndexedDB and setting
// up the customer-display mirror wait until the first screen is up instead of delaying it.
whenIdle(() => {
  startOutbox();
  mirrorToCustomerDisplay();
}, 1000);
