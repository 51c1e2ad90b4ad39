// "Salin" (copy) buttons for blocks marked data-copy; the poster's print button. Optional.
(function () {
  'use strict';
  var d = document, page = d.querySelector('[data-copy-label]'), status = d.getElementById('copy-status');

  function say(text) { if (status) { status.textContent = text; } }

  function select(el) {
    var range = d.createRange(), sel = getSelection();
    range.selectNodeContents(el);
    sel.removeAllRanges();
    sel.addRange(range);
  }

  // No Clipboard API outside a secure context (a workshop laptop reached by its address)
  function legacyCopy(pre) {
    select(pre);
    try { return d.execCommand('copy'); } catch (e) { return false; }
  }

  function addButton(pre) {
    var label = d.getElementById(pre.dataset.copy), button = d.createElement('button'),
        text = d.createElement('span'), data = page.dataset;
    button.type = 'button';
    button.className = 'copy-button';
    text.textContent = data.copyLabel;
    button.appendChild(text);
    if (label) {
      var name = d.createElement('span');
      name.className = 'visually-hidden';
      name.textContent = ': ' + label.textContent;
      button.appendChild(name);
    }
    function done() {
      text.textContent = data.copiedLabel;
      say(data.copiedLabel);
      setTimeout(function () { text.textContent = data.copyLabel; }, 2000);
    }
    function fallback() {
      if (legacyCopy(pre)) { done(); } else { select(pre); say(data.selectedLabel); }
    }
    button.addEventListener('click', function () {
      if (navigator.clipboard && isSecureContext) {
        navigator.clipboard.writeText(pre.textContent).then(done, fallback);
      } else {
        fallback();
      }
    });
    pre.parentNode.insertBefore(button, pre.nextSibling);
  }

  if (page) { d.querySelectorAll('pre[data-copy]').forEach(addButton); }
  d.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { print(); });
  });
}());
