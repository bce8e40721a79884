/* Chefia KDS screen: tickets arrive as retained MQTT messages over WebSocket; the screen keeps
   nothing of its own, so after a reload or reconnect it shows exactly the retained (open) set. */
import './style.css';
import { ApiError, fetchPageJson, OfflineError } from '../shared/api';
import { kdsLocalMessages } from './messages.pt-BR';
import { brokerUrl, MqttClient } from '../shared/mqtt/client';
import { card, el, refreshLineHolds, timerOf, whereText } from './cards';
import { bindBumpBar } from './keys';
import { forgetSession, type KdsSession, loadSession, loginSession, pairSession, refreshSession, SESSION_RENEW_MS, saveSession } from './session';
import type { KdsAction, KdsAllday, KdsConfig, KdsRecent, KdsTicket, KdsView } from './types';

const WATCHDOG_MS = 3000;
const $ = (id: string) => document.getElementById(id) as HTMLElement;

const state = {
  config: null as unknown as KdsConfig,
  offsetMs: 0,
  session: null as KdsSession | null,
  client: null as MqttClient | null,
  tickets: new Map<string, KdsTicket>(),
  allday: null as KdsAllday | null,
  recent: null as { tickets: KdsRecent[] } | null,
  selectedId: null as string | null,
  lastPacketAt: 0,
  refused: false,
};

function t(key: string, params?: Record<string, string | number>): string {
  const text = state.config?.texts[key] || kdsLocalMessages[key] || key;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (params && name in params ? String(params[name]) : m));
}
const now = () => Date.now() + state.offsetMs;

const view: KdsView = {
  t,
  now,
  send: (ticketId, action, itemId) => send(ticketId, action, itemId),
  select: (id) => {
    state.selectedId = id;
    render();
  },
  get selectedId() {
    return state.selectedId;
  },
};

function showBanner(text: string): void {
  const b = $('banner');
  b.textContent = text;
  b.hidden = false;
}
const hideBanner = () => {
  $('banner').hidden = true;
};
let toastTimer: ReturnType<typeof setTimeout> | undefined;
function toast(text: string): void {
  const box = $('toast');
  box.textContent = text;
  box.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => {
    box.hidden = true;
  }, 4000);
}

async function loadConfig(): Promise<void> {
  const started = Date.now();
  const config = await fetchPageJson<KdsConfig>('/kds/config.json');
  state.config = config;
  state.offsetMs = Date.parse(config.serverTime) - Math.round((started + Date.now()) / 2);
  for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) node.textContent = t(node.getAttribute('data-text')!);
  $('setup-title').textContent = t('KDS_SETUP_TITLE');
  $('recall-button').textContent = t('KDS_RECALL');
  $('signout-button').textContent = t('KDS_SIGN_OUT');
  $('allday-title').textContent = t('KDS_ALLDAY');
  $('recall-title').textContent = t('KDS_RECALL');
  $('keys-help').textContent = t('KDS_KEYS_HELP');
}

const stationInfo = (code: string) => state.config.stations.find((s) => s.code === code) || { code, name: code, isExpo: false };

// ---- setup: a KITCHEN user's login (then pick the station) or a paired device (station from pairing)
function showSetup(message?: string): void {
  const select = document.querySelector('#setup-form select[name=station]') as HTMLSelectElement;
  select.innerHTML = '';
  for (const s of state.config.stations) {
    const option = el('option', null, `${s.name} (${s.code})`) as HTMLOptionElement;
    option.value = s.code;
    select.appendChild(option);
  }
  const wanted = new URLSearchParams(location.search).get('station');
  if (wanted) select.value = wanted.toUpperCase();
  const error = $('setup-error');
  error.hidden = !message;
  error.textContent = message || '';
  $('setup').hidden = false;
}

/** Why signing in failed, in pt-BR: the API's own message, or that the appliance did not answer. */
function setupFailure(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof OfflineError) return t('KDS_SETUP_OFFLINE');
  return t('KDS_SETUP_UNEXPECTED');
}

async function submitSetup(event: Event): Promise<void> {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
  try {
    const session =
      (form.elements.namedItem('mode') as RadioNodeList).value === 'user'
        ? await loginSession(field('username').trim(), field('password'), field('station'))
        : await pairSession(field('code').trim(), field('station'));
    saveSession(session);
    $('setup').hidden = true;
    start(session);
  } catch (error) {
    showSetup(t('KDS_SETUP_FAILED', { reason: setupFailure(error) }));
  }
}

let renewTimer: ReturnType<typeof setInterval> | null = null;

function stopRenewing(): void {
  if (renewTimer) clearInterval(renewTimer);
  renewTimer = null;
}

function signOut(): void {
  stopRenewing();
  forgetSession();
  state.client?.end();
  state.client = null;
  state.session = null;
  state.tickets.clear();
  hideBanner();
  render();
  showSetup();
}

// ---- MQTT
const topic = (suffix: string) => `store/${state.config.storeId}/kds/${state.session!.station}/${suffix}`;

function start(session: KdsSession): void {
  state.session = session;
  $('station-name').textContent = `${t('KDS_TITLE')} · ${stationInfo(session.station).name}`;
  showBanner(t('KDS_CONNECTING'));
  const lost = () => {
    if (state.client === client && !state.refused) showBanner(t('KDS_DISCONNECTED'));
  };
  const client: MqttClient = new MqttClient(
    brokerUrl(),
    { username: session.username, password: session.token, keepaliveSeconds: 2, reconnectMs: 1000, clientId: `kds-${session.station}-${Math.random().toString(16).slice(2, 10)}` },
    {
      packet: () => {
        state.lastPacketAt = Date.now();
      },
      connect: async () => {
        // A fresh subscription re-delivers every retained ticket: start from nothing so a ticket
        // cleared while we were away cannot linger.
        state.tickets.clear();
        state.allday = null;
        state.recent = null;
        state.refused = false;
        render();
        const granted = await client.subscribe([topic('tickets/+'), topic('allday'), topic('recent'), topic('errors')], 1);
        if (granted.some((qos) => qos === 128)) {
          state.refused = true;
          showBanner(t('KDS_STATION_REFUSED'));
          return;
        }
        hideBanner();
      },
      lost,
      refused: async (code) => {
        lost();
        if (await refreshSession(session)) {
          client.reconnect(session.token);
          return;
        }
        state.client = null;
        stopRenewing();
        client.end();
        hideBanner();
        showSetup(t('KDS_SETUP_FAILED', { reason: t(code === 5 ? 'KDS_NOT_AUTHORIZED' : 'KDS_BAD_CREDENTIALS') }));
      },
      message: (name, payload) => receive(name, new TextDecoder().decode(payload)),
    },
  );
  state.client = client;
  state.lastPacketAt = Date.now();
  client.start();
  keepUserSessionAlive(session);
}

/** A user's screen renews its session while it runs (see SESSION_RENEW_MS); signing out stops it. */
function keepUserSessionAlive(session: KdsSession): void {
  stopRenewing();
  if (session.mode === 'user') renewTimer = setInterval(() => void refreshSession(session), SESSION_RENEW_MS);
}

function receive(name: string, text: string): void {
  if (name.indexOf('/tickets/') > 0) {
    const id = name.slice(name.lastIndexOf('/') + 1);
    if (text.length === 0) state.tickets.delete(id);
    else state.tickets.set(id, JSON.parse(text));
    render();
  } else if (name.endsWith('/allday')) {
    state.allday = text ? JSON.parse(text) : null;
    renderAllday();
  } else if (name.endsWith('/recent')) {
    state.recent = text ? JSON.parse(text) : null;
    renderRecall();
  } else if (name.endsWith('/errors')) {
    toast(t('KDS_COMMAND_REFUSED', { reason: JSON.parse(text).message }));
  }
}

/**
 * A bump bar's key bounces, a cook presses twice, a finger taps twice: the second press lands after
 * the bumped ticket has left the screen, on the one that took its place, which was not ready. A
 * whole-ticket bump this soon after the last is taken as the same press, unless a ticket was picked
 * on the bar in between; a cook bumping the next ticket on purpose is slower than this.
 */
const BUMP_REPEAT_GUARD_MS = 600;
let lastTicketBumpAt = Number.NEGATIVE_INFINITY;
/**
 * A tap on a dish line toggles it (done, or back to cooking), and the screen shows the first tap's
 * result within milliseconds: a double tap would mark the dish done and take it back at once. A
 * second tap on the same line this soon is the same tap.
 */
let lastLineTap = { key: '', at: Number.NEGATIVE_INFINITY };

function isRepeatedLineTap(ticketId: string, itemId: string): boolean {
  const key = `${ticketId}/${itemId}`;
  const repeated = lastLineTap.key === key && Date.now() - lastLineTap.at < BUMP_REPEAT_GUARD_MS;
  if (!repeated) lastLineTap = { key, at: Date.now() };
  return repeated;
}

function send(ticketId: string, action: KdsAction, itemId?: string): void {
  if (!state.client?.connected) {
    toast(t('KDS_DISCONNECTED'));
    return;
  }
  if (itemId && isRepeatedLineTap(ticketId, itemId)) return;
  if (action === 'bump' && !itemId) {
    if (Date.now() - lastTicketBumpAt < BUMP_REPEAT_GUARD_MS) return;
    lastTicketBumpAt = Date.now();
  }
  state.client.publish(topic('commands'), JSON.stringify(itemId ? { ticketId, action, itemId } : { ticketId, action }), 1);
}

// ---- rendering
function sortedTickets(): KdsTicket[] {
  return [...state.tickets.values()].sort((a, b) =>
    a.fireAt < b.fireAt ? -1 : a.fireAt > b.fireAt ? 1 : a.timers.createdAt < b.timers.createdAt ? -1 : 1,
  );
}

function render(): void {
  const box = $('tickets');
  const tickets = sortedTickets();
  if (state.selectedId && !state.tickets.has(state.selectedId)) state.selectedId = null;
  box.innerHTML = '';
  if (tickets.length === 0) box.appendChild(el('p', 'empty', t('KDS_NO_TICKETS')));
  tickets.forEach((ticket, i) => box.appendChild(card(view, ticket, i)));
  $('counts').textContent = `${tickets.length} ${t('KDS_TICKETS_COUNT')}`;
}

function tick(): void {
  for (const node of document.querySelectorAll<HTMLElement>('.ticket')) {
    const ticket = state.tickets.get(node.dataset.ticketId!);
    if (!ticket) continue;
    const timer = timerOf(view, ticket);
    node.classList.remove('ok', 'warn', 'late', 'hold');
    node.classList.add(timer.cls);
    node.querySelector('.timer')!.textContent = timer.text;
    refreshLineHolds(view, node, ticket);
  }
  $('clock').textContent = new Date(now()).toLocaleTimeString('pt-BR', { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: state.config.timeZone });
}

// With keepalive 2 s a live broker answers at least every ~2 s; silence longer than that means a
// lost link even when no socket error arrives (Wi-Fi gone, appliance frozen).
function watchdog(): void {
  if (state.client?.connected && Date.now() - state.lastPacketAt > WATCHDOG_MS) {
    showBanner(t('KDS_DISCONNECTED'));
    state.client.dropLink();
  }
}

function renderAllday(): void {
  const list = $('allday-list');
  list.innerHTML = '';
  const items = state.allday ? state.allday.items : [];
  if (items.length === 0) list.appendChild(el('li', 'empty-line', t('KDS_ALLDAY_EMPTY')));
  for (const item of items) {
    const li = el('li');
    li.appendChild(el('span', null, item.name));
    li.appendChild(el('b', null, item.unit === 'GRAM' ? `${item.quantity} g` : String(item.quantity)));
    list.appendChild(li);
  }
}

function recentTickets(): KdsRecent[] {
  const windowMs = state.config.recallWindowSeconds * 1000;
  return (state.recent ? state.recent.tickets : []).filter((r) => now() - Date.parse(r.bumpedAt) <= windowMs);
}

function renderRecall(): void {
  const list = $('recall-list');
  list.innerHTML = '';
  const recent = recentTickets();
  if (recent.length === 0) list.appendChild(el('li', 'empty-line', t('KDS_RECALL_EMPTY')));
  for (const r of recent) {
    const li = el('li');
    const button = el('button', null, `#${r.orderNumber} · ${whereText(view, r)} · ${r.items.join(', ')}`) as HTMLButtonElement;
    button.type = 'button';
    button.dataset.ticketId = r.ticketId;
    button.addEventListener('click', () => {
      send(r.ticketId, 'recall');
      $('recall-panel').hidden = true;
    });
    li.appendChild(button);
    list.appendChild(li);
  }
}

/** A screen switched on before the appliance answers (power back after an outage) tries again by itself. */
const START_RETRY_MS = 5000;

async function configLoaded(): Promise<boolean> {
  try {
    await loadConfig();
    return true;
  } catch {
    showBanner(t('KDS_START_FAILED'));
    setTimeout(() => location.reload(), START_RETRY_MS);
    return false;
  }
}

async function main(): Promise<void> {
  if (!(await configLoaded())) return;
  render();
  renderAllday();
  renderRecall();
  $('setup-form').addEventListener('submit', submitSetup);
  for (const radio of document.querySelectorAll<HTMLInputElement>('#setup-form input[name=mode]')) {
    radio.addEventListener('change', () => {
      const device = document.querySelector<HTMLInputElement>('#setup-form input[name=mode]:checked')!.value === 'device';
      (document.querySelector('.mode-user') as HTMLElement).hidden = device;
      (document.querySelector('.mode-device') as HTMLElement).hidden = !device;
    });
  }
  // A screen opened from the back office's pairing QR code (`/kds?pair=CODE`) comes with its code filled in.
  const pairingCode = new URLSearchParams(location.search).get('pair');
  if (pairingCode) {
    const deviceMode = document.querySelector<HTMLInputElement>('#setup-form input[name=mode][value=device]')!;
    deviceMode.checked = true;
    deviceMode.dispatchEvent(new Event('change'));
    (document.querySelector('#setup-form input[name=code]') as HTMLInputElement).value = pairingCode;
  }
  $('recall-button').addEventListener('click', () => {
    renderRecall();
    $('recall-panel').hidden = false;
  });
  $('recall-panel').addEventListener('click', (event) => {
    if ((event.target as HTMLElement).id === 'recall-panel') $('recall-panel').hidden = true;
  });
  $('signout-button').addEventListener('click', signOut);
  bindBumpBar({
    active: () => $('setup').hidden,
    tickets: sortedTickets,
    selectedId: () => state.selectedId,
    select: (id) => {
      state.selectedId = id;
      // Picking a ticket on the bar (a number, an arrow) is a new intent: its bump is not a repeat.
      lastTicketBumpAt = Number.NEGATIVE_INFINITY;
      render();
    },
    send,
    lastRecent: () => recentTickets()[0],
    closeRecall: () => {
      $('recall-panel').hidden = true;
    },
  });
  setInterval(tick, 1000);
  setInterval(watchdog, 500);
  const saved = loadSession();
  if (saved) start(saved);
  else showSetup();
}

main().catch(() => showBanner(t('KDS_START_UNEXPECTED')));
