// Issue 21 item 5: an action that becomes possible (data-enable-at) or impossible (data-disable-at) at
// a known moment (epoch ms, e.g. a draw's declared beacon moment) switches then, without a reload; its
// reason (aria-describedby) is shown while it is disabled. The server checks the same moment.
(function () {
  function at(el, attr, disabled) {
    var ms = Number(el.getAttribute(attr));
    if (!ms) { return; }
    var reason = document.getElementById(el.getAttribute('aria-describedby') || '');
    setTimeout(function () {
      el.disabled = disabled;
      if (reason) { reason.hidden = !disabled; }
    }, Math.max(0, ms - Date.now() + 250));
  }
  document.querySelectorAll('[data-enable-at]').forEach(function (el) { at(el, 'data-enable-at', false); });
  document.querySelectorAll('[data-disable-at]').forEach(function (el) { at(el, 'data-disable-at', true); });
})();
