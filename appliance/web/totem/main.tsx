import './style.css';
import { render } from 'preact';
import { App } from './components/App';

/* Chefia self-order kiosk (totem): served by the appliance at /totem, on a portrait touch screen. */
render(<App />, document.getElementById('app')!);
