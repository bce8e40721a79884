import './style.css';
import { render } from 'preact';
import { preloadScreenConfig } from '../shared/device-screen';
import { App } from './components/App';

/* Chefia waiter app (garçom): served by the appliance at /garcom, on the waiters' phones. */
preloadScreenConfig('/garcom');
render(<App />, document.getElementById('app')!);
