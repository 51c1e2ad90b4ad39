/* Serambi WhatsApp simulator: sends the chat forms without reloading the page. Every form also
   works without this script (a plain post that redirects back), so any failure falls back to it. */
(function () {
  'use strict';

  // The newest message into view: inside the chat where it scrolls by itself (wide screens),
  // else by scrolling the page.
  function end() {
    var e = document.getElementById('akhir'), log = document.querySelector('#live .wa-log');
    if (!e) return;
    if (log && getComputedStyle(log).overflowY === 'auto') log.scrollTop = log.scrollHeight;
    else e.scrollIntoView({block: 'end'});
  }

  function plain(form, submitter) {
    if (submitter && submitter.name) {
      var keep = document.createElement('input');
      keep.type = 'hidden';
      keep.name = submitter.name;
      keep.value = submitter.value;
      form.appendChild(keep);
    }
    HTMLFormElement.prototype.submit.call(form);
  }

  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (!form.hasAttribute('data-live') || !window.fetch || form.getAttribute('aria-busy') === 'true') return;
    e.preventDefault();
    var submitter = e.submitter;
    var data = new URLSearchParams(new FormData(form));
    if (submitter && submitter.name) data.append(submitter.name, submitter.value);
    form.setAttribute('aria-busy', 'true');
    fetch(form.action, {
      method: 'POST',
      body: data,
      credentials: 'same-origin',
      headers: {'Accept': 'text/html', 'X-Serambi-Fragment': '1'}
    }).then(function (r) {
      if (!r.ok && r.status !== 422) throw new Error('HTTP ' + r.status);
      return r.text().then(function (html) {
        var t = document.createElement('template');
        t.innerHTML = html;
        var fresh = t.content.getElementById('live');
        var live = document.getElementById('live');
        if (!fresh || !live) throw new Error('no chat in the answer');
        live.replaceWith(fresh);
        // the tasks panel too: a task just reached shows its best result at once
        var tasks = t.content.getElementById('latihan'), panel = document.getElementById('latihan');
        if (tasks && panel) panel.replaceWith(tasks);
        var box = document.getElementById('pesan');
        if (r.ok && box && (!submitter || submitter.name !== 'tap')) box.value = '';
        form.removeAttribute('aria-busy');
        end();
        if (box && form.id === 'kirim') box.focus({preventScroll: true});
      });
    }).catch(function () {
      form.removeAttribute('aria-busy');
      plain(form, submitter);
    });
  });

  // With a keyboard Enter sends and Shift+Enter starts a new line, as in WhatsApp Web; on a touch
  // screen Enter is a new line, as in the phone app.
  document.addEventListener('keydown', function (e) {
    var box = e.target;
    if (box.id !== 'pesan' || e.key !== 'Enter' || e.shiftKey || e.isComposing
        || window.matchMedia('(pointer: coarse)').matches) return;
    e.preventDefault();
    if (box.form.requestSubmit) box.form.requestSubmit(); else plain(box.form);
  });

  if (!location.hash || location.hash === '#akhir') end();
})();
