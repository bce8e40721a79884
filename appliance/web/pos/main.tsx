import './style.css';
import { render } from 'preact';
import { whenIdle } from '../shared/idle';
import { App } from './components/App';
import { CounterScreens } from './components/counter-chunk';
import { bindGlobalKeys } from './global-keys';
import { loadConfig } from './state/config';

/* Chefia POS terminal (frente de caixa): served by the appliance at /pos. */
void loadConfig();
bindGlobalKeys();
render(<App />, document.getElementById('app')!);

// The first screen is the setup or PIN form. The counter's chunk (and with it the live link, the
// outage queue and the customer-display mirror) is fetched when the cashier starts on that screen
// (first key or touch) or once it has been up a moment, whichever comes first: it is there before a
// PIN could have been typed, and it never competes with the first screen or its first keys.
const preloadCounter = () => CounterScreens.preload();
for (const type of ['keydown', 'pointerdown'] as const) addEventListener(type, preloadCounter, { once: true, capture: true, passive: true });
setTimeout(() => whenIdle(preloadCounter, 1000), 2000);
