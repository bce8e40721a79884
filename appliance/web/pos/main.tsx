import './style.css';
import { render } from 'preact';
import { App } from './components/App';
import { bindGlobalKeys } from './keyboard';
import { mirrorToCustomerDisplay } from './state/customer-display';
import { loadConfig, startLive } from './state/live';
import { startOutbox } from './state/queued-sale';

/* Chefia POS terminal (frente de caixa): served by the appliance at /pos. */
void loadConfig().then(startLive);
startOutbox();
bindGlobalKeys();
mirrorToCustomerDisplay();
render(<App />, document.getElementById('app')!);
