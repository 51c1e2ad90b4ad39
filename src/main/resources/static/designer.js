/* Serambi menu designer: the preview follows what is typed, before it is saved. The edit page works
   without this script (the preview then shows the saved menu); the script asks the server to render
   the preview from the form being edited and puts it in place. Nothing is saved by it. */
(function () {
  'use strict';

  var wait = 400;
  var timer = null;
  var busy = null;
  var asked = 0;

  function panel() {
    return document.getElementById('pratinjau');
  }

  function show(form) {
    var current = panel();
    if (!current || !window.fetch || !form) return;
    var data = new URLSearchParams(new FormData(form));
    data.set('bagian', form.getAttribute('data-pratinjau'));
    var mine = ++asked;
    if (busy) busy.abort();
    busy = window.AbortController ? new AbortController() : null;
    fetch(current.getAttribute('data-url'), {
      method: 'POST',
      body: data,
      credentials: 'same-origin',
      headers: {'Accept': 'text/html'},
      signal: busy ? busy.signal : undefined
    }).then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.text();
    }).then(function (html) {
      if (mine !== asked) return;
      var t = document.createElement('template');
      t.innerHTML = html;
      var fresh = t.content.getElementById('pratinjau');
      var old = panel();
      if (fresh && old) old.replaceWith(fresh);
    }).catch(function () {
      // the preview keeps what it showed; saving still works as a plain form
    });
  }

  function later(form) {
    clearTimeout(timer);
    timer = setTimeout(function () { show(form); }, wait);
  }

  function previewForm(target) {
    return target && target.closest ? target.closest('form[data-pratinjau]') : null;
  }

  document.addEventListener('input', function (e) {
    var form = previewForm(e.target);
    if (form) later(form);
  });
  document.addEventListener('change', function (e) {
    var form = previewForm(e.target);
    if (form) later(form);
  });
  // Opening an option shows the conversation down to it.
  document.addEventListener('toggle', function (e) {
    var details = e.target;
    if (!details.open) return;
    var form = details.querySelector('form[data-pratinjau]');
    if (form) show(form);
  }, true);

  // A list's button text and sections matter only when the sub-menu is shown as a list.
  function listFields(select) {
    var fieldset = select.closest('fieldset');
    if (!fieldset) return;
    ['api-button', 'api-sections'].forEach(function (name) {
      var input = fieldset.querySelector('[name="' + name + '"]');
      var field = input ? input.closest('.field') : null;
      if (field && !field.classList.contains('has-error')) field.hidden = select.value !== 'list';
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll('select[name="api-type"]'), listFields);
  document.addEventListener('change', function (e) {
    if (e.target.name === 'api-type') listFields(e.target);
  });

  // On a phone the preview opens over the editor, so it can be checked while typing.
  var wrap = document.getElementById('pv-wrap');
  var close = wrap ? wrap.querySelector('.pv-close') : null;
  var narrow = window.matchMedia('(max-width: 63.99rem)');
  var opener = null;

  function closeSheet() {
    if (!wrap || !wrap.classList.contains('is-sheet')) return;
    wrap.classList.remove('is-sheet');
    close.hidden = true;
    document.body.classList.remove('pv-locked');
    if (opener) opener.focus();
  }

  if (wrap && close) {
    document.addEventListener('click', function (e) {
      var link = e.target.closest ? e.target.closest('a.pv-open') : null;
      if (!link || !narrow.matches) return;
      e.preventDefault();
      opener = link;
      // the form beside the link may hold unsaved text the preview has not caught up with
      var form = previewForm(link);
      if (form) show(form);
      wrap.classList.add('is-sheet');
      close.hidden = false;
      document.body.classList.add('pv-locked');
      wrap.scrollTop = 0;
      var p = panel();
      if (p) p.focus({preventScroll: true});
    });
    close.addEventListener('click', closeSheet);
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') closeSheet();
    });
    narrow.addEventListener('change', function () {
      if (!narrow.matches) closeSheet();
    });
  }
  // After a refused save the page opens at its form; the first field with an error takes the focus.
  var invalid = document.querySelector('.designer-edit [aria-invalid="true"]');
  if (invalid) invalid.focus();
})();
