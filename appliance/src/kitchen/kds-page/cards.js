/* Chefia KDS: the ticket card. `view` gives the texts (t), the server-aligned clock (now), the
   selected ticket and the actions (send, select) of the page in app.js. */
(function () {
  'use strict';
  var el = function (tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  var mmss = function (seconds) {
    var s = Math.max(0, Math.floor(seconds));
    return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
  };

  function whereText(view, ticket) {
    var table = ticket.table ? view.t('KDS_TABLE') + ' ' + ticket.table : '';
    if (ticket.channel === 'TABLE' && table) return table;
    return [view.t('KDS_CHANNEL_' + ticket.channel), table].filter(Boolean).join(' · ');
  }

  function timerOf(view, ticket) {
    var fromFire = (view.now() - Date.parse(ticket.fireAt)) / 1000;
    if (fromFire < 0) return { cls: 'hold', text: view.t('KDS_STARTS_IN') + ' ' + mmss(-fromFire) };
    var cls = fromFire >= ticket.timers.lateAfterSeconds ? 'late' : fromFire >= ticket.timers.warnAfterSeconds ? 'warn' : 'ok';
    return { cls: cls, text: mmss(fromFire) };
  }

  function card(view, ticket, position) {
    var timer = timerOf(view, ticket);
    var node = el('article', 'ticket ' + timer.cls + (ticket.ticketId === view.selectedId ? ' selected' : ''));
    node.dataset.ticketId = ticket.ticketId;
    node.dataset.status = ticket.status;
    var head = el('header');
    if (position < 9) head.appendChild(el('span', 'pos', String(position + 1)));
    head.appendChild(el('span', 'num', '#' + ticket.orderNumber));
    head.appendChild(el('span', 'where', whereText(view, ticket)));
    head.appendChild(el('span', 'timer', timer.text));
    node.appendChild(head);
    var live = ticket.items.filter(function (i) { return i.status !== 'VOIDED'; });
    if (ticket.kind === 'EXPO' && live.length > 0 && live.every(function (i) { return i.status === 'DONE'; })) node.appendChild(el('div', 'status ready', view.t('KDS_ALL_READY')));
    var list = el('ol', 'items');
    live.forEach(function (item) {
      var li = el('li', 'item ' + item.status);
      li.dataset.itemId = item.itemId;
      li.appendChild(el('span', 'qty', item.unit === 'GRAM' ? item.quantity + ' g' : item.quantity + '×'));
      li.appendChild(el('span', 'name', item.name));
      if (ticket.kind === 'EXPO') li.appendChild(el('span', 'tag', item.station));
      if (item.modifiers.length) {
        var mods = el('ul', 'mods');
        item.modifiers.forEach(function (m) { mods.appendChild(el('li', null, m)); });
        li.appendChild(mods);
      }
      if (item.notes) li.appendChild(el('p', 'notes', view.t('KDS_NOTES') + ' ' + item.notes));
      li.addEventListener('click', function (event) {
        event.stopPropagation();
        view.send(ticket.ticketId, item.status === 'DONE' ? 'recall' : 'bump', item.itemId);
      });
      list.appendChild(li);
    });
    node.appendChild(list);
    var foot = el('footer');
    if (ticket.status === 'OPEN') {
      var startButton = el('button', 'start', view.t('KDS_START'));
      startButton.type = 'button';
      startButton.addEventListener('click', function (event) { event.stopPropagation(); view.send(ticket.ticketId, 'start'); });
      foot.appendChild(startButton);
    }
    var bump = el('button', 'bump', view.t('KDS_BUMP'));
    bump.type = 'button';
    bump.addEventListener('click', function (event) { event.stopPropagation(); view.send(ticket.ticketId, 'bump'); });
    foot.appendChild(bump);
    node.appendChild(foot);
    node.addEventListener('click', function () { view.select(ticket.ticketId); });
    return node;
  }

  window.KdsCards = { el: el, mmss: mmss, whereText: whereText, timerOf: timerOf, card: card };
})();
