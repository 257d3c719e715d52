// Progressive enhancement only; every page works without it. No inline scripts (CSP).
document.addEventListener('click', function (e) {
  var el = e.target.closest('[data-confirm]');
  // A form's own confirmation is asked once, on submit (below), not also on the click of its button.
  if (el && el.tagName !== 'FORM' && !window.confirm(el.getAttribute('data-confirm'))) {
    e.preventDefault();
  }
});
document.addEventListener('submit', function (e) {
  var form = e.target;
  var msg = form.getAttribute('data-confirm');
  if (msg && !window.confirm(msg)) {
    e.preventDefault();
  }
});
// Progress bars: the width comes from data-progress (CSP forbids inline style attributes).
function fdProgress(root) {
  (root || document).querySelectorAll('[data-progress]').forEach(function (bar) {
    bar.style.width = bar.getAttribute('data-progress') + '%';
  });
}
document.addEventListener('DOMContentLoaded', function () { fdProgress(document); });
document.addEventListener('htmx:afterSwap', function (e) { fdProgress(e.target.parentNode || document); });
