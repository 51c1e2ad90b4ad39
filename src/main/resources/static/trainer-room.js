/* Serambi trainer's page: the phones asking to rejoin and the roster follow the room without a
   reload. When the room changes (a join, an answer, a phone connecting) and at least every 5 s,
   the part is fetched again, at most every 2 s, and put in place of the old one, unless the
   trainer is choosing a seat for a phone at that moment. Without this script a reload shows the
   same. */
(function () {
  'use strict';
  var box = document.getElementById('ruang-langsung');
  if (!box || !window.fetch || !window.DOMParser) return;
  var url = box.getAttribute('data-live');
  if (!url) return;
  var base = url.substring(0, url.lastIndexOf('/'));
  var last = 0, busy = false, timer = null, shown = box.innerHTML;

  /* A control of a request in focus, or a seat chosen in the last 20 s, is the trainer at work. */
  var touched = 0;
  box.addEventListener('change', function (e) {
    if (e.target.closest && e.target.closest('.room-requests')) touched = Date.now();
  });
  function choosing() {
    var active = document.activeElement;
    if (active && active.closest && box.contains(active) && active.closest('.room-requests')) return true;
    return Date.now() - touched < 20000;
  }

  function load() {
    timer = null;
    if (choosing()) { schedule(2000); return; }
    busy = true;
    last = Date.now();
    fetch(url, {credentials: 'same-origin', cache: 'no-store'})
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (!html || choosing()) return;
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('ruang-langsung');
        if (!fresh || fresh.innerHTML === shown) return;
        var table = box.querySelector('.room-table'), left = table ? table.scrollLeft : 0;
        box.innerHTML = fresh.innerHTML;
        shown = fresh.innerHTML;
        table = box.querySelector('.room-table');
        if (table) table.scrollLeft = left;
      })
      .catch(function () { /* the next change or the next round asks again */ })
      .then(function () { busy = false; schedule(5000); });
  }

  function schedule(after) {
    if (busy) return;
    var at = Math.max(last + 2000, Date.now() + after);
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(load, Math.max(0, at - Date.now()));
  }

  var source = null, failures = 0;
  schedule(5000);
  if (window.EventSource) {
    source = new EventSource(base + '/langsung');
    source.addEventListener('keadaan', function () { failures = 0; schedule(0); });
    source.onerror = function () {
      failures++;
      if (failures >= 2 && source) { source.close(); source = null; }
    };
  }
  /* Leaving the page ends its stream, so a page kept for the back button holds no connection; on
     coming back it is loaded afresh. */
  window.addEventListener('pagehide', function () {
    if (source) { source.close(); source = null; }
    if (timer) { clearTimeout(timer); timer = null; }
  });
  window.addEventListener('pageshow', function (e) { if (e.persisted) location.reload(); });
})();
