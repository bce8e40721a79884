import './style.css';
import { render } from 'preact';
import { App } from './components/App';
import { bindNavigation } from './state/route';

/* Chefia back office (retaguarda) and service dashboard: served by the appliance at /admin. */
bindNavigation();
render(<App />, document.getElementById('app')!);
