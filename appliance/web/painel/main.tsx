import './style.css';
import { render } from 'preact';
import { App } from './components/App';

/* Chefia order-ready board (painel de pedidos): served by the appliance at /painel, on a TV by the counter. */
render(<App />, document.getElementById('app')!);
