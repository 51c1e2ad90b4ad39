/* Serambi workshops: the phone follows the trainer. The layout names the room in
   <meta name="serambi-room">, with the item open when the page was made and its address. On the
   waiting page a newly opened item is opened at once (a quiz at its first question); on the page of an item the trainer closed,
   the answers are saved first and the phone goes back to the waiting page. Server-sent events
   first; polling every 2 s when EventSource is missing or fails twice. Without this script the
   waiting page refreshes itself. */
(function () {
  'use strict';
  var meta = document.querySelector('meta[name="serambi-room"]');
  if (!meta || !window.JSON) return;
  var base = meta.getAttribute('content'), known = meta.getAttribute('data-item') || '',
      url = meta.getAttribute('data-url') || '', path = location.pathname;
  var waiting = path === base + '/tunggu';
  var onItem = known !== '' && url !== '' && (path === url || path.indexOf(url + '/') === 0);
  if (!waiting && !onItem) return;
  var source = null, poller = null, failures = 0, leaving = false;

  function stop() {
    if (source) { source.close(); source = null; }
    if (poller) { clearInterval(poller); poller = null; }
  }

  /* A quiz page keeps its answers on the server: send what is in the form before leaving. */
  function saveFirst(then) {
    var form = document.querySelector('form[data-autosave]');
    if (!form || !window.fetch || !window.FormData || !window.URLSearchParams) { then(); return; }
    var done = false;
    function once() { if (!done) { done = true; then(); } }
    setTimeout(once, 3000);
    fetch(form.action, {
      method: 'POST', body: new URLSearchParams(new FormData(form)), credentials: 'same-origin',
      headers: {'X-Serambi-Fragment': '1'}
    }).then(once, once);
  }

  function go(target, start) {
    if (leaving) return;
    leaving = true;
    stop();
    saveFirst(function () { if (start) post(start); else location.assign(target); });
  }

  /* A quiz the trainer opened is begun at once: its start is a form post, as the button's would be. */
  function post(action) {
    var form = document.createElement('form');
    form.method = 'post';
    form.action = action;
    var token = document.createElement('input');
    token.type = 'hidden';
    token.name = '_csrf';
    token.value = meta.getAttribute('data-csrf') || '';
    form.appendChild(token);
    document.body.appendChild(form);
    form.submit();
  }

  function follow(room) {
    var item = room.item ? room.item.code : '';
    if (item === known && room.state === 'open') return;
    if (waiting) {
      var opened = item && room.state === 'open';
      go(opened ? room.item.url : base + '/tunggu', opened ? room.item.start : '');
    } else {
      go(base + '/tunggu?ditutup=' + encodeURIComponent(known));
    }
  }

  function read(text) {
    try { follow(JSON.parse(text)); } catch (e) { /* a half-read answer: the next one will do */ }
  }

  function poll() {
    if (poller || !window.fetch) return;
    poller = setInterval(function () {
      fetch(base + '/keadaan', {credentials: 'same-origin', cache: 'no-store'})
        .then(function (r) { return r.ok ? r.text() : null; })
        .then(function (text) { if (text) read(text); })
        .catch(function () { /* offline for a moment: ask again in 2 s */ });
    }, 2000);
  }

  /* Leaving the page ends its stream, so a page kept for the back button holds no connection (a
     browser has few for one server); on coming back it is loaded afresh, as the room moved on. */
  window.addEventListener('pagehide', stop);
  window.addEventListener('pageshow', function (e) { if (e.persisted) location.reload(); });

  if (!window.EventSource) { poll(); return; }
  source = new EventSource(base + '/langsung');
  source.addEventListener('keadaan', function (e) { failures = 0; read(e.data); });
  source.onerror = function () {
    failures++;
    if (failures >= 2 && source) { source.close(); source = null; poll(); }
  };
})();
