/* Chefia KDS screen: tickets arrive as retained MQTT messages over WebSocket; the screen keeps
   nothing of its own, so after a reload or reconnect it shows exactly the retained (open) set. */
(function () {
  'use strict';
  var STORAGE_KEY = 'chefia.kds.session';
  var WATCHDOG_MS = 3000;
  var state = {
    config: null, texts: {}, offsetMs: 0, session: null, client: null,
    tickets: new Map(), allday: null, recent: null, selectedId: null, lastPacketAt: 0, refused: false,
  };
  var $ = function (id) { return document.getElementById(id); };
  var t = function (key, params) {
    var text = state.texts[key] || key;
    return text.replace(/\{(\w+)\}/g, function (m, name) { return params && name in params ? String(params[name]) : m; });
  };
  var now = function () { return Date.now() + state.offsetMs; };
  var K = window.KdsCards;
  var el = K.el;
  var view = {
    t: t, now: now,
    send: function (ticketId, action, itemId) { send(ticketId, action, itemId); },
    select: function (id) { state.selectedId = id; render(); },
    get selectedId() { return state.selectedId; },
  };
  function showBanner(text) { var b = $('banner'); b.textContent = text; b.hidden = false; }
  function hideBanner() { $('banner').hidden = true; }
  function toast(text) {
    var box = $('toast'); box.textContent = text; box.hidden = false;
    clearTimeout(toast.timer); toast.timer = setTimeout(function () { box.hidden = true; }, 4000);
  }

  async function loadConfig() {
    var started = Date.now();
    var res = await fetch('/kds/config.json', { cache: 'no-store' });
    var config = await res.json();
    state.config = config;
    state.texts = config.texts;
    state.offsetMs = Date.parse(config.serverTime) - Math.round((started + Date.now()) / 2);
    document.querySelectorAll('[data-text]').forEach(function (node) { node.textContent = t(node.getAttribute('data-text')); });
    $('setup-title').textContent = t('KDS_SETUP_TITLE');
    $('recall-button').textContent = t('KDS_RECALL');
    $('signout-button').textContent = t('KDS_SIGN_OUT');
    $('allday-title').textContent = t('KDS_ALLDAY');
    $('recall-title').textContent = t('KDS_RECALL');
    $('keys-help').textContent = t('KDS_KEYS_HELP');
  }

  function stationInfo(code) {
    return state.config.stations.find(function (s) { return s.code === code; }) || { code: code, name: code, isExpo: false };
  }

  // ---- setup: a KITCHEN user's login (then pick the station) or a paired device (station from pairing)
  function showSetup(message) {
    var select = document.querySelector('#setup-form select[name=station]');
    select.innerHTML = '';
    state.config.stations.forEach(function (s) {
      var option = el('option', null, s.name + ' (' + s.code + ')'); option.value = s.code; select.appendChild(option);
    });
    var wanted = new URLSearchParams(location.search).get('station');
    if (wanted) select.value = wanted.toUpperCase();
    var error = $('setup-error'); error.hidden = !message; error.textContent = message || '';
    $('setup').hidden = false;
  }

  async function postJson(path, body) {
    var res = await fetch('/api/v1' + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    var envelope = await res.json();
    if (!envelope.success) throw new Error(envelope.error ? envelope.error.message : String(res.status));
    return envelope.data;
  }

  async function submitSetup(event) {
    event.preventDefault();
    var form = event.target;
    var mode = form.mode.value;
    try {
      var session;
      if (mode === 'user') {
        var login = await postJson('/auth/login', { username: form.username.value.trim(), password: form.password.value });
        session = { mode: 'user', username: form.username.value.trim(), token: login.accessToken, refreshToken: login.refreshToken, station: form.station.value };
      } else {
        var paired = await postJson('/devices/pair', { code: form.code.value.trim() });
        var stations = (paired.device.stations || []).map(function (s) { return s.toUpperCase(); });
        // A device serving several stations shows the one picked here, if it is one of them.
        var station = stations.indexOf(form.station.value) >= 0 ? form.station.value : stations[0] || form.station.value;
        session = { mode: 'device', username: paired.mqttUsername, token: paired.deviceToken, station: station };
      }
      localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
      $('setup').hidden = true;
      start(session);
    } catch (error) {
      showSetup(t('KDS_SETUP_FAILED', { reason: error.message }));
    }
  }

  async function refreshUserToken() {
    var session = state.session;
    if (!session || session.mode !== 'user' || !session.refreshToken) return false;
    try {
      var data = await postJson('/auth/refresh', { refreshToken: session.refreshToken });
      session.token = data.accessToken; session.refreshToken = data.refreshToken;
      localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
      return true;
    } catch (e) {
      return false;
    }
  }

  function signOut() {
    localStorage.removeItem(STORAGE_KEY);
    if (state.client) state.client.end(true);
    state.client = null; state.session = null; state.tickets.clear();
    hideBanner();
    render();
    showSetup();
  }

  // ---- MQTT
  function topic(suffix) { return 'store/' + state.config.storeId + '/kds/' + state.session.station + '/' + suffix; }

  function start(session) {
    state.session = session;
    $('station-name').textContent = t('KDS_TITLE') + ' · ' + stationInfo(session.station).name;
    showBanner(t('KDS_CONNECTING'));
    var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/mqtt';
    var client = mqtt.connect(url, {
      username: session.username, password: session.token, keepalive: 2, reconnectPeriod: 1000, connectTimeout: 4000,
      clean: true, protocolVersion: 4, clientId: 'kds-' + session.station + '-' + Math.random().toString(16).slice(2, 10),
    });
    state.client = client;
    client.on('packetreceive', function () { state.lastPacketAt = Date.now(); });
    client.on('connect', function () {
      state.lastPacketAt = Date.now();
      // A fresh subscription re-delivers every retained ticket: start from nothing so a ticket
      // cleared while we were away cannot linger.
      state.tickets.clear(); state.allday = null; state.recent = null; state.refused = false;
      render();
      client.subscribe([topic('tickets/+'), topic('allday'), topic('recent'), topic('errors')], { qos: 1 }, function (err, granted) {
        if (err || (granted || []).some(function (g) { return g.qos === 128; })) { state.refused = true; showBanner(t('KDS_STATION_REFUSED')); return; }
        hideBanner();
      });
    });
    var lost = function () { if (state.client === client && !state.refused) showBanner(t('KDS_DISCONNECTED')); };
    client.on('offline', lost);
    client.on('close', lost);
    client.on('error', async function (error) {
      lost();
      if (!error || (error.code !== 4 && error.code !== 5)) return;
      client.options.reconnectPeriod = 0;
      if (session.mode === 'user' && (await refreshUserToken())) {
        client.options.password = session.token;
        client.options.reconnectPeriod = 1000;
        client.reconnect();
      } else {
        state.client = null;
        client.end(true);
        hideBanner();
        showSetup(t('KDS_SETUP_FAILED', { reason: error.message }));
      }
    });
    client.on('message', function (name, payload) {
      var text = new TextDecoder().decode(payload);
      if (name.indexOf('/tickets/') > 0) {
        var id = name.slice(name.lastIndexOf('/') + 1);
        if (text.length === 0) state.tickets.delete(id); else state.tickets.set(id, JSON.parse(text));
        render();
      } else if (name.endsWith('/allday')) { state.allday = text ? JSON.parse(text) : null; renderAllday(); }
      else if (name.endsWith('/recent')) { state.recent = text ? JSON.parse(text) : null; renderRecall(); }
      else if (name.endsWith('/errors')) { var e = JSON.parse(text); toast(t('KDS_COMMAND_REFUSED', { reason: e.message })); }
    });
  }

  function send(ticketId, action, itemId) {
    if (!state.client || !state.client.connected) { toast(t('KDS_DISCONNECTED')); return; }
    var command = { ticketId: ticketId, action: action };
    if (itemId) command.itemId = itemId;
    state.client.publish(topic('commands'), JSON.stringify(command), { qos: 1 });
  }

  // ---- rendering
  function sortedTickets() {
    return Array.from(state.tickets.values()).sort(function (a, b) {
      return a.fireAt < b.fireAt ? -1 : a.fireAt > b.fireAt ? 1 : a.timers.createdAt < b.timers.createdAt ? -1 : 1;
    });
  }

  function render() {
    var box = $('tickets');
    var tickets = sortedTickets();
    if (state.selectedId && !state.tickets.has(state.selectedId)) state.selectedId = null;
    box.innerHTML = '';
    if (tickets.length === 0) box.appendChild(el('p', 'empty', t('KDS_NO_TICKETS')));
    tickets.forEach(function (ticket, i) { box.appendChild(K.card(view, ticket, i)); });
    $('counts').textContent = tickets.length + ' ' + t('KDS_TICKETS_COUNT');
  }

  function tick() {
    document.querySelectorAll('.ticket').forEach(function (node) {
      var ticket = state.tickets.get(node.dataset.ticketId);
      if (!ticket) return;
      var timer = K.timerOf(view, ticket);
      node.classList.remove('ok', 'warn', 'late', 'hold');
      node.classList.add(timer.cls);
      node.querySelector('.timer').textContent = timer.text;
    });
    $('clock').textContent = new Date(now()).toLocaleTimeString('pt-BR', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  }

  // With keepalive 2 s a live broker answers at least every ~2 s; silence longer than that means a
  // lost link even when no socket error arrives (Wi-Fi gone, appliance frozen).
  function watchdog() {
    if (state.client && state.client.connected && Date.now() - state.lastPacketAt > WATCHDOG_MS) {
      showBanner(t('KDS_DISCONNECTED'));
      state.client.stream && state.client.stream.destroy();
    }
  }

  function renderAllday() {
    var list = $('allday-list');
    list.innerHTML = '';
    var items = state.allday ? state.allday.items : [];
    if (items.length === 0) list.appendChild(el('li', 'empty-line', t('KDS_ALLDAY_EMPTY')));
    items.forEach(function (item) {
      var li = el('li');
      li.appendChild(el('span', null, item.name));
      li.appendChild(el('b', null, item.unit === 'GRAM' ? item.quantity + ' g' : String(item.quantity)));
      list.appendChild(li);
    });
  }

  function recentTickets() {
    var windowMs = state.config.recallWindowSeconds * 1000;
    return (state.recent ? state.recent.tickets : []).filter(function (r) { return now() - Date.parse(r.bumpedAt) <= windowMs; });
  }

  function renderRecall() {
    var list = $('recall-list');
    list.innerHTML = '';
    var recent = recentTickets();
    if (recent.length === 0) list.appendChild(el('li', 'empty-line', t('KDS_RECALL_EMPTY')));
    recent.forEach(function (r) {
      var li = el('li');
      var button = el('button', null, '#' + r.orderNumber + ' · ' + K.whereText(view, r) + ' · ' + r.items.join(', '));
      button.type = 'button';
      button.dataset.ticketId = r.ticketId;
      button.addEventListener('click', function () { send(r.ticketId, 'recall'); $('recall-panel').hidden = true; });
      li.appendChild(button);
      list.appendChild(li);
    });
  }

  // ---- bump bar / keyboard
  function onKey(event) {
    if (!$('setup').hidden || event.target.tagName === 'INPUT') return;
    var tickets = sortedTickets();
    var index = tickets.findIndex(function (x) { return x.ticketId === state.selectedId; });
    var selected = tickets[index];
    var key = event.key;
    if (/^[1-9]$/.test(key)) { var pick = tickets[Number(key) - 1]; if (pick) state.selectedId = pick.ticketId; render(); }
    else if (key === 'ArrowRight' || key === 'ArrowDown') { var next = tickets[Math.min(tickets.length - 1, index + 1)]; if (next) state.selectedId = next.ticketId; render(); }
    else if (key === 'ArrowLeft' || key === 'ArrowUp') { var prev = tickets[Math.max(0, index - 1)]; if (prev) state.selectedId = prev.ticketId; render(); }
    else if ((key === 'Enter' || key === ' ' || key === 'b' || key === 'B') && (selected || tickets[0])) { send((selected || tickets[0]).ticketId, 'bump'); }
    else if ((key === 'i' || key === 'I' || key === 's' || key === 'S') && (selected || tickets[0])) { send((selected || tickets[0]).ticketId, 'start'); }
    else if (key === 'r' || key === 'R') { var last = recentTickets()[0]; if (last) send(last.ticketId, 'recall'); }
    else if (key === 'Escape') { $('recall-panel').hidden = true; }
    else return;
    event.preventDefault();
  }

  async function main() {
    await loadConfig();
    render(); renderAllday(); renderRecall();
    $('setup-form').addEventListener('submit', submitSetup);
    document.querySelectorAll('#setup-form input[name=mode]').forEach(function (radio) {
      radio.addEventListener('change', function () {
        var device = document.querySelector('#setup-form input[name=mode]:checked').value === 'device';
        document.querySelector('.mode-user').hidden = device;
        document.querySelector('.mode-device').hidden = !device;
      });
    });
    $('recall-button').addEventListener('click', function () { renderRecall(); $('recall-panel').hidden = false; });
    $('recall-panel').addEventListener('click', function (event) { if (event.target.id === 'recall-panel') $('recall-panel').hidden = true; });
    $('signout-button').addEventListener('click', signOut);
    document.addEventListener('keydown', onKey);
    setInterval(tick, 1000);
    setInterval(watchdog, 500);
    var saved = null;
    try { saved = JSON.parse(localStorage.getItem(STORAGE_KEY) || 'null'); } catch (e) { saved = null; }
    // Sessions saved by earlier versions kept the token under `password`, where password managers
    // and anyone reading storage take it for one: move it.
    if (saved && saved.password !== undefined) {
      if (saved.token === undefined) saved.token = saved.password;
      delete saved.password;
      localStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
    }
    if (saved && saved.station) start(saved); else showSetup();
  }

  main().catch(function (error) { showBanner(String(error && error.message || error)); });
})();
