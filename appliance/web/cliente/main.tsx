import './style.css';
import { render } from 'preact';
import { App } from './components/App';

/* Chefia customer-facing display (tela do cliente): served by the appliance at /cliente, next to a POS terminal. */
render(<App />, document.getElementById('app')!);
