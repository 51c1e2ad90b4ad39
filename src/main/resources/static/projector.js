/* Serambi projector: when the room's version changes (joins, answers, the trainer opening
   something), fetch the screen's content again, at most once a second. Server-sent events first,
   polling every 2 s when they fail twice. Without this script the page refreshes itself. */
(function () {
  'use strict';
  var box = document.getElementById('layar');
  if (!box || !window.fetch || !window.JSON) return;
  var base = box.getAttribute('data-base');
  var wanted = shownVersion(), last = 0, busy = false, timer = null, source = null, poller = null, failures = 0;

  function shownVersion() {
    var content = box.firstElementChild;
    return content ? content.getAttribute('data-version') : '';
  }

  function load() {
    timer = null;
    busy = true;
    last = Date.now();
    fetch(base + '/layar/isi', {credentials: 'same-origin', cache: 'no-store'})
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) { if (html) box.innerHTML = html; })
      .catch(function () { /* the next change or poll asks again */ })
      .then(function () { busy = false; schedule(); });
  }

  function schedule() {
    if (busy || timer || wanted === shownVersion()) return;
    timer = setTimeout(load, Math.max(0, last + 1000 - Date.now()));
  }

  function read(text) {
    try { wanted = JSON.parse(text).version; schedule(); } catch (e) { /* ignore a broken answer */ }
  }

  function poll() {
    if (poller) return;
    poller = setInterval(function () {
      fetch(base + '/keadaan', {credentials: 'same-origin', cache: 'no-store'})
        .then(function (r) { return r.ok ? r.text() : null; })
        .then(function (text) { if (text) read(text); })
        .catch(function () { });
    }, 2000);
  }

  /* Leaving the page ends its stream, so a page kept for the back button holds no connection; on
     coming back it is loaded afresh. */
  window.addEventListener('pagehide', function () {
    if (source) { source.close(); source = null; }
    if (poller) { clearInterval(poller); poller = null; }
    if (timer) { clearTimeout(timer); timer = null; }
  });
  window.addEventListener('pageshow', function (e) { if (e.persisted) location.reload(); });

  if (!window.EventSource) { poll(); return; }
  source = new EventSource(base + '/langsung');
  source.addEventListener('keadaan', function (e) { failures = 0; read(e.data); });
  source.onerror = function () {
    failures++;
    if (failures >= 2 && source) { source.close(); source = null; poll(); }
  };
})();
