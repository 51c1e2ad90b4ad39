/* Serambi quizzes: saves answers as they are given, so a closed tab or a lost connection loses
   nothing. The form works without this script; this only saves sooner. */
(function () {
  'use strict';
  var form = document.querySelector('form[data-autosave]');
  if (!form || !window.fetch || !window.URLSearchParams) return;
  var status = document.getElementById('status-simpan');
  var timer = null, pending = false, busy = false;

  function save() {
    timer = null;
    if (busy) { pending = true; return; }
    busy = true;
    var data = new URLSearchParams(new FormData(form));
    fetch(form.action, {
      method: 'POST',
      body: data,
      credentials: 'same-origin',
      headers: {'X-Serambi-Fragment': '1'}
    }).then(function (r) {
      return r.text().then(function (text) {
        if (status && (r.ok || r.status === 422)) status.textContent = text;
      });
    }).catch(function () {
      /* offline: the answers stay in the form and are sent with the next save */
    }).then(function () {
      busy = false;
      if (pending) { pending = false; save(); }
    });
  }

  function later(delay) {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, delay);
  }

  form.addEventListener('change', function () { later(150); });
  form.addEventListener('input', function (e) {
    if (e.target.type === 'text' || e.target.tagName === 'TEXTAREA') later(800);
  });
})();
