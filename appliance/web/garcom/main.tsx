import './style.css';
import { render } from 'preact';
import { App } from './components/App';

/* Chefia waiter app (garçom): served by the appliance at /garcom, on the waiters' phones. */
render(<App />, document.getElementById('app')!);
