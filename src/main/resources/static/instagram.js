// The Instagram planner's small helpers, all optional: the caption's count and preview as it is
// typed, and the print button of the printable calendar.
(function () {
  'use strict';
  var d = document;
  var caption = d.querySelector('[data-caption]');
  if (caption) {
    var count = d.getElementById('post-caption-count'), preview = d.getElementById('caption-preview'),
        first = preview && preview.querySelector('[data-preview-first]'),
        rest = preview && preview.querySelector('[data-preview-rest]'),
        tags = d.querySelector('[data-hashtags]'), max = parseInt(caption.dataset.max, 10);
    var update = function () {
      var text = caption.value.replace(/\r\n/g, '\n').trim(), words = tags ? tags.value.trim().split(/[\s,]+/) : [];
      var line = words.filter(function (w) { return w.replace(/^[#@]+/, '') !== ''; })
        .map(function (w) { return '#' + w.replace(/^[#@]+/, ''); }).join(' ');
      var full = line ? (text ? text + '\n\n' + line : line) : text, n = Array.from(full).length;
      count.hidden = false;
      count.textContent = caption.dataset.count.replace('{n}', n.toLocaleString(d.documentElement.lang));
      count.classList.toggle('over', n > max);
      if (preview) {
        var at = text.indexOf('\n');
        first.textContent = at < 0 ? text : text.slice(0, at);
        rest.textContent = at < 0 ? '' : text.slice(at + 1).trim() + (line ? '\n' + line : '');
        preview.hidden = text === '';
      }
    };
    caption.addEventListener('input', update);
    if (tags) { tags.addEventListener('input', update); }
    update();
  }
  var print = d.querySelector('[data-print]');
  if (print) {
    print.hidden = false;
    print.addEventListener('click', function () { window.print(); });
  }
})();
