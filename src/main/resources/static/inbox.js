// Tapping a marked word in the chat ticks its box in the form, and the box's state shows on the word.
// Without this script the boxes alone do the same.
(function () {
  var form = document.getElementById('nilai');
  if (!form) { return; }
  function box(id) { return document.getElementById('tanda-' + id); }
  function paint(id) {
    var b = box(id);
    document.querySelectorAll('.ib-mark[data-mark="' + id + '"]').forEach(function (m) {
      m.classList.toggle('is-on', !!(b && b.checked));
    });
  }
  document.querySelectorAll('.ib-mark').forEach(function (m) {
    var id = m.getAttribute('data-mark');
    if (!box(id)) { return; }
    m.addEventListener('click', function (e) {
      e.preventDefault();
      e.stopPropagation();
      var b = box(id);
      b.checked = !b.checked;
      paint(id);
    });
    paint(id);
  });
  form.addEventListener('change', function (e) {
    if (e.target.name === 'tanda') { paint(e.target.value); }
  });
})();
