// Autosave of the inspection record form: every change is kept in localStorage at once and sent
// to the server a second later; when the connection is lost the local copy stays and is resent
// when the browser is online again or the page is reopened, so nothing typed is lost.
(function () {
  var form = document.getElementById('record-form');
  if (!form) { return; }
  var url = form.getAttribute('data-autosave');
  var key = 'fairdraw.record.' + form.getAttribute('data-record');
  var serverUpdated = Number(form.getAttribute('data-updated') || 0);
  var status = document.getElementById('autosave-status');
  var timer = null;
  var sending = false;

  function fields() {
    var out = [];
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.type === 'file' || el.type === 'submit' || el.name === '_csrf') { return; }
      out.push([el.name, el.value]);
    });
    return out;
  }
  function show(text) { if (status) { status.textContent = text; } }
  function keep() {
    try { localStorage.setItem(key, JSON.stringify({ at: Date.now(), fields: fields() })); } catch (e) { /* full or private mode */ }
  }
  function restore(saved) {
    saved.fields.forEach(function (f) {
      var el = form.elements.namedItem(f[0]);
      if (el && el.type !== 'file') { el.value = f[1]; }
    });
  }
  function send() {
    var saved = localStorage.getItem(key);
    if (!saved || sending) { return; }
    sending = true;
    var body = new URLSearchParams();
    JSON.parse(saved).fields.forEach(function (f) { body.append(f[0], f[1]); });
    var csrf = form.querySelector('input[name="_csrf"]');
    if (csrf) { body.append('_csrf', csrf.value); }
    fetch(url, { method: 'POST', body: body, credentials: 'same-origin',
                 headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })
      .then(function (r) {
        return r.text().then(function (t) {
          if (r.ok) {
            if (localStorage.getItem(key) === saved) { localStorage.removeItem(key); }
            show(t);
          } else if (r.status >= 500) {
            show(status ? status.getAttribute('data-offline') : t);
          } else {
            // 4xx: the server refuses this content (e.g. the record was submitted meanwhile): keep the copy, say why.
            show(t.length < 200 ? t : r.status);
          }
        });
      })
      .catch(function () { show(status ? status.getAttribute('data-offline') : ''); })
      .then(function () { sending = false; });
  }
  function changed() {
    keep();
    clearTimeout(timer);
    timer = setTimeout(send, 1000);
  }
  form.addEventListener('input', changed);
  form.addEventListener('change', function (e) { if (e.target.type !== 'file') { changed(); } });
  // No removal on submit: if the connection drops during the post, the copy is what survives; the
  // next page load drops it once the server's draft is newer.
  window.addEventListener('online', send);
  setInterval(send, 15000);

  // Reopened after a lost connection: a local copy newer than the server's draft is restored and resent.
  var pending = localStorage.getItem(key);
  if (pending) {
    var saved = JSON.parse(pending);
    if (saved.at > serverUpdated) {
      restore(saved);
      show(status ? status.getAttribute('data-restored') : '');
      send();
    } else {
      localStorage.removeItem(key);
    }
  }

  // Entity-level outcome: it applies to every item, so the item categories are not asked for.
  var entity = document.getElementById('entityCategory');
  function syncEntity() {
    var on = entity && entity.value !== '';
    form.querySelectorAll('.fd-category').forEach(function (s) { s.disabled = on; });
  }
  if (entity) { entity.addEventListener('change', syncEntity); syncEntity(); }
})();
