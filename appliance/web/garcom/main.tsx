import './style.css';
import { render } from 'preact';
import { preloadScreenConfig } from '../shared/device-screen';
import { whenIdle } from '../shared/idle';
import { App, WaiterScreens } from './components/App';

/* Chefia waiter app (garçom): served by the appliance at /garcom, on the waiters' phones. */
preloadScreenConfig('/garcom');
render(<App />, document.getElementById('app')!);
// The floor, the live link and the outbox of unsent rounds are not needed to type a PIN.
whenIdle(() => WaiterScreens.preload(), 1000);
